/**
 * Accessibility checks with axe-core, run inside a page by evaluation, so
 * the same check works in Chromium (Playwright's page) and in Firefox's
 * extension pages (over the devtools server, where Playwright cannot go).
 * Only serious and critical violations fail a test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * An expression that loads axe into the page (once) and resolves with the
 * serious and critical violations within `selector` (default: the whole
 * page). axe's source is part of the evaluated code itself, not passed to
 * `eval`, which extension pages' CSP forbids.
 */
export function axeExpression(selector = 'html'): string {
  return `(() => {
    if (!window.axe) {
      ${AXE_SOURCE}
    }
    return window.axe.run(document.querySelector(${JSON.stringify(selector)}), { resultTypes: ['violations'] }).then((result) =>
      result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => String(node.target)) })),
    );
  })()`;
}
