/**
 * Swedish (`hl=sv`). The Google Cloud docs are not published in Swedish, so
 * the wording is the console's standard Google Swedish (Radera, Avbryt,
 * Inaktivera) and the Azure portal's Swedish, which its sv-se docs quote
 * ("Välj Ta bort").
 *
 * Swedish quirks: `Återställ` is both reset and restore, so it is reset only
 * with a VM named (the restore dialogs name a deleted item); `Stäng` is Close
 * while `Stäng av` is shut down (and also turns off notifications); Google
 * says `Radera` for delete where Azure says `Ta bort`.
 */
import type { LanguageTable } from './types';

const GOOGLE_SV = 'standard Google Swedish UI wording (Workspace, Android, Google Cloud console with hl=sv); Google Cloud docs have no Swedish edition';
const AZURE_SV = 'https://learn.microsoft.com/sv-se/azure/azure-resource-manager/management/delete-resource-group ("Ta bort resursgrupp", "Välj Ta bort")';

export const sv: LanguageTable = {
  lang: 'sv',
  name: 'Swedish',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['radera', 'raderar', 'radering', '*radering', 'radera permanent', 'radera ändå'], source: GOOGLE_SV },
    { action: 'remove', forms: ['ta bort', 'tar bort', 'borttagning', '*borttagning', 'ta bort permanent'], source: `${AZURE_SV}; IAM "Remove principal" = "Ta bort huvudkonto"` },
    { action: 'destroy', forms: ['förstör', 'förstöra', 'förstöring', 'destruera'], source: `Cloud KMS "Destroy" = "Förstör"; ${GOOGLE_SV}` },
    { action: 'shut-down', forms: ['stäng av', 'stänga av', 'avstängning', 'stäng av projektet', 'stäng av ändå'], source: `Resource Manager "Shut down" = "Stäng av" (Stäng alone is Close); ${GOOGLE_SV}` },
    { action: 'purge', forms: ['rensa kön', 'rensa kö', 'töm kön', 'töm kö', 'rensa permanent'], source: `Cloud Tasks "Purge queue", chosen: "rensa" alone is also clear a filter; ${GOOGLE_SV}` },
    { action: 'release', forms: ['frigör', 'frigöra', 'släpp'], context: ['adress', 'adressen', 'adresser', 'ip-adress', 'ip-adressen', 'ip'], source: `Compute Engine "Release static address" = "Frigör statisk adress"; only with an address named; ${GOOGLE_SV}` },
    { action: 'reset', forms: ['återställ', 'återställa', 'återställning'], context: ['vm', 'vm-instans', 'vm-instansen', 'instans', 'instansen', 'virtuell dator', 'virtuella datorn'], source: `Compute Engine "Reset" = "Återställ"; only with a VM named, since Återställ is also restore; ${GOOGLE_SV}` },
    { action: 'reset', forms: ['nollställ', 'nollställa', 'nollställning'], source: `another Swedish reset verb; ${GOOGLE_SV}` },
    { action: 'disable', forms: ['inaktivera', 'inaktiverar', 'inaktivering', 'avaktivera', 'inaktivera fakturering'], source: `Service Usage "Disable API" = "Inaktivera API", IAM keys; ${GOOGLE_SV}` },
    { action: 'stop', forms: ['stoppa', 'stoppar', 'pausa', 'stäng av tillfälligt'], source: `Compute Engine "Stop" = "Stoppa", "Suspend" = "Pausa"; ${GOOGLE_SV}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['raderas', 'kommer att raderas', 'raderas permanent', 'permanent raderad', 'permanent raderade'], source: 'dialog descriptions ("raderas permanent"); as for radera' },
    { action: 'remove', forms: ['tas bort', 'kommer att tas bort', 'tas bort permanent'], source: AZURE_SV },
    { action: 'destroy', forms: ['förstörs', 'kommer att förstöras'], source: 'as for förstör' },
    { action: 'shut-down', forms: ['stängs av', 'kommer att stängas av'], source: 'as for stäng av' },
    { action: 'reset', forms: ['nollställs'], source: 'as for nollställ' },
    { action: 'reset', forms: ['återställs', 'kommer att återställas'], context: ['vm', 'vm-instans', 'vm-instansen', 'instans', 'instansen', 'virtuell dator', 'virtuella datorn'], source: 'as for återställ: only with a VM named, since a restored item also återställs' },
    { action: 'disable', forms: ['inaktiveras', 'kommer att inaktiveras'], source: 'as for inaktivera' },
    { action: 'stop', forms: ['stoppas', 'pausas'], source: 'as for stoppa' },
  ],
  harmless: [
    { forms: ['kan inte raderas', 'kan inte tas bort', 'inte kan raderas', 'inte kan tas bort'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['raderingsskydd', 'skydd mot radering', 'skydd mot borttagning', 'borttagningsskydd', 'oavsiktlig radering', 'förhindra radering'], source: `Compute Engine "Deletion protection"; ${GOOGLE_SV}` },
    { forms: ['mjuk radering', 'mjukt raderade', 'raderingspolicy', 'raderingsprincip', 'kvarhållningsperiod', 'kvarhållningsprincip'], source: 'Cloud Storage soft delete and retention, chosen' },
    { forms: ['nyligen raderade', 'nyligen raderad', 'nyligen borttagna', 'raderade objekt', 'väntar på radering', 'schemalagd för förstöring'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", lists of deleted items; chosen' },
    { forms: ['ångra radering', 'ångra borttagning', 'ångra', 'återställ raderade'], source: 'IAM undelete, chosen' },
    { forms: ['rensa filter', 'rensa alla filter', 'ta bort filter', 'ta bort alla filter', 'rensa sökning', 'rensa markering', 'ta bort kolumn', 'ta bort från favoriter', 'lossa'], source: 'table filter chips, search boxes, pinned products, chosen: UI state destroys nothing' },
    { forms: ['återställ kolumner', 'återställ kolumnerna', 'återställ filter', 'återställ vy', 'återställ vyn', 'återställ layout', 'återställ layouten', 'återställ zoom', 'återställ sortering', 'återställ lösenord', 'återställ lösenordet', 'återställ standardvärden', 'återställ till standard'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['inaktivera aviseringar', 'stäng av aviseringar', 'inaktivera tips', 'stäng av tips', 'inaktivera animeringar', 'stäng av animeringar', 'inaktivera automatisk uppdatering', 'stäng av automatisk uppdatering', 'inaktivera kortkommandon', 'stoppa rundturen'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['versionsinformation', 'versionskommentarer', 'releasekanal', 'releasekanaler', 'lanseringskanal'], source: 'GKE release channels and release notes, chosen' },
  ],
  safeActions: [
    { forms: ['återställ', '* återställ', 'ångra', 'aktivera', '* aktivera', 'skapa', '* skapa', 'lägg till', '* lägg till', 'starta', '* starta', 'återuppta'], source: `the opposite of each destructive verb; ${GOOGLE_SV}` },
  ],
  leave: [
    { forms: ['avbryt', 'stäng', 'stäng*', 'stäng dialogrutan', 'nej', 'nej,*', 'tillbaka', 'inte nu', 'behåll', 'uppfattat'], source: `Cancel = "Avbryt", Close = "Stäng"; ${GOOGLE_SV}` },
  ],
  confirm: [
    { forms: ['ok', 'ja', 'ja,*', 'bekräfta', 'fortsätt', 'nästa', 'jag förstår', 'spara', 'verkställ', 'tillämpa', 'klar', 'skicka'], source: `OK / Yes / Confirm / Continue; ${GOOGLE_SV}` },
  ],
  uiNouns: [
    { forms: ['kolumn', 'kolumner', 'kolumnerna', 'filter', 'filtret', 'vy', 'vyn', 'layout', 'layouten', 'zoom', 'sortering', 'avisering', 'aviseringar', 'tips', 'tabell', 'kort', 'diagram'], source: 'things on the screen whose reset or disable destroys nothing, as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['nodpool', 'nodpoolen', 'nodpooler'], source: GOOGLE_SV },
    { kind: 'gke-namespace', forms: ['namnområde', 'namnrymd', 'namespace'], source: GOOGLE_SV },
    { kind: 'gke-workload', forms: ['arbetsbelastning', 'arbetsbelastningar', 'workload', 'deployment', 'pod', 'poddar'], source: GOOGLE_SV },
    { kind: 'instance-group', forms: ['instansgrupp', 'instansgruppen', 'instansgrupper'], source: GOOGLE_SV },
    { kind: 'sql-instance', forms: ['sql', 'databasinstans'], source: GOOGLE_SV },
    { kind: 'gke-cluster', forms: ['kluster', 'klustret', 'klustren'], source: GOOGLE_SV },
    { kind: 'snapshot', forms: ['ögonblicksbild', 'ögonblicksbilden', 'ögonblicksbilder', 'snapshot'], source: GOOGLE_SV },
    { kind: 'disk', forms: ['disk', 'disken', 'diskar', 'startdisk'], source: GOOGLE_SV },
    { kind: 'storage-bucket', forms: ['bucket', 'bucketen', 'buckets', 'lagringsbucket'], source: GOOGLE_SV },
    { kind: 'vm-instance', forms: ['vm', 'vm-instans', 'vm-instansen', 'instans', 'instansen', 'virtuell dator'], source: GOOGLE_SV },
    { kind: 'project', forms: ['projekt', 'projektet'], source: GOOGLE_SV },
  ],
};
