/**
 * English (`hl=en`, the console's default). Sources are the Google Cloud
 * docs pages that quote the console's buttons and dialog titles.
 */
import type { LanguageTable } from './types';

export const en: LanguageTable = {
  lang: 'en',
  name: 'English',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['delete', 'deletes', 'deleting', 'deletion', 'delete permanently', 'permanently delete'], source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/deleting-a-cluster ("click Delete")' },
    { action: 'remove', forms: ['remove', 'removes', 'removing', 'removal'], source: 'https://cloud.google.com/iam/docs/granting-changing-revoking-access ("Remove principal", "Remove access")' },
    { action: 'destroy', forms: ['destroy', 'destroys', 'destroying', 'destruction'], source: 'https://cloud.google.com/kms/docs/destroy-restore ("Destroy" a key version)' },
    { action: 'shut-down', forms: ['shut down', 'shutdown', 'shut-down', 'shutting down'], source: 'https://cloud.google.com/resource-manager/docs/creating-managing-projects#shutting_down_projects ("Shut down")' },
    { action: 'terminate', forms: ['terminate', 'terminates', 'terminating', 'termination'], source: 'Compute Engine and Dataproc wording for ending an instance or job; chosen as a synonym of delete' },
    { action: 'purge', forms: ['purge', 'purges', 'purging'], source: 'https://cloud.google.com/tasks/docs/deleting-appengine-queues-and-tasks ("Purge queue")' },
    { action: 'release', forms: ['release static address', 'release static addresses', 'release address', 'release addresses', 'release ip', 'release ip address', 'release'], source: 'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#release_ip ("Release static address")' },
    { action: 'reset', forms: ['reset', 'resets', 'resetting'], source: 'https://cloud.google.com/compute/docs/instances/stop-start-instance#resetting_an_instance ("Reset")' },
    { action: 'disable', forms: ['disable', 'disables', 'disabling'], source: 'https://cloud.google.com/service-usage/docs/enable-disable ("Disable API"); billing: https://cloud.google.com/billing/docs/how-to/modify-project ("Disable billing")' },
    { action: 'stop', forms: ['stop', 'stops', 'stopping', 'suspend', 'suspends', 'suspending'], source: 'https://cloud.google.com/compute/docs/instances/stop-start-instance ("Stop"), https://cloud.google.com/compute/docs/instances/suspend-resume-instance ("Suspend")' },
  ],
  outcomes: [
    { action: 'release', forms: ['returned to the pool', 'return to the pool', 'returns to the pool'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'remove', forms: ['lose all roles', 'loses all roles', 'lose access', 'loses access'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'disable', forms: ['stop working', 'will stop working'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'delete', forms: ['be deleted', 'be permanently deleted', 'is deleted', 'are deleted', 'get deleted', 'permanently deleted', 'deleted permanently', 'deleted forever'], source: 'dialog descriptions: "will be permanently deleted"; reports ("Cluster deleted") are not announcements and do not count' },
    { action: 'remove', forms: ['be removed', 'be permanently removed', 'is removed', 'are removed', 'permanently removed'], source: 'dialog descriptions: "will be removed"' },
    { action: 'destroy', forms: ['be destroyed', 'is destroyed', 'are destroyed', 'permanently destroyed'], source: 'https://cloud.google.com/kms/docs/destroy-restore ("scheduled to be destroyed")' },
    { action: 'shut-down', forms: ['be shut down', 'is shut down'], source: 'project shut-down dialog: "the project will be shut down"' },
    { action: 'terminate', forms: ['be terminated', 'is terminated', 'are terminated'], source: 'as for terminate' },
    { action: 'purge', forms: ['be purged', 'are purged', 'is purged'], source: 'as for purge' },
    { action: 'release', forms: ['be released', 'is released'], source: 'as for release' },
    { action: 'reset', forms: ['be reset', 'is reset'], source: 'Compute Engine reset dialog: the instance "will be reset"' },
    { action: 'disable', forms: ['be disabled', 'is disabled', 'are disabled'], source: 'service-usage dialog: "the API will be disabled"' },
    { action: 'stop', forms: ['be stopped', 'be suspended'], source: 'as for stop' },
  ],
  harmless: [
    { forms: ['cannot be deleted', "can't be deleted", 'cannot delete', "can't delete", 'can not be deleted', 'prevents deletion', 'prevent deletion'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['deletion protection', 'delete protection', 'deletion prevention', 'prevent deletion', 'protect from deletion', 'protection against deletion'], source: 'https://cloud.google.com/compute/docs/instances/preventing-accidental-vm-deletion, https://cloud.google.com/sql/docs/mysql/deletion-protection' },
    { forms: ['deletion policy', 'deletion policies', 'soft delete policy', 'soft delete', 'soft-delete', 'soft deleted', 'soft-deleted', 'retention'], source: 'https://cloud.google.com/storage/docs/soft-delete' },
    { forms: ['recently deleted', 'deleted items', 'deleted objects', 'deleted resources', 'deleted projects', 'show deleted', 'view deleted', 'pending deletion'], source: 'https://cloud.google.com/resource-manager/docs/creating-managing-projects#restoring_a_project (projects "pending deletion")' },
    { forms: ['undelete', 'undeletes', 'undeleted', 'undeleting', 'undo', 'restore', 'restores', 'restoring', 'recover', 'recovering'], source: 'https://cloud.google.com/iam/docs/service-accounts-delete-undelete ("Undelete")' },
    { forms: ['reset columns', 'reset column widths', 'reset filters', 'reset filter', 'reset all filters', 'reset layout', 'reset view', 'reset zoom', 'reset sort', 'reset sorting', 'reset to default view', 'reset table', 'reset password', 'reset search'], source: 'table and chart controls (column display options, Metrics Explorer), chosen: resetting a view destroys nothing' },
    { forms: ['disable notifications', 'disable notification', 'disable tips', 'disable hints', 'disable tutorial', 'disable animations', 'disable auto-refresh', 'disable autorefresh', 'disable auto refresh', 'disable dark theme', 'disable keyboard shortcuts', 'disable shortcuts'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['remove filter', 'remove filters', 'remove all filters', 'remove column', 'remove from favorites', 'remove from pinned', 'remove pin', 'unpin', 'remove sort'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['release notes', 'release note', 'release channel', 'release channels', 'release version', 'release versions', 'new release', 'stable release'], source: 'https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels' },
    { forms: ['termination protection', 'disable termination protection', 'enable termination protection', 'change termination protection', 'stop protection', 'disable stop protection', 'change stop protection', 'scale-in protection', 'instance scale-in protection', 'cannot be terminated', "can't be terminated", 'being accidentally terminated', 'accidental termination'], source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_ChangingDisableAPITermination.html ("Change termination protection", Enable, Save; "to prevent your instance from being accidentally terminated"): a protection setting, as deletion protection is' },
    { forms: ['disable auto scaling', 'disable autoscaling', 'disable auto-scaling', 'disabling auto scaling', 'disabling autoscaling', 'turn off auto scaling', 'turning off auto scaling', 'deactivate auto scaling', 'auto scaling will be disabled', 'autoscaling will be disabled'], source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.Console.html ("disable auto scaling"), https://docs.aws.amazon.com/keyspaces/latest/devguide/autoscaling.turnoff.html: capacity stays as it is, nothing is destroyed' },
    { forms: ['disable auto-sync', 'disable auto sync', 'disable autosync', 'disable automated application synchronization', 'disable automated sync'], source: 'argoproj/argo-cd ui/src/app/applications/components/application-summary/application-summary.tsx ("Disable Auto-Sync?", "Are you sure you want to disable automated application synchronization", OK): the application stays as it is, nothing is destroyed' },
    { forms: ['stop sharing', 'stop tour', 'stop walkthrough', 'stop tutorial', 'stop recording', 'stop watching'], source: 'console tutorials and sharing, chosen' },
  ],
  safeActions: [
    { forms: ['restore', 'restore*', 'undelete', 'undelete*', 'recover', 'recover*', 'undo', 'enable', 'enable*', 'create', 'create*', 'add', 'add *', 'start', 'start *', 'resume', 'resume *'], source: 'the opposite direction of each destructive verb, as the console labels it (Restore, Undelete, Undo, Enable, Create, Start, Resume)' },
  ],
  leave: [
    { forms: ['cancel', 'cancel*', 'close', 'close*', 'no', 'no,*', 'no *', 'back', 'go back', 'dismiss', 'not now', 'keep', 'keep *', 'x', '×', '✕', 'never mind', 'got it'], source: 'Material dialog conventions used by the console ("Cancel", "Close dialog" aria-label, "Got it")' },
  ],
  confirm: [
    { forms: ['ok', 'okay', 'yes', 'yes, *', 'yes *', 'confirm', 'confirm *', 'continue', 'proceed', 'i understand', 'submit', 'apply', 'done', 'go', 'save'], source: 'generic confirmation labels of Material dialogs, chosen' },
  ],
  uiNouns: [
    { forms: ['column', 'columns', 'column widths', 'filter', 'filters', 'layout', 'view', 'views', 'zoom', 'sort', 'sorting', 'notification', 'notifications', 'tip', 'tips', 'hint', 'hints', 'tutorial', 'animations', 'dashboard layout', 'table', 'cards', 'chart', 'density'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'other', forms: ['api', 'apis', 'service', 'services', 'service account', 'service accounts', 'key', 'keys', 'billing'], source: 'APIs, services, keys and billing are no GKE/Compute kind: named first so "Disable Cloud SQL Admin API" is not read as a SQL instance' },
    { kind: 'gke-node-pool', forms: ['node pool', 'node pools', 'nodepool', 'nodepools', 'node-pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['namespace', 'namespaces'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['workload', 'workloads', 'deployment', 'deployments', 'statefulset', 'statefulsets', 'daemonset', 'daemonsets', 'job', 'jobs', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['instance group', 'instance groups'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'database instance', 'database instances'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster', 'clusters'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['snapshot', 'snapshots'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disk', 'disks'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['bucket', 'buckets'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'vms', 'virtual machine', 'virtual machines', 'instance', 'instances'], source: 'Compute Engine console' },
    { kind: 'project', forms: ['project', 'projects'], source: 'Resource Manager console' },
  ],
};
