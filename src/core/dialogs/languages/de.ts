/**
 * German (`hl=de`). Sources are the German Google Cloud docs, which quote the
 * console's buttons and titles ("Klicken Sie oben im Fenster auf Löschen").
 *
 * German quirks: `Löschen` is both "delete" and "clear" ("Filter löschen"),
 * `Beenden` is how the Google Cloud console says "Stop" for a VM, but how the
 * AWS EC2 console says "Terminate" (entries with `consoles: ['aws']`), and
 * `Freigeben` is also "share"/"approve": only "… Adresse freigeben" is release.
 */
import type { LanguageTable } from './types';

export const de: LanguageTable = {
  lang: 'de',
  name: 'German',
  script: 'spaced',
  actions: [
    { action: 'release', forms: ['freigeben'], context: ['adresse', 'adressen', 'ip-adresse', 'ip-adressen', 'ip'], source: 'Compute Engine: Statische Adresse freigeben, with the address name between noun and verb; only with an address named, since Freigeben also means share' },
    { action: 'delete', forms: ['löschen', 'lösche', 'löschung', '*löschung', 'endgültig löschen', 'dauerhaft löschen', 'löschen planen'], source: 'https://cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-cluster?hl=de ("Cluster löschen", "Klicken Sie oben im Fenster auf Löschen"); https://cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=de (the KMS destroy is also "Schlüsselversion löschen")' },
    { action: 'remove', forms: ['entfernen', 'entferne', 'entfernung', '*entfernung'], source: 'IAM "Remove principal" = "Hauptkonto entfernen"; standard Google German for "Remove" (https://cloud.google.com/compute/docs/instances/restarting-an-instance?hl=de: "Laufwerke entfernen")' },
    { action: 'destroy', forms: ['vernichten', 'vernichtung', 'zerstören'], source: 'https://documentation.s3ns.fr/kms/docs/delete-kms-resources?hl=de ("das Löschen und das Vernichten", "um Daten kryptografisch zu vernichten")' },
    { action: 'shut-down', forms: ['herunterfahren', 'trotzdem herunterfahren', 'projekt beenden', 'projekt herunterfahren'], source: 'project shut-down dialog ("Shut down" = "Herunterfahren", standard Google German); no localized page with the dialog was found, "Projekt beenden" added because the console says "Beenden" for stop' },
    { action: 'purge', forms: ['warteschlange leeren', 'warteschlange bereinigen', 'endgültig bereinigen'], source: 'Cloud Tasks "Purge queue", chosen: "leeren" alone is also "clear" (a field, a cache), so only with "Warteschlange"' },
    { action: 'release', forms: ['statische adresse freigeben', 'statische adressen freigeben', 'adresse freigeben', 'adressen freigeben', 'ip-adresse freigeben', 'ip-adressen freigeben', 'statische ip-adresse freigeben'], source: 'Compute Engine "Release static address" = "Statische Adresse freigeben"; chosen as phrases: "freigeben" alone also means share/approve' },
    { action: 'reset', forms: ['zurücksetzen', 'zurücksetzung'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-reset-instance?hl=de ("VM-Instanzen zurücksetzen")' },
    { action: 'disable', forms: ['deaktivieren', 'deaktiviere', 'deaktivierung', '*deaktivierung', 'abrechnung deaktivieren'], source: 'https://developers.google.com/workspace/guides/view-turn-off-apis?hl=de ("Klicken Sie auf Deaktivieren", "API deaktivieren"); https://cloud.google.com/iam/docs/keys-disable-enable?hl=de' },
    { action: 'terminate', forms: ['beenden', 'instanz beenden', 'instanzen beenden', 'instance beenden', 'instances beenden', 'beenden (löschen)'], consoles: ['aws'], source: 'https://docs.aws.amazon.com/de_de/AWSEC2/latest/UserGuide/terminating-instances.html ("Beenden Ihrer Instance": deleting an instance "wird als Beenden Ihrer Instance bezeichnet"; Stop is "anhalten"/"stoppen", https://docs.aws.amazon.com/de_de/AWSEC2/latest/UserGuide/Stop_Start.html); AWS only, since Google Cloud says "Beenden" for Stop' },
    { action: 'stop', forms: ['beenden', 'beende', 'anhalten', 'stoppen'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=de ("VM-Instanz beenden"); https://cloud.google.com/compute/docs/instances/restarting-an-instance?hl=de ("Anhalten, Beenden oder Zurücksetzen")' },
  ],
  outcomes: [
    { action: 'delete', forms: ['wird gelöscht', 'werden gelöscht', 'gelöscht werden', 'gelöscht wird', 'endgültig gelöscht', 'dauerhaft gelöscht', 'unwiderruflich gelöscht'], source: 'dialog descriptions ("wird endgültig gelöscht"); https://documentation.s3ns.fr/kms/docs/delete-kms-resources?hl=de ("dauerhaft löschen")' },
    { action: 'remove', forms: ['wird entfernt', 'werden entfernt', 'entfernt werden', 'entfernt wird'], source: 'as for entfernen' },
    { action: 'destroy', forms: ['wird vernichtet', 'werden vernichtet', 'vernichtet werden'], source: 'as for vernichten' },
    { action: 'shut-down', forms: ['wird heruntergefahren', 'heruntergefahren wird'], source: 'as for herunterfahren' },
    { action: 'reset', forms: ['wird zurückgesetzt', 'zurückgesetzt wird'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-reset-instance?hl=de ("die VM auf ihren Ausgangstatus zurückgesetzt")' },
    { action: 'disable', forms: ['wird deaktiviert', 'werden deaktiviert', 'deaktiviert werden', 'deaktiviert wird'], source: 'as for deaktivieren' },
    { action: 'terminate', forms: ['wird beendet', 'werden beendet', 'beendet werden'], consoles: ['aws'], source: 'https://docs.aws.amazon.com/de_de/AWSEC2/latest/UserGuide/terminating-instances.html ("wenn die Instance beendet wird": terminated)' },
    { action: 'stop', forms: ['wird beendet', 'wird angehalten'], source: 'as for beenden' },
  ],
  harmless: [
    { forms: ['freigeben für', 'für nutzer freigeben', 'für benutzer freigeben', 'für alle freigeben', 'öffentlich freigeben', 'für hauptkonten freigeben', 'freigabe*'], source: 'Freigeben also means share (mit/für Nutzern freigeben): sharing is not a release; chosen' },
    { forms: ['kann nicht gelöscht werden', 'können nicht gelöscht werden', 'nicht gelöscht werden kann', 'nicht gelöscht werden können'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['löschschutz', '*löschschutz', 'löschschutzeinstellung', 'schutz vor dem löschen', 'schutz vor löschen', 'löschen verhindern', 'versehentliches löschen', 'versehentliches löschen verhindern'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=de ("Löschschutz für eine vorhandene VM aktivieren")' },
    { forms: ['vorläufig löschen', 'vorläufigen löschen', 'vorläufiges löschen', 'vorläufig gelöscht', 'vorläufig gelöschte', 'vorläufig gelöschten', 'löschrichtlinie', 'löschrichtlinien', 'aufbewahrung'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=de ("Vorläufig löschen", "vorläufig gelöschte Objekte")' },
    { forms: ['kürzlich gelöscht', 'kürzlich gelöschte', 'kürzlich gelöschten', 'gelöschte elemente', 'gelöschte objekte', 'gelöschte projekte', 'gelöschte anzeigen', 'zum löschen vorgemerkt', 'löschen ausstehend', 'ausstehende löschung', 'löschung ausstehend'], source: 'project lifecycle "pending deletion", lists of deleted items' },
    { forms: ['löschen rückgängig machen', 'löschung rückgängig machen', 'wiederherstellen', 'rückgängig machen'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=de ("Auflisten oder Wiederherstellen"); IAM undelete, chosen' },
    { forms: ['filter löschen', 'alle filter löschen', 'auswahl löschen', 'suche löschen', 'eingabe löschen', 'verlauf löschen', 'filter entfernen', 'alle filter entfernen', 'spalte entfernen', 'aus favoriten entfernen', 'markierung entfernen', 'anpinnen aufheben'], source: 'table filter chips, search boxes, pinned products: German "löschen" is also "clear", chosen' },
    { forms: ['spalten zurücksetzen', 'spaltenbreiten zurücksetzen', 'filter zurücksetzen', 'alle filter zurücksetzen', 'ansicht zurücksetzen', 'zoom zurücksetzen', 'sortierung zurücksetzen', 'layout zurücksetzen', 'tabelle zurücksetzen', 'suche zurücksetzen', 'passwort zurücksetzen', 'auf standard zurücksetzen', 'auf standardwerte zurücksetzen', 'auf standardeinstellungen zurücksetzen'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['benachrichtigungen deaktivieren', 'tipps deaktivieren', 'hinweise deaktivieren', 'animationen deaktivieren', 'automatische aktualisierung deaktivieren', 'tastenkombinationen deaktivieren', 'dunkles design deaktivieren'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['versionshinweise', 'release-kanal', 'release-kanäle', 'release-version'], source: 'GKE release channels and release notes; no overlap with "freigeben", listed for completeness' },
  ],
  safeActions: [
    { forms: ['wiederherstellen', '* wiederherstellen', 'löschen rückgängig machen', 'rückgängig machen', 'rückgängig', 'aktivieren', '* aktivieren', 'erstellen', '* erstellen', 'hinzufügen', '* hinzufügen', 'starten', '* starten', 'fortsetzen', '* fortsetzen'], source: 'https://cloud.google.com/iam/docs/keys-disable-enable?hl=de ("aktivieren"); https://cloud.google.com/storage/docs/soft-delete?hl=de ("Wiederherstellen"); the opposite of each destructive verb' },
  ],
  leave: [
    { forms: ['abbrechen', 'schließen', 'schließen*', 'dialogfeld schließen', 'dialog schließen', 'nein', 'nein,*', 'nein *', 'zurück', 'nicht jetzt', 'behalten', 'verstanden', 'ok, verstanden'], source: 'standard Google German for Cancel ("Abbrechen") and Close ("Schließen"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'ja', 'ja,*', 'ja *', 'bestätigen', 'weiter', 'fortfahren', 'ich verstehe', 'ich bin mir dessen bewusst', 'senden', 'übernehmen', 'anwenden', 'fertig', 'speichern'], source: 'standard Google German for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['spalte', 'spalten', 'spaltenbreiten', 'filter', 'layout', 'ansicht', 'zoom', 'sortierung', 'benachrichtigung', 'benachrichtigungen', 'tipp', 'tipps', 'hinweis', 'hinweise', 'tabelle', 'karten', 'diagramm'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['knotenpool', 'knotenpools', 'node-pool', 'node-pools'], source: 'https://cloud.google.com/kubernetes-engine/multi-cloud/docs/aws/how-to/delete-cluster?hl=de ("Knotenpool löschen")' },
    { kind: 'gke-namespace', forms: ['namespace', 'namespaces'], source: 'GKE console (kept in English)' },
    { kind: 'gke-workload', forms: ['arbeitslast', 'arbeitslasten', 'workload', 'workloads', 'deployment', 'deployments', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['instanzgruppe', 'instanzgruppen', 'verwaltete instanzgruppe'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'datenbankinstanz', 'datenbankinstanzen'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster'], source: 'GKE console ("Cluster löschen")' },
    { kind: 'snapshot', forms: ['snapshot', 'snapshots'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['laufwerk', 'laufwerke', 'festplatte', 'disk'], source: 'https://cloud.google.com/compute/docs/instances/restarting-an-instance?hl=de ("Laufwerke")' },
    { kind: 'storage-bucket', forms: ['bucket', 'buckets'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=de ("Buckets")' },
    { kind: 'vm-instance', forms: ['vm', 'vms', 'vm-instanz', 'vm-instanzen', 'instanz', 'instanzen', 'virtuelle maschine'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=de ("VM-Instanz")' },
    { kind: 'project', forms: ['projekt', 'projekte', 'projekts'], source: 'Resource Manager console' },
  ],
};
