import type { Environment } from '../../core/environments';

/** What every marker is told about the tab. */
export interface MarkerContext {
  project: string;
  environment: Environment;
}

/**
 * One self-contained marker: `mount` adds what it shows and keeps it true;
 * when `signal` aborts it removes everything it added and restores what it changed.
 */
export interface Marker {
  id: string;
  mount(context: MarkerContext, signal: AbortSignal): void;
}
