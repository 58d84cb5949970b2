import { describe, expect, it } from 'vitest';
import type { TabStates } from '../core/tab-state';
import { otherTabsFor } from './other-tabs';

const PROD = { name: 'production', label: 'PROD', color: '#c5221f', typedConfirmation: true };
const STATES: TabStates = {
  1: { project: 'acme-prod-1', environment: PROD, updatedAt: 1 },
  2: { project: 'Argo CD · payments', scope: { console: 'site', id: 'payments' }, environment: PROD, site: { url: 'https://argocd.prod.acme.internal/applications/payments' }, updatedAt: 1 },
  3: { project: null, environment: null, updatedAt: 1 },
};

describe('the other marked tabs, for the guard prompt', () => {
  it('are told to a console tab and to a site tab, each without itself and without unmarked tabs', () => {
    expect(otherTabsFor(STATES, 1, 'https://console.cloud.google.com/home?project=acme-prod-1')).toEqual([{ project: 'Argo CD · payments', environment: { name: 'production' } }]);
    expect(otherTabsFor(STATES, 2, 'https://argocd.prod.acme.internal/applications/payments')).toEqual([{ project: 'acme-prod-1', environment: { name: 'production' } }]);
  });

  it('are not told to a page that is neither a console nor a recorded site', () => {
    expect(otherTabsFor(STATES, 9, 'https://evil.example/')).toEqual([]);
    expect(otherTabsFor(STATES, 3, 'https://argocd.dev.acme.internal/')).toEqual([]);
  });
});
