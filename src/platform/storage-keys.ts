/**
 * Key names, derived from the items in ./storage, for end-to-end tests that
 * reach storage by evaluating code in the extension's background. Extension
 * code uses the items themselves (eslint keeps this module out of src/).
 */
import { storage, type StorageAreaName } from './storage';

type ItemName = keyof typeof storage;
type NamesIn<A extends StorageAreaName> = { [K in ItemName]: (typeof storage)[K]['area'] extends A ? K : never }[ItemName];

function keysIn<A extends StorageAreaName>(area: A): Record<NamesIn<A>, string> {
  return Object.fromEntries(Object.entries(storage).filter(([, item]) => item.area === area).map(([name, item]) => [name, item.key])) as Record<NamesIn<A>, string>;
}

export const LOCAL_KEYS = keysIn('local');
export const SESSION_KEYS = keysIn('session');
