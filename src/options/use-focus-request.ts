/**
 * Keeps keyboard focus where the user expects it after a list changes under
 * it: a moved row's button, the next row after a delete, the new row's first
 * field, the save status. Focuses the first of the given ids that exists and
 * is enabled, after the next render.
 */
import { useEffect, useState } from 'preact/hooks';

export function useFocusRequest(): (ids: readonly string[]) => void {
  const [request, setRequest] = useState<{ ids: readonly string[] } | null>(null);
  useEffect(() => {
    if (!request) return;
    for (const id of request.ids) {
      let element = document.getElementById(id) as (HTMLElement & { disabled?: boolean }) | null;
      // A group (fieldset): its first control.
      if (element instanceof HTMLFieldSetElement) element = element.querySelector<HTMLInputElement>('input, select, textarea, button');
      if (element && !element.disabled && element.getAttribute('aria-disabled') !== 'true') {
        // A status line takes focus when asked to, and stays out of the Tab order.
        if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
        element.focus();
        break;
      }
    }
    setRequest(null);
  }, [request]);
  return (ids) => setRequest({ ids });
}
