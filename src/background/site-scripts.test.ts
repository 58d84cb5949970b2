import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Policy } from '../core/policy/types';

interface Registered { id: string; matches: string[]; js: string[]; runAt: string; allFrames: boolean; persistAcrossSessions?: boolean }

const fake = vi.hoisted(() => {
  const state = {
    granted: [] as string[],
    registered: new Map<string, Registered>(),
    calls: [] as string[],
    tabs: [] as { id: number; url: string }[],
    injected: [] as { tabId: number; files: string[] }[],
  };
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  const api = {
    runtime: {
      manifestJs: ['src/content/main.iife.js'],
      getManifest: () => ({ content_scripts: [{ js: api.runtime.manifestJs }] }),
      getURL: (path: string) => `moz-extension://uuid/${path.replace(/^\//, '')}`,
    },
    permissions: { getAll: async () => (await later(), { origins: [...state.granted], permissions: [] }) },
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) => {
        await later();
        return [...state.registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)).map((script) => structuredClone(script));
      },
      registerContentScripts: async (scripts: Registered[]) => {
        await later();
        for (const script of scripts) {
          if (state.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          state.registered.set(script.id, structuredClone(script));
        }
        state.calls.push('register');
      },
      updateContentScripts: async (scripts: Registered[]) => {
        await later();
        for (const script of scripts) state.registered.set(script.id, { ...state.registered.get(script.id)!, ...structuredClone(script) });
        state.calls.push('update');
      },
      unregisterContentScripts: async (filter: { ids: string[] }) => {
        await later();
        for (const id of filter.ids) state.registered.delete(id);
        state.calls.push('unregister');
      },
      executeScript: async (injection: { target: { tabId: number }; files: string[] }) => {
        state.injected.push({ tabId: injection.target.tabId, files: injection.files });
        return [];
      },
    },
    tabs: {
      query: async ({ url }: { url: string[] }) =>
        state.tabs.filter((tab) => url.some((pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(tab.url))),
    },
  };
  return { state, api };
});

vi.mock('webextension-polyfill', () => ({ default: fake.api }));

const { keepSiteScripts, SITE_SCRIPTS_ID } = await import('./site-scripts');

const team = {
  version: 3,
  rules: [],
  environments: [],
  allowPersonalRules: true,
  sites: [
    { match: 'https://argocd.prod.acme.internal/*', name: 'Argo CD', environment: 'production' },
    { match: 'https://grafana.acme.io/*', name: 'Grafana', environment: 'production' },
  ],
} as unknown as Policy;
const sources = { managed: null, team, personal: null };

beforeEach(() => {
  fake.state.granted = [];
  fake.state.registered.clear();
  fake.state.calls = [];
  fake.state.tabs = [];
  fake.state.injected = [];
  fake.api.runtime.manifestJs = ['src/content/main.iife.js'];
});

describe('keepSiteScripts', () => {
  it('registers nothing while no site is granted', async () => {
    await keepSiteScripts(sources);
    expect([...fake.state.registered.values()]).toEqual([]);
    expect(fake.state.calls).toEqual([]);
  });

  it('registers the manifest content script for the granted sites, at document_start in every frame', async () => {
    fake.state.granted = ['https://argocd.prod.acme.internal/*'];
    await keepSiteScripts(sources);
    expect([...fake.state.registered.values()]).toEqual([
      { id: SITE_SCRIPTS_ID, matches: ['https://argocd.prod.acme.internal/*'], js: ['src/content/main.iife.js'], runAt: 'document_start', allFrames: true, persistAcrossSessions: true },
    ]);
  });

  it('registers once however many triggers come at the same time, and the last sites win', async () => {
    fake.state.granted = ['https://argocd.prod.acme.internal/*', 'https://grafana.acme.io/*'];
    const onlyArgo = { ...sources, team: { ...team, sites: team.sites!.slice(0, 1) } };
    await Promise.all([keepSiteScripts(sources), keepSiteScripts(), keepSiteScripts(sources), keepSiteScripts(onlyArgo)]);
    expect(fake.state.calls.filter((call) => call === 'register')).toEqual(['register']);
    expect(fake.state.registered.get(SITE_SCRIPTS_ID)?.matches).toEqual(['https://argocd.prod.acme.internal/*']);
  });

  it('changes nothing when the registration is already as planned', async () => {
    fake.state.granted = ['https://grafana.acme.io/*'];
    await keepSiteScripts(sources);
    fake.state.calls = [];
    await keepSiteScripts(sources);
    await keepSiteScripts();
    expect(fake.state.calls).toEqual([]);
  });

  it('follows a grant and a revoke, unregistering when no site is granted any more', async () => {
    fake.state.granted = ['https://grafana.acme.io/*'];
    await keepSiteScripts(sources);
    fake.state.granted.push('https://argocd.prod.acme.internal/*');
    await keepSiteScripts();
    expect(fake.state.registered.get(SITE_SCRIPTS_ID)?.matches).toEqual(['https://argocd.prod.acme.internal/*', 'https://grafana.acme.io/*']);
    fake.state.granted = [];
    await keepSiteScripts();
    expect(fake.state.registered.size).toBe(0);
    expect(fake.state.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('runs the script in the open tabs of a newly granted site, not again in those of sites granted before', async () => {
    fake.state.tabs = [
      { id: 1, url: 'https://argocd.prod.acme.internal/applications' },
      { id: 2, url: 'https://grafana.acme.io/d/abc' },
      { id: 3, url: 'https://example.com/' },
    ];
    fake.state.granted = ['https://grafana.acme.io/*'];
    await keepSiteScripts(sources);
    expect(fake.state.injected).toEqual([{ tabId: 2, files: ['src/content/main.iife.js'] }]);
    fake.state.granted.push('https://argocd.prod.acme.internal/*');
    await keepSiteScripts();
    expect(fake.state.injected.map((injection) => injection.tabId)).toEqual([2, 1]);
  });

  it('registers the file by its path in the extension, as Firefox requires, though its getManifest() gives full URLs', async () => {
    fake.api.runtime.manifestJs = ['moz-extension://uuid/src/content/main.iife.js'];
    fake.state.granted = ['https://grafana.acme.io/*'];
    await keepSiteScripts(sources);
    expect(fake.state.registered.get(SITE_SCRIPTS_ID)?.js).toEqual(['src/content/main.iife.js']);
    fake.state.calls = [];
    // What Firefox lists back (full URLs) is the same registration.
    fake.state.registered.get(SITE_SCRIPTS_ID)!.js = ['moz-extension://uuid/src/content/main.iife.js'];
    await keepSiteScripts();
    expect(fake.state.calls).toEqual([]);
  });
});
