/** The open/closed state every fixture page shares: open at load when the URL names a dialog; the page's button opens it again. */
import { useState } from 'react';
import { cancelled, confirmed } from './record';

export function useDialog(name: string) {
  const [open, setOpen] = useState(name !== '');
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
