/**
 * Benchmark builds only (`VITE_OBSERVER_PROFILE=1`, made by bench/lib/profile-build):
 * times every mutation observer callback the content script runs, so the
 * benchmark can say how much of a page's main thread the extension's own
 * watching took in Firefox, which has no tracing API for extensions.
 * Totals go to an attribute on <html> the benchmark reads. In every other
 * build `import.meta.env.VITE_OBSERVER_PROFILE` is undefined and this module
 * is empty: the published extension never wraps anything.
 */
if (import.meta.env.VITE_OBSERVER_PROFILE === '1') {
  type Tally = { calls: number; records: number; ms: number };
  const totals: Tally & { byObserver: Record<string, Tally> } = { calls: 0, records: 0, ms: 0, byObserver: {} };
  const Native = MutationObserver;
  globalThis.MutationObserver = class ProfiledMutationObserver extends Native {
    constructor(callback: MutationCallback) {
      // The callback's own source names it well enough in an unminified build: `(records) => this.onMutations(records)`.
      const name = callback.toString().replace(/\s+/g, ' ').slice(0, 60);
      const own = (totals.byObserver[name] ??= { calls: 0, records: 0, ms: 0 });
      super((records, observer) => {
        const start = performance.now();
        try {
          callback(records, observer);
        } finally {
          const ms = performance.now() - start;
          for (const tally of [totals, own]) {
            tally.ms += ms;
            tally.calls++;
            tally.records += records.length;
          }
        }
      });
    }
  };
  setInterval(() => document.documentElement?.setAttribute('data-cluster-guard-observer-profile', JSON.stringify(totals)), 250);
}
export {};
