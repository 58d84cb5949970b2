/** Every kind of resource a destructive dialog can act on; `other` is anything unrecognised. Pure. */
export const DESTRUCTIVE_KINDS = [
  'gke-cluster',
  'gke-node-pool',
  'gke-workload',
  'gke-namespace',
  'vm-instance',
  'instance-group',
  'disk',
  'snapshot',
  'sql-instance',
  'storage-bucket',
  'project',
  'other',
] as const;

export type DestructiveKind = (typeof DESTRUCTIVE_KINDS)[number];
