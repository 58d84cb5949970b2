/**
 * The host permissions the extension holds, followed live: a grant or revoke
 * made anywhere (this page, the popup, the browser's own extension settings)
 * shows at once. For the options page's Sites section and the popup's notice.
 */
import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from './extension-api';

/** null until read. */
export function useGrantedOrigins(): string[] | null {
  const [origins, setOrigins] = useState<string[] | null>(null);
  useEffect(() => {
    let alive = true;
    const permissions = extensionApi().permissions;
    const read = () =>
      void permissions.getAll().then(
        (all) => alive && setOrigins(all.origins ?? []),
        () => alive && setOrigins([]),
      );
    read();
    permissions.onAdded.addListener(read);
    permissions.onRemoved.addListener(read);
    return () => {
      alive = false;
      permissions.onAdded.removeListener(read);
      permissions.onRemoved.removeListener(read);
    };
  }, []);
  return origins;
}
