/**
 * Polish (`hl=pl`; Azure portal `pl-pl`). Polish inflects: an action is asked
 * for in the imperative ("Usuń", the button), the infinitive as a question
 * ("Usunąć klaster?"), or the verbal noun in its cases ("Usuwanie klastra",
 * "Potwierdzenie usunięcia"); a description announces it with "zostanie /
 * zostaną" and the participle in every gender ("zostanie usunięty /
 * usunięta / usunięte", "zostaną usunięte / usunięci").
 *
 * Polish quirks: "Zamknij" is Close, and also how a project is shut down
 * ("Zamknąć projekt?"): only with the project named; "Wyczyść" is "clear"
 * (filters, a search): only "wyczyść kolejkę" is purge; "Przywróć" is
 * restore. The AWS console has no Polish.
 */
import type { LanguageTable } from './types';

const AZURE = 'https://learn.microsoft.com/pl-pl/rest/api/resources/resourcegroups/delete ("Usuwa grupę zasobów", "wszystkie jej zasoby również zostaną usunięte"); the portal\'s Delete button says "Usuń", its confirmation "Potwierdzenie usunięcia"';

export const pl: LanguageTable = {
  lang: 'pl',
  name: 'Polish',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['usuń', 'usunąć', 'usuńcie', 'usuwać', 'usuwanie', 'usuwania', 'usunięcie', 'usunięcia', 'usunięciu', 'trwale usuń', 'trwale usunąć', 'potwierdzenie usunięcia', 'potwierdź usunięcie'], source: AZURE },
    { action: 'remove', forms: ['odłącz', 'odłączyć', 'odbierz dostęp', 'cofnij dostęp'], source: 'IAM "Remove principal", chosen: Google Polish mostly says "Usuń" for Remove too (covered as delete)' },
    { action: 'destroy', forms: ['zniszcz', 'zniszczyć', 'zniszczenie', 'zniszczenia'], source: 'Cloud KMS "Destroy key version", chosen: the standard Polish verb for destroy' },
    { action: 'shut-down', forms: ['zamknij', 'zamknąć', 'zamknięcie', 'zamknięcia', 'wyłącz', 'wyłączyć'], context: ['projekt', 'projektu', 'projektem'], source: 'project shut-down dialog ("Zamknij projekt"), chosen; only with the project named, since "Zamknij" is also Close' },
    { action: 'shut-down', forms: ['mimo to zamknij', 'i tak zamknij'], source: 'project shut-down, "Shut down anyway", chosen' },
    { action: 'purge', forms: ['wyczyść kolejkę', 'wyczyścić kolejkę', 'opróżnij kolejkę', 'opróżnić kolejkę', 'czyszczenie kolejki'], source: 'Cloud Tasks "Purge queue", chosen: "wyczyść" alone is also "clear"' },
    { action: 'release', forms: ['zwolnij', 'zwolnić', 'zwolnienie', 'zwolnienia'], context: ['adres', 'adresu', 'adresy', 'ip'], source: 'Compute Engine "Release static address" ("Zwolnij adres statyczny"), chosen; only with an address named' },
    { action: 'reset', forms: ['resetuj', 'zresetuj', 'zresetować', 'resetować', 'resetowanie', 'resetowania'], source: 'Compute Engine VM "Reset" ("Resetuj"), chosen' },
    { action: 'disable', forms: ['wyłącz', 'wyłączyć', 'wyłączanie', 'wyłączenie', 'wyłączenia', 'dezaktywuj', 'dezaktywować', 'dezaktywacja'], source: 'APIs & Services "Disable API" ("Wyłącz API"), chosen' },
    { action: 'stop', forms: ['zatrzymaj', 'zatrzymać', 'zatrzymanie', 'zatrzymania', 'wstrzymaj', 'wstrzymać', 'zawieś', 'zawiesić'], source: 'Compute Engine VM "Stop" ("Zatrzymaj") and "Suspend" ("Zawieś"), chosen' },
  ],
  outcomes: [
    { action: 'delete', forms: ['zostanie usunięty', 'zostanie usunięta', 'zostanie usunięte', 'zostaną usunięte', 'zostaną usunięci', 'zostanie trwale usunięty', 'zostanie trwale usunięta', 'zostanie trwale usunięte', 'zostaną trwale usunięte', 'usuwa'], source: AZURE },
    { action: 'destroy', forms: ['zostanie zniszczony', 'zostanie zniszczona', 'zostanie zniszczone', 'zostaną zniszczone'], source: 'as for zniszczyć' },
    { action: 'reset', forms: ['zostanie zresetowany', 'zostanie zresetowana', 'zostanie zresetowane', 'zostaną zresetowane'], source: 'as for zresetować' },
    { action: 'disable', forms: ['zostanie wyłączony', 'zostanie wyłączona', 'zostanie wyłączone', 'zostaną wyłączone'], source: 'as for wyłączyć' },
    { action: 'stop', forms: ['zostanie zatrzymany', 'zostanie zatrzymana', 'zostaną zatrzymane'], source: 'as for zatrzymać' },
  ],
  harmless: [
    { forms: ['ochrona przed usunięciem', 'ochronę przed usunięciem', 'ochrony przed usunięciem', 'nie można usunąć', 'nie może zostać usunięty', 'nie może zostać usunięta'], source: 'deletion protection and announced impossibilities describe a protection; chosen' },
    { forms: ['niedawno usunięte', 'ostatnio usunięte', 'usunięte elementy', 'usunięte obiekty', 'oczekuje na usunięcie', 'zasady usuwania', 'zasada usuwania', 'miękkie usuwanie', 'cofnij usunięcie'], source: 'lists of deleted items, soft delete and deletion policies; chosen' },
    { forms: ['wyczyść filtry', 'wyczyść filtr', 'wyczyść wszystkie filtry', 'usuń filtr', 'usuń filtry', 'usuń wszystkie filtry', 'wyczyść wyszukiwanie', 'usuń z ulubionych'], source: 'table filter chips and search boxes; chosen' },
    { forms: ['resetuj kolumny', 'zresetuj kolumny', 'resetuj filtry', 'zresetuj filtry', 'zresetuj układ', 'resetuj układ', 'zresetuj widok', 'resetuj widok', 'zresetuj powiększenie', 'resetuj hasło', 'zresetuj hasło', 'resetowanie hasła', 'przywróć domyślne'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['wyłącz powiadomienia', 'wyłączyć powiadomienia', 'wyłącz wskazówki', 'wyłącz porady', 'wyłącz animacje', 'wyłącz automatyczne odświeżanie'], source: 'console preferences, chosen' },
    { forms: ['informacje o wersji', 'kanał wersji'], source: 'release notes and channels; chosen' },
  ],
  safeActions: [
    { forms: ['przywróć', '* przywróć', 'cofnij usunięcie', 'cofnij', 'włącz', '* włącz', 'utwórz', '* utwórz', 'dodaj', '* dodaj', 'uruchom', '* uruchom', 'wznów'], source: 'the opposite of each destructive verb, as Google Polish writes them; chosen' },
  ],
  leave: [
    { forms: ['anuluj', 'zamknij', 'zamknij*', 'nie', 'nie,*', 'nie *', 'wstecz', 'nie teraz', 'zachowaj'], source: 'standard Google and Microsoft Polish for Cancel ("Anuluj") and Close ("Zamknij"); Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'tak', 'tak,*', 'tak *', 'potwierdź', 'dalej', 'kontynuuj', 'rozumiem', 'zastosuj', 'zapisz', 'gotowe', 'wyślij'], source: 'standard Polish for OK / Yes / Confirm / Continue; chosen' },
  ],
  uiNouns: [
    { forms: ['kolumna', 'kolumny', 'kolumn', 'filtr', 'filtry', 'filtrów', 'układ', 'widok', 'powiększenie', 'sortowanie', 'powiadomienia', 'powiadomień', 'wskazówki', 'porady', 'tabela', 'tabeli', 'karty', 'wykres'], source: 'things on the screen whose reset or disable destroys nothing; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['pula węzłów', 'pulę węzłów', 'puli węzłów', 'pule węzłów'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['przestrzeń nazw', 'przestrzeni nazw', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['zadanie', 'zbiór zadań', 'deployment', 'pod', 'pody'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['grupa instancji', 'grupę instancji', 'grupy instancji'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instancja bazy danych', 'instancję bazy danych'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['klaster*'], source: 'GKE console ("Usuń klaster")' },
    { kind: 'snapshot', forms: ['zrzut*', 'migawk*', 'snapshot*'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['dysk', 'dysku', 'dyski', 'dysków'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['zasobnik*', 'bucket*'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'maszyna wirtualna', 'maszynę wirtualną', 'maszyny wirtualnej', 'instancja', 'instancję', 'instancji'], source: 'Compute Engine console' },
    { kind: 'project', forms: ['projekt', 'projektu', 'projekty'], source: 'Resource Manager console' },
  ],
};
