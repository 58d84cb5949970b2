/** The browsers the end-to-end tests drive: found and launched by the shared tools in scripts/lib/browsers. */
export { findBrowser, type BrowserKind } from '../../scripts/lib/browsers';
