import type { Environment } from '../core/environments';

/** What every feature (marker or guard) is told about the tab. */
export interface FeatureContext {
  project: string;
  environment: Environment;
}

/**
 * One self-contained feature (a marker or the guard): `mount` adds what it
 * shows and keeps it true; when `signal` aborts it removes everything it
 * added and restores what it changed.
 */
export interface Feature {
  id: string;
  mount(context: FeatureContext, signal: AbortSignal): void;
}
