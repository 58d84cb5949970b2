/**
 * Hungarian (`hl=hu`; Azure portal `hu-hu`). Hungarian attaches endings: an
 * action is asked for with the verbal noun ("Törlés", the Azure button;
 * "Fürt törlése", "Törlés megerősítése"), the polite imperative ("Törölje"),
 * or a question ("Törli a fürtöt?"); a description announces it ("törlődik",
 * "véglegesen törlődik", "törlésre kerül", "el lesz távolítva").
 *
 * Hungarian quirks: "Visszaállítás" is restore (and "reset to default" of a
 * view): safe, while a VM reset is "Alaphelyzetbe állítás"; "Leállítás" is
 * a VM's Stop but also a project's shut-down: destructive only with the
 * project named; "Törölt" is a report ("törölt elemek"), not an action.
 * The AWS console has no Hungarian.
 */
import type { LanguageTable } from './types';

const CHOSEN = 'standard Google and Microsoft Hungarian UI wording ("Törlés" for Delete, "Mégse" for Cancel), chosen: no localized page with the dialog was found';

export const hu: LanguageTable = {
  lang: 'hu',
  name: 'Hungarian',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['törlés', 'törlése', 'törlését', 'törli', 'törölje', 'törölni', 'töröl', 'végleges törlés', 'végleges törlése', 'törlés megerősítése', 'erősítse meg a törlést'], source: CHOSEN },
    { action: 'remove', forms: ['eltávolítás', 'eltávolítása', 'eltávolítja', 'távolítsa el', 'eltávolítani'], source: 'IAM "Remove principal" ("Eltávolítás"), chosen' },
    { action: 'destroy', forms: ['megsemmisítés', 'megsemmisítése', 'megsemmisíti', 'semmisítse meg'], source: 'Cloud KMS "Destroy key version", chosen' },
    { action: 'shut-down', forms: ['leállítás', 'leállítása', 'leállítja', 'állítsa le'], context: ['projekt', 'projektet', 'projektje'], source: 'project shut-down dialog ("Projekt leállítása"), chosen; destructive only with the project named, since "Leállítás" is also a VM\'s Stop' },
    { action: 'shut-down', forms: ['leállítás mindenképp', 'mindenképp leállítja'], source: 'project shut-down, "Shut down anyway", chosen' },
    { action: 'purge', forms: ['sor kiürítése', 'üzenetsor kiürítése', 'várólista kiürítése', 'kiüríti a sort', 'kiüríti az üzenetsort'], source: 'Cloud Tasks "Purge queue", chosen: "kiürítés" alone is also "clear"' },
    { action: 'release', forms: ['felszabadítás', 'felszabadítása', 'felszabadítja'], context: ['cím', 'címet', 'címek', 'ip-cím', 'ip'], source: 'Compute Engine "Release static address" ("Statikus cím felszabadítása"), chosen; only with an address named' },
    { action: 'reset', forms: ['alaphelyzetbe állítás', 'alaphelyzetbe állítása', 'alaphelyzetbe állítja', 'visszaállítás alaphelyzetbe'], source: 'Compute Engine VM "Reset" ("Alaphelyzetbe állítás"), chosen' },
    { action: 'disable', forms: ['letiltás', 'letiltása', 'letiltja', 'tiltsa le', 'kikapcsolás', 'kikapcsolása', 'kikapcsolja', 'deaktiválás'], source: 'APIs & Services "Disable API" ("API letiltása"), chosen' },
    { action: 'stop', forms: ['leállítás', 'leállítása', 'leállítja', 'állítsa le', 'felfüggesztés', 'felfüggesztése', 'felfüggeszti'], source: 'Compute Engine VM "Stop" ("Leállítás") and "Suspend" ("Felfüggesztés"), chosen' },
  ],
  outcomes: [
    { action: 'delete', forms: ['törlődik', 'törlődnek', 'véglegesen törlődik', 'véglegesen törlődnek', 'törlésre kerül', 'törlésre kerülnek', 'törölve lesz', 'törölve lesznek', 'törölni fogja'], source: CHOSEN },
    { action: 'remove', forms: ['el lesz távolítva', 'eltávolításra kerül', 'eltávolításra kerülnek'], source: 'as for eltávolítás' },
    { action: 'destroy', forms: ['megsemmisül', 'megsemmisülnek', 'megsemmisítésre kerül'], source: 'as for megsemmisítés' },
    { action: 'disable', forms: ['le lesz tiltva', 'letiltásra kerül'], source: 'as for letiltás' },
    { action: 'stop', forms: ['leáll', 'le lesz állítva'], source: 'as for leállítás' },
  ],
  harmless: [
    { forms: ['törlés elleni védelem', 'törlés elleni védelmet', 'törlésvédelem', 'törlésvédelmet', 'nem törölhető', 'nem lehet törölni'], source: 'deletion protection and announced impossibilities describe a protection; chosen' },
    { forms: ['nemrég törölt', 'nemrégiben törölt', 'törölt elemek', 'törölt objektumok', 'törlésre vár', 'törlési szabályzat', 'törlési házirend', 'helyreállítható törlés', 'törlés visszavonása'], source: 'lists of deleted items, soft delete and deletion policies; chosen' },
    { forms: ['szűrők törlése', 'szűrő törlése', 'összes szűrő törlése', 'keresés törlése', 'eltávolítás a kedvencek közül'], source: 'table filter chips and search boxes: "törlés" is also "clear"; chosen' },
    { forms: ['oszlopok visszaállítása', 'elrendezés visszaállítása', 'nézet visszaállítása', 'szűrők visszaállítása', 'jelszó alaphelyzetbe állítása', 'jelszó visszaállítása', 'oszlopok alaphelyzetbe állítása', 'elrendezés alaphelyzetbe állítása'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['értesítések kikapcsolása', 'értesítések letiltása', 'tippek kikapcsolása', 'animációk kikapcsolása'], source: 'console preferences, chosen' },
    { forms: ['kiadási megjegyzések', 'kiadási csatorna'], source: 'release notes and channels; chosen' },
  ],
  safeActions: [
    { forms: ['visszaállítás', '* visszaállítása', 'helyreállítás', '* helyreállítása', 'visszavonás', 'engedélyezés', '* engedélyezése', 'bekapcsolás', 'létrehozás', '* létrehozása', 'hozzáadás', 'indítás', '* indítása', 'folytatás'], source: 'the opposite of each destructive verb; chosen' },
  ],
  leave: [
    { forms: ['mégse', 'mégsem', 'bezárás', 'bezárás*', 'nem', 'nem,*', 'nem *', 'vissza', 'most nem', 'megtartás', 'értem'], source: 'standard Google and Microsoft Hungarian for Cancel ("Mégse") and Close ("Bezárás"); Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'igen', 'igen,*', 'igen *', 'megerősítés', 'tovább', 'alkalmaz', 'alkalmazás', 'mentés', 'kész', 'küldés'], source: 'standard Hungarian for OK / Yes / Confirm / Continue; chosen' },
  ],
  uiNouns: [
    { forms: ['oszlop', 'oszlopok', 'oszlopokat', 'szűrő', 'szűrők', 'elrendezés', 'nézet', 'nagyítás', 'rendezés', 'értesítés', 'értesítések', 'tippek', 'táblázat', 'kártyák', 'diagram'], source: 'things on the screen whose reset or disable destroys nothing; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['csomópontkészlet*', 'node pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['névtér', 'névteret', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['számítási feladat*', 'deployment', 'pod', 'podok'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['példánycsoport*'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'adatbázispéldány*'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['fürt*', 'cluster*'], source: 'GKE console ("Fürt törlése")' },
    { kind: 'snapshot', forms: ['pillanatkép*', 'snapshot*'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['lemez*'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['tároló*', 'bucket*'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'virtuális gép*', 'példány*'], source: 'Compute Engine console' },
    { kind: 'project', forms: ['projekt*'], source: 'Resource Manager console' },
  ],
};
