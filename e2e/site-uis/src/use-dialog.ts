/** The open/closed state every fixture page shares: open at load when the URL names a dialog; the page's button opens it again. */
import { useEffect, useState } from 'react';
import { cancelled, confirmed } from './record';

export function useDialog(name: string) {
  const [open, setOpen] = useState(name !== '');
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
