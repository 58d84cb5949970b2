/**
 * Dutch (`hl=nl`). The Google Cloud docs are not published in Dutch, so the
 * wording is the console's standard Google Dutch (the same words as Google
 * Workspace and Android: Verwijderen, Annuleren, Uitschakelen) and the Azure
 * portal's Dutch, which its nl-nl docs quote ("Selecteer Verwijderen").
 *
 * Dutch quirks: `Verwijderen` is both delete and remove (and removes a filter
 * chip too), `Afsluiten` is shut down while `Sluiten` is Close, and
 * `Vrijgeven` is release of an address (Dutch shares with `Delen`).
 */
import type { LanguageTable } from './types';

const GOOGLE_NL = 'standard Google Dutch UI wording (Workspace, Android, Google Cloud console with hl=nl); Google Cloud docs have no Dutch edition';
const AZURE_NL = 'https://learn.microsoft.com/nl-nl/azure/azure-resource-manager/management/delete-resource-group ("Resourcegroep verwijderen", "Selecteer Verwijderen")';

export const nl: LanguageTable = {
  lang: 'nl',
  name: 'Dutch',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['verwijderen', 'verwijder', 'verwijdering', '*verwijdering', 'definitief verwijderen', 'permanent verwijderen', 'toch verwijderen'], source: `${AZURE_NL}; ${GOOGLE_NL}` },
    { action: 'destroy', forms: ['vernietigen', 'vernietig', 'vernietiging', '*vernietiging'], source: `Cloud KMS "Destroy" = "Vernietigen"; ${GOOGLE_NL}` },
    { action: 'shut-down', forms: ['afsluiten', 'sluit af', 'project afsluiten', 'toch afsluiten', 'project beëindigen'], source: `Resource Manager "Shut down" = "Afsluiten" (Sluiten alone is Close); ${GOOGLE_NL}` },
    { action: 'purge', forms: ['wachtrij leegmaken', 'wachtrij opschonen', 'wachtrij wissen', 'leegmaken', 'definitief opschonen'], source: `Cloud Tasks "Purge queue", chosen: "wissen" alone is also clear a field, so only with "wachtrij"; ${GOOGLE_NL}` },
    { action: 'release', forms: ['vrijgeven', 'geef vrij'], context: ['adres', 'adressen', 'ip-adres', 'ip-adressen', 'ip'], source: `Compute Engine "Release static address" = "Statisch adres vrijgeven"; only with an address named; ${GOOGLE_NL}` },
    { action: 'reset', forms: ['resetten', 'reset', 'opnieuw instellen', 'terugzetten'], source: `Compute Engine "Reset" = "Resetten"; ${GOOGLE_NL}` },
    { action: 'disable', forms: ['uitschakelen', 'schakel uit', 'uitschakeling', 'deactiveren', 'deactivering', 'facturering uitschakelen'], source: `Service Usage "Disable API" = "API uitschakelen", IAM keys "Uitschakelen"; ${GOOGLE_NL}` },
    { action: 'stop', forms: ['stoppen', 'stop', 'onderbreken', 'opschorten'], source: `Compute Engine "Stop" = "Stoppen", "Suspend" = "Onderbreken"; ${GOOGLE_NL}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['wordt verwijderd', 'worden verwijderd', 'verwijderd worden', 'definitief verwijderd', 'permanent verwijderd', 'wordt gewist', 'worden gewist'], source: `dialog descriptions ("wordt definitief verwijderd"); ${AZURE_NL}` },
    { action: 'destroy', forms: ['wordt vernietigd', 'worden vernietigd'], source: 'as for vernietigen' },
    { action: 'shut-down', forms: ['wordt afgesloten'], source: 'as for afsluiten' },
    { action: 'reset', forms: ['wordt gereset', 'wordt teruggezet'], source: 'as for resetten' },
    { action: 'disable', forms: ['wordt uitgeschakeld', 'worden uitgeschakeld'], source: 'as for uitschakelen' },
    { action: 'release', forms: ['wordt vrijgegeven'], source: 'as for vrijgeven' },
    { action: 'stop', forms: ['wordt gestopt', 'wordt onderbroken'], source: 'as for stoppen' },
  ],
  harmless: [
    { forms: ['kan niet worden verwijderd', 'kunnen niet worden verwijderd', 'niet verwijderd worden', 'niet kan worden verwijderd'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['verwijderingsbeveiliging', 'beveiliging tegen verwijderen', 'bescherming tegen verwijderen', 'per ongeluk verwijderen', 'verwijderen voorkomen'], source: `Compute Engine "Deletion protection"; ${GOOGLE_NL}` },
    { forms: ['voorlopig verwijderen', 'zacht verwijderen', 'voorlopig verwijderde', 'verwijderingsbeleid', 'bewaarperiode', 'bewaarbeleid'], source: 'Cloud Storage soft delete and retention, chosen' },
    { forms: ['onlangs verwijderd', 'onlangs verwijderde', 'recent verwijderd', 'recent verwijderde', 'verwijderde items', 'in afwachting van verwijdering', 'verwijdering in behandeling', 'gepland voor vernietiging'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", lists of deleted items; chosen' },
    { forms: ['verwijderen ongedaan maken', 'verwijdering ongedaan maken', 'ongedaan maken', 'herstellen'], source: 'IAM undelete, restore, chosen' },
    { forms: ['filter verwijderen', 'filters verwijderen', 'alle filters verwijderen', 'filters wissen', 'alle filters wissen', 'zoekopdracht wissen', 'selectie wissen', 'kolom verwijderen', 'uit favorieten verwijderen', 'losmaken'], source: 'table filter chips, search boxes, pinned products, chosen: UI state destroys nothing' },
    { forms: ['kolommen resetten', 'kolommen opnieuw instellen', 'filters resetten', 'weergave resetten', 'indeling resetten', 'lay-out resetten', 'zoom resetten', 'sortering resetten', 'wachtwoord resetten', 'standaardwaarden herstellen', 'standaardinstellingen herstellen'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['meldingen uitschakelen', 'meldingen stoppen', 'tips uitschakelen', 'animaties uitschakelen', 'automatisch vernieuwen uitschakelen', 'sneltoetsen uitschakelen', 'rondleiding stoppen'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['releaseopmerkingen', 'release-opmerkingen', 'releasekanaal', 'releasekanalen'], source: 'GKE release channels and release notes, chosen' },
  ],
  safeActions: [
    { forms: ['herstellen', '* herstellen', 'ongedaan maken', 'verwijderen ongedaan maken', 'inschakelen', '* inschakelen', 'activeren', 'maken', '* maken', 'toevoegen', '* toevoegen', 'starten', '* starten', 'hervatten'], source: `the opposite of each destructive verb; ${GOOGLE_NL}` },
  ],
  leave: [
    { forms: ['annuleren', 'sluiten', 'sluiten*', 'dialoogvenster sluiten', 'nee', 'nee,*', 'terug', 'niet nu', 'behouden', 'begrepen'], source: `Cancel = "Annuleren", Close = "Sluiten"; ${GOOGLE_NL}` },
  ],
  confirm: [
    { forms: ['ok', 'ja', 'ja,*', 'bevestigen', 'doorgaan', 'verder', 'ik begrijp het', 'opslaan', 'toepassen', 'klaar', 'verzenden'], source: `OK / Yes / Confirm / Continue; ${GOOGLE_NL}` },
  ],
  uiNouns: [
    { forms: ['kolom', 'kolommen', 'filter', 'filters', 'weergave', 'indeling', 'lay-out', 'zoom', 'sortering', 'melding', 'meldingen', 'tip', 'tips', 'tabel', 'kaarten', 'diagram'], source: 'things on the screen whose reset or disable destroys nothing, as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['knooppuntpool', 'knooppuntpools', 'node-pool', 'nodepool'], source: GOOGLE_NL },
    { kind: 'gke-namespace', forms: ['naamruimte', 'namespace'], source: GOOGLE_NL },
    { kind: 'gke-workload', forms: ['workload', 'workloads', 'deployment', 'pod', 'pods'], source: 'GKE console (kept in English)' },
    { kind: 'instance-group', forms: ['instantiegroep', 'instantiegroepen'], source: GOOGLE_NL },
    { kind: 'sql-instance', forms: ['sql', 'database-instantie'], source: GOOGLE_NL },
    { kind: 'gke-cluster', forms: ['cluster', 'clusters'], source: GOOGLE_NL },
    { kind: 'snapshot', forms: ['snapshot', 'snapshots'], source: GOOGLE_NL },
    { kind: 'disk', forms: ['schijf', 'schijven', 'opstartschijf'], source: GOOGLE_NL },
    { kind: 'storage-bucket', forms: ['bucket', 'buckets'], source: GOOGLE_NL },
    { kind: 'vm-instance', forms: ['vm', 'vm-instantie', 'instantie', 'instanties', 'virtuele machine'], source: GOOGLE_NL },
    { kind: 'project', forms: ['project', 'projecten'], source: GOOGLE_NL },
  ],
};
