/**
 * Tests only: evaluates code in the add-on's background page in Firefox, which
 * Playwright cannot reach (moz-extension:// pages are not exposed over BiDi).
 *
 * Talks Firefox's Remote Debugging Protocol, the devtools server that
 * about:debugging and `web-ext run` use. Firefox must run with
 * `--start-debugger-server` and the prefs from `debuggerServerPrefs(port)`.
 * Wire format: `<byte length>:<JSON>` over TCP; every packet carries `to`
 * (requests) or `from` (replies and events); an actor answers its requests in
 * order, and events are the packets that carry a `type`.
 *
 * Flow (checked against the devtools server in Firefox ESR 153):
 *   root listAddons -> webExtensionDescriptor for the gecko id
 *   -> getWatcher -> watchTargets("frame") -> `target-available-form` events,
 *      one of which is the background page (_generated_background_page.html)
 *   -> its consoleActor: evaluateJSAsync { text, mapped: { await: true } }
 *      replies { resultID }, then an `evaluationResult` event carries the
 *      value; with mapped.await the server awaits a returned promise first.
 * While a watcher is attached Firefox does not suspend the event page as idle.
 */
import { createConnection, createServer, type Socket } from 'node:net';
import { GECKO_ID } from '../../src/build/manifest';

export interface FirefoxBackground {
  /** Evaluates `expression` in the background page and returns its awaited, JSON-serialised value. */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * The same in an extension page open in a tab (options, popup) whose URL
   * path and query start with `path` (e.g. `/src/popup/index.html`, or
   * `/src/popup/index.html?tab=3` for one popup among several): Playwright
   * cannot drive moz-extension:// pages over WebDriver BiDi, the devtools
   * server can. Waits for the page to be there.
   */
  evaluateInPage<T>(path: string, expression: string): Promise<T>;
  /**
   * The same in this add-on's content script of the newest document whose URL
   * starts with `urlPrefix`, in the tab at `tabUrl` (a `content_script`
   * target of that tab's devtools watcher; only that tab is watched, as a
   * watched tab no longer answers WebDriver BiDi's script calls): what a
   * page's compromised content-script world could run.
   */
  evaluateInContentScript<T>(tabUrl: string, urlPrefix: string, expression: string): Promise<T>;
  /**
   * The same in the browser's parent process, with chrome privileges
   * (`devtools.chrome.enabled`): where the browser's own pages (about:addons)
   * run, for what only they can do, such as granting a host permission.
   */
  evaluateInParentProcess<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxBackgroundOptions {
  addonId?: string;
  /** How long to wait for the connection and the background target, and for each evaluation. */
  timeoutMs?: number;
}

type Packet = { from?: string; type?: string; error?: string; message?: string; [key: string]: unknown };
interface TargetForm { actor: string; url: string; consoleActor: string; isFallbackExtensionDocument?: boolean }

/** Prefs that make `--start-debugger-server` listen on `port` without a prompt. */
export function debuggerServerPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'devtools.debugger.remote-enabled': true,
    'devtools.chrome.enabled': true,
    'devtools.debugger.prompt-connection': false,
    // `--start-debugger-server` without a value reads these; a separate value
    // argument would be rejected by Playwright ("can not specify page to be opened").
    'devtools.debugger.remote-port': port,
    'devtools.debugger.remote-websocket': false,
    // Lists content scripts as targets, so tests can run code in their world.
    'devtools.debugger.show-content-scripts': true,
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The same wrapper serves both browsers: the expression is awaited in the
 * background and its value comes back as a JSON string, errors included, so
 * Chromium's serviceWorker.evaluate and Firefox's console actor agree.
 */
export function wrapBackgroundExpression(expression: string): string {
  return `(async () => {
  try {
    const value = await (${expression}
    );
    return JSON.stringify({ ok: true, value });
  } catch (error) {
    return JSON.stringify({ ok: false, error: String(error), stack: error && error.stack ? String(error.stack) : '' });
  }
})()`;
}

export function unwrapBackgroundResult<T>(json: string, expression: string): T {
  const parsed = JSON.parse(json) as { ok: true; value: T } | { ok: false; error: string; stack: string };
  if (!parsed.ok) throw new Error(`Background evaluation of \`${expression}\` failed: ${parsed.error}\n${parsed.stack}`);
  return parsed.value;
}

class RdpConnection {
  private incoming = Buffer.alloc(0);
  private readonly pending = new Map<string, Array<{ resolve(p: Packet): void; reject(e: Error): void }>>();
  private readonly eventListeners = new Set<(packet: Packet) => void>();
  private closedError: Error | null = null;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('RDP connection closed')));
  }

  /** Resolves with the greeting the root actor sends on connect. */
  greeting(): Promise<Packet> {
    return this.expectReply('root');
  }

  request(to: string, type: string, params: Record<string, unknown> = {}): Promise<Packet> {
    if (this.closedError) return Promise.reject(this.closedError);
    const reply = this.expectReply(to);
    const json = JSON.stringify({ to, type, ...params });
    this.socket.write(`${Buffer.byteLength(json)}:${json}`);
    return reply.then((packet) => {
      if (packet.error) throw new Error(`RDP ${type} to ${to}: ${packet.error}: ${packet.message ?? ''}`);
      return packet;
    });
  }

  onEvent(listener: (packet: Packet) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  close(): void {
    this.socket.end();
    this.socket.destroy();
    this.fail(new Error('RDP connection closed'));
  }

  private expectReply(from: string): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(from) ?? [];
      queue.push({ resolve, reject });
      this.pending.set(from, queue);
    });
  }

  private onData(chunk: Buffer): void {
    this.incoming = Buffer.concat([this.incoming, chunk]);
    for (;;) {
      const colon = this.incoming.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.incoming.subarray(0, colon).toString('latin1'));
      if (!Number.isInteger(length)) {
        this.fail(new Error(`Bad RDP packet header: ${this.incoming.subarray(0, Math.min(colon, 40)).toString()}`));
        this.socket.destroy();
        return;
      }
      if (this.incoming.length < colon + 1 + length) return;
      const body = this.incoming.subarray(colon + 1, colon + 1 + length).toString('utf8');
      this.incoming = this.incoming.subarray(colon + 1 + length);
      this.dispatch(JSON.parse(body) as Packet);
    }
  }

  private dispatch(packet: Packet): void {
    if (typeof packet.type === 'string') {
      for (const listener of this.eventListeners) listener(packet);
      return;
    }
    const waiter = packet.from ? this.pending.get(packet.from)?.shift() : undefined;
    waiter?.resolve(packet);
  }

  private fail(error: Error): void {
    if (this.closedError) return;
    this.closedError = error;
    for (const queue of this.pending.values()) for (const waiter of queue) waiter.reject(error);
    this.pending.clear();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function connectSocket(port: number, deadline: number): Promise<Socket> {
  for (;;) {
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const socket = createConnection({ port, host: '127.0.0.1' });
        socket.once('connect', () => {
          socket.off('error', reject);
          resolve(socket);
        });
        socket.once('error', reject);
      });
    } catch (error) {
      // The devtools server starts with the browser; retry until it listens.
      if (Date.now() > deadline) throw new Error(`No Firefox devtools server on port ${port}: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const isBackgroundPage = (target: TargetForm): boolean =>
  !target.isFallbackExtensionDocument && /^moz-extension:\/\/[^/]+\/_generated_background_page\.html$/.test(target.url);

export async function connectFirefoxBackground(port: number, options: FirefoxBackgroundOptions = {}): Promise<FirefoxBackground> {
  const addonId = options.addonId ?? GECKO_ID;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const rdp = new RdpConnection(await connectSocket(port, Date.now() + timeoutMs));
  try {
    await withTimeout(rdp.greeting(), timeoutMs, 'devtools server greeting');

    // Background targets come and go (reload, suspension); keep the live one.
    let background: TargetForm | null = null;
    const backgroundWaiters = new Set<(target: TargetForm) => void>();
    // Other extension pages (options, popup opened in a tab), by actor.
    const pages = new Map<string, TargetForm>();
    const pageWaiters = new Set<() => void>();
    // This add-on's content scripts, by actor.
    const contentScripts = new Map<string, TargetForm>();
    const evaluationResults = new Map<string, Packet>();
    const evaluationWaiters = new Map<string, (packet: Packet) => void>();
    rdp.onEvent((packet) => {
      if (packet.type === 'target-available-form') {
        const target = packet.target as TargetForm & { targetType?: string };
        if (target.targetType === 'content_script') {
          contentScripts.set(target.actor, target);
          return;
        }
        if (!isBackgroundPage(target)) {
          if (!target.isFallbackExtensionDocument && target.url.startsWith('moz-extension://')) {
            pages.set(target.actor, target);
            for (const waiter of pageWaiters) waiter();
          }
          return;
        }
        background = target;
        for (const waiter of backgroundWaiters) waiter(target);
        backgroundWaiters.clear();
      } else if (packet.type === 'target-destroyed-form') {
        pages.delete((packet.target as TargetForm).actor);
        contentScripts.delete((packet.target as TargetForm).actor);
        if (background && (packet.target as TargetForm).actor === background.actor) background = null;
      } else if (packet.type === 'evaluationResult') {
        // May arrive before the awaiting code has registered for it.
        const id = String(packet.resultID);
        const waiter = evaluationWaiters.get(id);
        if (waiter) {
          evaluationWaiters.delete(id);
          waiter(packet);
        } else evaluationResults.set(id, packet);
      }
    });

    const { addons } = (await withTimeout(rdp.request('root', 'listAddons'), timeoutMs, 'listAddons')) as unknown as {
      addons: Array<{ id: string; actor: string; debuggable?: boolean; backgroundScriptStatus?: string }>;
    };
    const addon = addons.find((candidate) => candidate.id === addonId);
    if (!addon) throw new Error(`Add-on ${addonId} is not installed (have: ${addons.map((a) => a.id).join(', ')})`);
    const watcherForm = await withTimeout(rdp.request(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true }), timeoutMs, 'getWatcher');
    const watcher = watcherForm.actor as string;
    await withTimeout(rdp.request(watcher, 'watchTargets', { targetType: 'frame' }), timeoutMs, 'watchTargets');
    // Content-script targets: the add-on's own watcher has none (traits.content_script is false in ESR 153); a tab's
    // watcher lists them with devtools.debugger.show-content-scripts. Watched when first asked, tab by tab.
    // Watched tabs may stop answering WebDriver BiDi's script calls: watch only the tab asked about, and close it after.
    const watchedTabs = new Map<string, Promise<string[]>>();
    const watchContentScripts = async (tabUrl: string): Promise<string[]> => {
      const { tabs } = (await rdp.request('root', 'listTabs')) as unknown as { tabs: Array<{ actor: string; url: string }> };
      const watchers: string[] = [];
      for (const tab of tabs.filter((candidate) => candidate.url === tabUrl)) {
        const form = await rdp.request(tab.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
        if (!(form.traits as Record<string, unknown> | undefined)?.content_script) continue;
        await rdp.request(form.actor as string, 'watchTargets', { targetType: 'content_script' });
        watchers.push(form.actor as string);
      }
      return watchers;
    };


    const currentBackground = (): Promise<TargetForm> =>
      background
        ? Promise.resolve(background)
        : withTimeout(
            new Promise<TargetForm>((resolve) => backgroundWaiters.add(resolve)),
            timeoutMs,
            `background page of ${addonId} (status: ${addon.backgroundScriptStatus ?? 'unknown'})`,
          );
    await currentBackground();

    const readString = async (grip: unknown): Promise<string> => {
      if (typeof grip === 'string') return grip;
      const long = grip as { type?: string; actor?: string; length?: number };
      if (long?.type === 'longString' && long.actor) {
        const { substring } = await rdp.request(long.actor, 'substring', { start: 0, end: long.length });
        await rdp.request(long.actor, 'release').catch(() => undefined);
        return substring as string;
      }
      throw new Error(`Expected a string result, got ${JSON.stringify(grip)}`);
    };

    const pageAt = (path: string): Promise<TargetForm> => {
      const find = () =>
        [...pages.values()].reverse().find((target) => {
          const url = new URL(target.url);
          return `${url.pathname}${url.search}`.startsWith(path);
        });
      const found = find();
      if (found) return Promise.resolve(found);
      return withTimeout(
        new Promise<TargetForm>((resolve) => {
          const check = () => {
            const target = find();
            if (!target) return;
            pageWaiters.delete(check);
            resolve(target);
          };
          pageWaiters.add(check);
        }),
        timeoutMs,
        `extension page ${path}`,
      );
    };

    const evaluateIn = async <T>(target: TargetForm, expression: string): Promise<T> => {
      const run = async (): Promise<T> => {
        const { resultID } = await rdp.request(target.consoleActor, 'evaluateJSAsync', {
          text: wrapBackgroundExpression(expression),
          mapped: { await: true },
        });
        const id = String(resultID);
        const packet = evaluationResults.get(id) ?? (await new Promise<Packet>((resolve) => evaluationWaiters.set(id, resolve)));
        evaluationResults.delete(id);
        if (packet.hasException || packet.topLevelAwaitRejected) {
          throw new Error(`Evaluation of \`${expression}\` in ${target.url} threw: ${JSON.stringify(packet.exceptionMessage ?? 'rejected')}`);
        }
        return unwrapBackgroundResult<T>(await readString(packet.result), expression);
      };
      return withTimeout(run(), timeoutMs, `evaluation of \`${expression.slice(0, 200)}\` in ${target.url}`);
    };

    // Content-script target forms carry no URL: each is asked for its document's.
    const contentScriptAt = async (urlPrefix: string): Promise<TargetForm> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const target of [...contentScripts.values()].reverse()) {
          const href = await evaluateIn<string>(target, 'location.href').catch(() => '');
          if (href.startsWith(urlPrefix)) return target;
        }
        if (Date.now() > deadline) throw new Error(`no content script at ${urlPrefix}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    return {
      async evaluateInContentScript<T>(tabUrl: string, urlPrefix: string, expression: string): Promise<T> {
        if (!watchedTabs.has(tabUrl)) watchedTabs.set(tabUrl, watchContentScripts(tabUrl));
        if ((await watchedTabs.get(tabUrl)!).length === 0) throw new Error(`no content-script targets in the tab at ${tabUrl}`);
        return evaluateIn<T>(await contentScriptAt(urlPrefix), expression);
      },
      async evaluateInParentProcess<T>(expression: string): Promise<T> {
        const { processDescriptor } = (await rdp.request('root', 'getProcess', { id: 0 })) as unknown as { processDescriptor: { actor: string } };
        const { process } = (await rdp.request(processDescriptor.actor, 'getTarget')) as unknown as { process: TargetForm };
        return evaluateIn<T>(process, expression);
      },
      async evaluateInPage<T>(path: string, expression: string): Promise<T> {
        return evaluateIn<T>(await pageAt(path), expression);
      },
      async evaluate<T>(expression: string): Promise<T> {
        return evaluateIn<T>(await currentBackground(), expression);
      },
      async close() {
        rdp.close();
      },
    };
  } catch (error) {
    rdp.close();
    throw error;
  }
}
