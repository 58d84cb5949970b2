/**
 * What one console tab shows, as its content script reports it to the
 * background and the background keeps it per tab (the `tabStates` item of
 * platform/storage). Pure.
 */
import type { Environment } from './environments';
import { isRecord } from './is-record';

/** The parts of an environment other tabs and the toolbar need. */
export interface TabEnvironment {
  name: string;
  label: string;
  color: string;
  typedConfirmation: boolean;
}

export interface TabState {
  project: string | null;
  environment: TabEnvironment | null;
  updatedAt: number;
}

/** By tab id. */
export type TabStates = Record<string, TabState>;

export function tabEnvironment(environment: Environment): TabEnvironment {
  return { name: environment.name, label: environment.label, color: environment.color, typedConfirmation: environment.typedConfirmation };
}

function readTabEnvironment(value: unknown): TabEnvironment | null {
  if (!isRecord(value)) return null;
  const { name, label, color, typedConfirmation } = value;
  if (typeof name !== 'string' || typeof label !== 'string' || typeof color !== 'string' || typeof typedConfirmation !== 'boolean') return null;
  return { name, label, color, typedConfirmation };
}

/** Leniently: entries that are not tab states are left out. */
export function readTabStates(stored: unknown): TabStates {
  const states: TabStates = {};
  if (!isRecord(stored)) return states;
  for (const [tabId, value] of Object.entries(stored)) {
    if (!isRecord(value) || !(typeof value.project === 'string' || value.project === null)) continue;
    states[tabId] = {
      project: value.project,
      environment: readTabEnvironment(value.environment),
      updatedAt: typeof value.updatedAt === 'number' ? value.updatedAt : 0,
    };
  }
  return states;
}
