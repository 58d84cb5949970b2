/**
 * The open/closed state every fixture page shares: opened just after the page's first render when the
 * URL names a dialog, as a person's click opens it in the real UI (a dialog inserted into a page that is
 * already there, not part of the page's first paint); the page's button opens it again.
 */
import { useEffect, useState } from 'react';
import { cancelled, confirmed } from './record';

export function useDialog(name: string) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (name !== '') setOpen(true);
  }, [name]);
  // Says which case is on screen once React has committed it: a test that navigated client-side waits for this, not for the previous case's dialog.
  useEffect(() => {
    document.documentElement.dataset.fixtureDialog = name;
  }, [name]);
  return {
    open,
    show: () => setOpen(true),
    confirm: () => {
      confirmed(name);
      setOpen(false);
    },
    cancel: () => {
      cancelled();
      setOpen(false);
    },
  };
}
