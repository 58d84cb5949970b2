/**
 * Runs in a console tab's page (bundled by bench/lib/content-figures): the
 * work a content script does with the published policy once the background's
 * message hands it over, with the same modules: the lenient reader, the
 * effective policy, and the first classification of the tab's project.
 *
 * `startLikeTheContentScript` first does what the content script does at
 * document_start, before any policy is read: build the built-in-only policy
 * and classify the tab's project (src/content/main.iife.ts).
 */
import { buildEffectivePolicy } from '../../src/core/policy/effective';
import { policyFrom } from '../../src/platform/policy-in-tab';
import { readTabPolicy } from '../../src/core/policy/tab-policy';

export interface PolicyLoadTiming {
  readMs: number;
  buildMs: number;
  firstClassifyMs: number;
  totalMs: number;
  environment: string | null;
  rules: number;
}

function load(stored: unknown, projectId: string): PolicyLoadTiming {
  const t0 = performance.now();
  const published = readTabPolicy(stored);
  const t1 = performance.now();
  const { effective } = policyFrom(published);
  const t2 = performance.now();
  const found = effective.classify(projectId);
  const t3 = performance.now();
  const rules = (published.sources.managed?.rules.length ?? 0) + (published.sources.team?.rules.length ?? 0) + (published.sources.personal?.rules.length ?? 0);
  return { readMs: t1 - t0, buildMs: t2 - t1, firstClassifyMs: t3 - t2, totalMs: t3 - t0, environment: found?.environment.name ?? null, rules };
}

function startLikeTheContentScript(projectId: string): void {
  buildEffectivePolicy({ managed: null, team: null, personal: null }).classify(projectId);
}

Object.assign(globalThis, { __clusterGuardPolicyLoad: load, __clusterGuardStart: startLikeTheContentScript });
