/**
 * Czech (`hl=cs`; Azure portal `cs-cz`). Czech inflects: an action is asked
 * for in the infinitive ("Smazat cluster?", the buttons "Smazat",
 * "Odstranit"), the imperative ("Smažte", "Odstraňte"), or the verbal noun
 * ("Smazání clusteru", "Potvrzení odstranění"); a description announces it
 * with "bude / budou" and the participle in every gender ("bude smazán /
 * smazána / smazáno", "budou odstraněny").
 *
 * Czech quirks: "Obnovit" is both restore and refresh (safe either way);
 * "Vymazat" is also "clear" (filters, a search): only "trvale vymazat" is a
 * deletion; "Vypnout" turns a project off (shut down) but also a
 * notification (harmless phrases). The AWS console has no Czech.
 */
import type { LanguageTable } from './types';

const CHOSEN = 'standard Google and Microsoft Czech UI wording ("Smazat" in Google Cloud, "Odstranit" on the Azure portal for Delete; "Zrušit" for Cancel), chosen: no localized page with the dialog was found';

export const cs: LanguageTable = {
  lang: 'cs',
  name: 'Czech',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['smazat', 'smažte', 'smaž', 'smazání', 'mazání', 'trvale smazat', 'odstranit', 'odstraňte', 'odstranění', 'trvale odstranit', 'potvrzení odstranění', 'potvrzení smazání', 'trvale vymazat'], source: CHOSEN },
    { action: 'remove', forms: ['odebrat', 'odeberte', 'odebrání', 'odvolat přístup'], source: 'IAM "Remove principal" ("Odebrat"), chosen' },
    { action: 'destroy', forms: ['zničit', 'zničte', 'zničení'], source: 'Cloud KMS "Destroy key version", chosen' },
    { action: 'shut-down', forms: ['vypnout', 'vypněte', 'vypnutí'], context: ['projekt', 'projektu'], source: 'project shut-down dialog ("Vypnout projekt"), chosen; only with the project named' },
    { action: 'shut-down', forms: ['přesto vypnout', 'i tak vypnout'], source: 'project shut-down, "Shut down anyway", chosen' },
    { action: 'purge', forms: ['vyprázdnit frontu', 'vyčistit frontu', 'vyprázdnění fronty'], source: 'Cloud Tasks "Purge queue", chosen' },
    { action: 'release', forms: ['uvolnit', 'uvolněte', 'uvolnění'], context: ['adresu', 'adresa', 'adresy', 'ip'], source: 'Compute Engine "Release static address" ("Uvolnit statickou adresu"), chosen; only with an address named' },
    { action: 'reset', forms: ['resetovat', 'resetujte', 'resetování'], source: 'Compute Engine VM "Reset" ("Resetovat"), chosen' },
    { action: 'disable', forms: ['zakázat', 'zakažte', 'zakázání', 'deaktivovat', 'deaktivace'], source: 'APIs & Services "Disable API" ("Zakázat API"), chosen' },
    { action: 'stop', forms: ['zastavit', 'zastavte', 'zastavení', 'pozastavit', 'pozastavení'], source: 'Compute Engine VM "Stop" ("Zastavit") and "Suspend" ("Pozastavit"), chosen' },
  ],
  outcomes: [
    { action: 'delete', forms: ['bude smazán', 'bude smazána', 'bude smazáno', 'budou smazány', 'budou smazána', 'bude odstraněn', 'bude odstraněna', 'bude odstraněno', 'budou odstraněny', 'budou odstraněna', 'bude trvale smazán', 'bude trvale odstraněn', 'budou trvale odstraněny', 'budou trvale smazány'], source: CHOSEN },
    { action: 'destroy', forms: ['bude zničen', 'bude zničena', 'bude zničeno', 'budou zničeny'], source: 'as for zničit' },
    { action: 'reset', forms: ['bude resetován', 'bude resetována', 'budou resetovány'], source: 'as for resetovat' },
    { action: 'disable', forms: ['bude zakázáno', 'bude zakázán', 'bude zakázána', 'budou zakázány'], source: 'as for zakázat' },
    { action: 'stop', forms: ['bude zastaven', 'bude zastavena', 'budou zastaveny'], source: 'as for zastavit' },
  ],
  harmless: [
    { forms: ['ochrana před smazáním', 'ochranu před smazáním', 'ochrana před odstraněním', 'ochranu před odstraněním', 'nelze smazat', 'nelze odstranit', 'nemůže být odstraněn'], source: 'deletion protection and announced impossibilities describe a protection; chosen' },
    { forms: ['nedávno smazané', 'nedávno odstraněné', 'smazané položky', 'odstraněné položky', 'čeká na smazání', 'zásady mazání', 'zásady odstraňování', 'obnovitelné mazání', 'vrátit smazání'], source: 'lists of deleted items, soft delete and deletion policies; chosen' },
    { forms: ['vymazat filtry', 'vymazat filtr', 'vymazat vše', 'odstranit filtr', 'odstranit filtry', 'vymazat hledání', 'odebrat z oblíbených'], source: 'table filter chips and search boxes; chosen' },
    { forms: ['resetovat sloupce', 'resetovat filtry', 'resetovat rozložení', 'resetovat zobrazení', 'resetovat přiblížení', 'resetovat heslo', 'obnovit výchozí'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['vypnout oznámení', 'vypnout upozornění', 'vypnout tipy', 'vypnout animace', 'zakázat oznámení'], source: 'console preferences, chosen' },
    { forms: ['poznámky k verzi', 'kanál verzí'], source: 'release notes and channels; chosen' },
  ],
  safeActions: [
    { forms: ['obnovit', '* obnovit', 'vrátit zpět', 'zpět', 'povolit', '* povolit', 'zapnout', 'vytvořit', '* vytvořit', 'přidat', '* přidat', 'spustit', '* spustit', 'pokračovat v běhu'], source: 'the opposite of each destructive verb; chosen' },
  ],
  leave: [
    { forms: ['zrušit', 'zavřít', 'zavřít*', 'ne', 'ne,*', 'ne *', 'teď ne', 'ponechat', 'rozumím'], source: 'standard Google and Microsoft Czech for Cancel ("Zrušit") and Close ("Zavřít"); Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'ano', 'ano,*', 'ano *', 'potvrdit', 'pokračovat', 'další', 'použít', 'uložit', 'hotovo', 'odeslat'], source: 'standard Czech for OK / Yes / Confirm / Continue; chosen' },
  ],
  uiNouns: [
    { forms: ['sloupec', 'sloupce', 'sloupců', 'filtr', 'filtry', 'rozložení', 'zobrazení', 'přiblížení', 'řazení', 'oznámení', 'upozornění', 'tipy', 'tabulka', 'tabulku', 'karty', 'graf'], source: 'things on the screen whose reset or disable destroys nothing; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['fond uzlů', 'fondu uzlů', 'fondy uzlů', 'node pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['obor názvů', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['úloha', 'úlohu', 'úlohy', 'deployment', 'pod', 'pody'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['skupina instancí', 'skupinu instancí', 'skupiny instancí'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instance databáze'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster*', 'klastr*'], source: 'GKE console ("Smazat cluster")' },
    { kind: 'snapshot', forms: ['snímek', 'snímku', 'snímky', 'snapshot*'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disk', 'disku', 'disky'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['kbelík*', 'bucket*'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'virtuální počítač', 'virtuálního počítače', 'instance', 'instanci'], source: 'Compute Engine console' },
    { kind: 'project', forms: ['projekt', 'projektu', 'projekty'], source: 'Resource Manager console' },
  ],
};
