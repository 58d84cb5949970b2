/*
 * Test-only content script, loaded beside Cluster Guard in the end-to-end tests only: it reads the
 * guard's prompt, whose shadow root is closed to the page, as any other extension could.
 *
 * A test dispatches `cluster-guard-probe` (detail: a JSON request string) on a prompt host; this
 * answers synchronously with `cluster-guard-probe-reply` on the same host (detail: a JSON string;
 * only strings cross between the page's world and this one safely in Firefox).
 * Requests: {"op":"read"} (what the prompt shows), {"op":"focus"} (focuses its input),
 * {"op":"script-input","text":…} (sets the input's value by script and announces it, as an attacker
 * that reached the input would), {"op":"open-copy"} (a copy in an open root beside it, for axe).
 */
(() => {
  const REQUEST = 'cluster-guard-probe';
  const REPLY = 'cluster-guard-probe-reply';

  const rootOf = (host) => {
    if ('openOrClosedShadowRoot' in host) return host.openOrClosedShadowRoot ?? null;
    return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(host) ?? null;
  };

  const colours = (el) => {
    if (!el) return null;
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  };

  const read = (host, root) => {
    const $ = (selector) => root.querySelector(selector);
    const input = $('input');
    const rect = input ? input.getBoundingClientRect() : null;
    const sentence = $('.sentence');
    const status = $('.status');
    return {
      attached: true,
      label: $('.label')?.textContent ?? '',
      sentence: sentence?.textContent ?? '',
      sentenceLang: sentence?.closest('[lang]')?.getAttribute('lang') ?? null,
      word: $('label .word')?.textContent ?? null,
      dir: getComputedStyle($('.box') ?? host).direction,
      othersLines: (() => {
        const others = $('.others');
        if (!others || !others.firstElementChild) return 0;
        return Math.round(others.firstElementChild.getBoundingClientRect().height / parseFloat(getComputedStyle(others).lineHeight || '20'));
      })(),
      inputLabel: input?.getAttribute('aria-label') ?? '',
      status: status?.textContent ?? '',
      statusState: status?.getAttribute('data-state') ?? null,
      others: Array.from(root.querySelectorAll('.others > div'), (line) => line.textContent ?? ''),
      text: Array.from(root.querySelectorAll('.box'), (box) => box.textContent ?? '').join(''),
      value: input?.value ?? null,
      focused: Boolean(input) && root.activeElement === input,
      inputRect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      colours: {
        box: colours($('.box')),
        label: colours($('.label')),
        sentence: colours(sentence),
        inputLabel: colours($('label')),
        input: colours(input),
        status: colours(status),
        others: colours($('.others')),
      },
    };
  };

  document.addEventListener(
    REQUEST,
    (event) => {
      const host = event.composedPath()[0];
      if (!(host instanceof Element)) return;
      let reply;
      try {
        const request = JSON.parse(String(event.detail));
        const root = rootOf(host);
        if (!root) reply = { attached: false };
        else if (request.op === 'focus') {
          root.querySelector('input')?.focus();
          reply = read(host, root);
        } else if (request.op === 'script-input') {
          // What a script that reaches the input could do: set its value and announce it.
          const input = root.querySelector('input');
          input.value = request.text;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: request.text.slice(-1), inputType: 'insertText' }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          reply = read(host, root);
        } else if (request.op === 'open-copy') {
          // A copy of the prompt in an OPEN shadow root beside it, same markup and style, for checks
          // (axe) that run in the page and cannot enter a closed root.
          const copy = document.createElement('cluster-guard-probe-copy');
          copy.attachShadow({ mode: 'open' }).append(...Array.from(root.childNodes, (node) => node.cloneNode(true)));
          host.after(copy);
          reply = { attached: true };
        } else reply = read(host, root);
      } catch (error) {
        reply = { error: String(error) };
      }
      host.dispatchEvent(new CustomEvent(REPLY, { detail: JSON.stringify(reply) }));
    },
    true,
  );
})();
