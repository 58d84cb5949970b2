/**
 * The demo console's projects and clusters: plain data, shared by the app and
 * by the end-to-end tests that drive it (e2e/demo-app.spec.ts).
 */
export interface Project {
  id: string;
  name: string;
}

export const PROJECTS: readonly Project[] = [
  { id: 'acme-prod-1', name: 'Acme Production' },
  { id: 'acme-stg-1', name: 'Acme Staging' },
  { id: 'acme-dev-1', name: 'Acme Development' },
];

export interface Cluster {
  name: string;
  location: string;
  mode: 'Autopilot' | 'Standard';
  nodes: number;
  vcpus: number;
  memoryGb: number;
  version: string;
  labels: Record<string, string>;
  status: 'running' | 'provisioning';
}

const cluster = (name: string, location: string, mode: Cluster['mode'], nodes: number, labels: Record<string, string>): Cluster => ({
  name,
  location,
  mode,
  nodes,
  vcpus: nodes * 4,
  memoryGb: nodes * 16,
  version: '1.33.5-gke.1201000',
  labels,
  status: 'running',
});

/** The clusters each project starts with (every page load starts afresh). */
export const CLUSTERS: Readonly<Record<string, readonly Cluster[]>> = {
  'acme-prod-1': [
    cluster('orders', 'us-central1', 'Autopilot', 9, { team: 'checkout', env: 'prod' }),
    cluster('payments', 'us-central1', 'Standard', 12, { team: 'payments', env: 'prod' }),
    cluster('search', 'europe-west1', 'Standard', 6, { team: 'discovery', env: 'prod' }),
  ],
  'acme-stg-1': [
    cluster('orders', 'us-central1', 'Autopilot', 3, { team: 'checkout', env: 'staging' }),
    cluster('payments', 'us-central1', 'Standard', 3, { team: 'payments', env: 'staging' }),
  ],
  'acme-dev-1': [
    cluster('orders', 'us-central1', 'Autopilot', 1, { team: 'checkout', env: 'dev' }),
    cluster('sandbox', 'us-west1-a', 'Standard', 2, { owner: 'platform' }),
  ],
};

/** The console's paths for a project's cluster list and a cluster's details page. */
export const clusterListPath = (project: string, hl?: string) => `/kubernetes/list/overview?project=${project}${hl ? `&hl=${hl}` : ''}`;
export const clusterDetailsPath = (project: string, c: Pick<Cluster, 'name' | 'location'>) =>
  `/kubernetes/clusters/details/${c.location}/${c.name}/details?project=${project}`;
