/**
 * The self-hosted cluster UI fixture's cases, shared by the fixture
 * (e2e/site-uis, which renders them) and the specs (e2e/support/sites.ts,
 * which serves and judges them): each UI's host, its page path, and every
 * dialog it can open with `?dialog=<name>`, destructive or harmless, with
 * the shape of its confirm control. Pure data.
 */

export type SiteUi = 'argocd' | 'grafana' | 'openshift' | 'headlamp' | 'kibana';

/** The element that carries out the dialog's action: `<button>`, `<a href>`, `<a role=button>` (no href), `<div role=button>`. */
export type ConfirmShape = 'button' | 'a-href' | 'a-role-button' | 'div-role-button';

export interface SiteCase {
  ui: SiteUi;
  dialog: string;
  destructive: boolean;
  shape: ConfirmShape;
  /** The UI's own "type the name / type Delete to confirm" input and what it wants. */
  typeToConfirm?: string;
  /** The confirm control, when the library renders it and the fixture cannot mark it (default: `[data-fixture-confirm]`). */
  confirm?: string;
}

export interface SiteUiInfo {
  /** The component library that renders it, as the real UI uses it. */
  library: string;
  /** The production host and a development host of the same UI. */
  host: string;
  devHost: string;
  path: string;
}

export const SITE_UIS: Readonly<Record<SiteUi, SiteUiInfo>> = {
  argocd: { library: 'Argo CD (argo-ui popup markup)', host: 'argocd.prod.acme.internal', devHost: 'argocd.dev.acme.internal', path: '/applications/argocd/payments' },
  grafana: { library: '@grafana/ui', host: 'grafana.stg.acme.io', devHost: 'grafana.dev.acme.io', path: '/dashboards/f/ops/payments' },
  openshift: { library: '@patternfly/react-core', host: 'console-openshift-console.apps.prod.acme.internal', devHost: 'console-openshift-console.apps.dev.acme.internal', path: '/k8s/cluster/projects' },
  headlamp: { library: '@mui/material', host: 'headlamp.prod.acme.internal', devHost: 'headlamp.dev.acme.internal', path: '/c/main/namespaces' },
  kibana: { library: 'Elastic EUI (published markup)', host: 'kibana.prod.acme.io', devHost: 'kibana.dev.acme.io', path: '/app/management/data/index_management' },
};

/** The resource each destructive dialog names. */
export const RESOURCE = { project: 'payments-prod', app: 'payments', dashboard: 'Payments overview', namespace: 'payments', index: 'payments-2026.12' } as const;

/** ConfirmModal's confirm button, by the test id @grafana/e2e-selectors gives it (whatever its variant). */
const GRAFANA_CONFIRM = '[data-testid="data-testid Confirm Modal Danger Button"]';

export const SITE_CASES: readonly SiteCase[] = [
  { ui: 'argocd', dialog: 'delete-app', destructive: true, shape: 'button', typeToConfirm: RESOURCE.app },
  { ui: 'argocd', dialog: 'delete-resource', destructive: true, shape: 'button' },
  { ui: 'argocd', dialog: 'disable-auto-sync', destructive: false, shape: 'button' },
  { ui: 'argocd', dialog: 'close-panel', destructive: false, shape: 'button' },
  { ui: 'grafana', dialog: 'delete-dashboard', destructive: true, shape: 'button', typeToConfirm: 'Delete', confirm: GRAFANA_CONFIRM },
  { ui: 'grafana', dialog: 'delete-datasource', destructive: true, shape: 'a-href' },
  { ui: 'grafana', dialog: 'save-dashboard', destructive: false, shape: 'button', confirm: GRAFANA_CONFIRM },
  { ui: 'grafana', dialog: 'unsaved-changes', destructive: false, shape: 'button' },
  { ui: 'openshift', dialog: 'delete-project', destructive: true, shape: 'button', typeToConfirm: RESOURCE.project },
  { ui: 'openshift', dialog: 'delete-project-link', destructive: true, shape: 'a-href', typeToConfirm: RESOURCE.project },
  { ui: 'openshift', dialog: 'discard-changes', destructive: false, shape: 'button' },
  { ui: 'openshift', dialog: 'edit-labels', destructive: false, shape: 'button' },
  { ui: 'headlamp', dialog: 'delete-item', destructive: true, shape: 'button' },
  { ui: 'headlamp', dialog: 'delete-item-div', destructive: true, shape: 'div-role-button' },
  { ui: 'headlamp', dialog: 'delete-item-anchor', destructive: true, shape: 'a-role-button' },
  { ui: 'headlamp', dialog: 'scale', destructive: false, shape: 'button' },
  { ui: 'headlamp', dialog: 'restart-ok', destructive: false, shape: 'div-role-button' },
  { ui: 'kibana', dialog: 'delete-index', destructive: true, shape: 'button' },
  { ui: 'kibana', dialog: 'delete-index-link', destructive: true, shape: 'a-href' },
  { ui: 'kibana', dialog: 'discard-changes', destructive: false, shape: 'button' },
  { ui: 'kibana', dialog: 'refresh-ok', destructive: false, shape: 'button' },
];

/** Which UI a host serves (the first label names it, production and development alike), or null. */
export function siteUiOf(url: URL): SiteUi | null {
  for (const [ui, info] of Object.entries(SITE_UIS) as [SiteUi, SiteUiInfo][]) if (url.hostname === info.host || url.hostname === info.devHost) return ui;
  return null;
}

export function siteCaseUrl(c: Pick<SiteCase, 'ui' | 'dialog'>, o: { dev?: boolean } = {}): string {
  const info = SITE_UIS[c.ui];
  return `https://${o.dev ? info.devHost : info.host}${info.path}?dialog=${encodeURIComponent(c.dialog)}`;
}

/** The attribute the fixture puts on each dialog's confirm control for tests to find it; no reader looks at it. */
export const CONFIRM_MARK = 'data-fixture-confirm';

export const confirmSelector = (c: SiteCase): string => c.confirm ?? `[${CONFIRM_MARK}]`;
