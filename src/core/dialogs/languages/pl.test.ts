/** Polish wording through the whole recogniser: Google Cloud titles and buttons as hl=pl shows them, Azure's too. */
import { describe, expect, it } from 'vitest';
import { describeLanguage, judgeOn } from './language-suite';
import { pl } from './pl';

describeLanguage(pl, {
  console: 'gcp',
  destructive: [
    ['Usunąć klaster?', 'Anuluj', 'Usuń', 'delete'],
    ['Usunąć klaster „prod-1”?', 'Anuluj', 'Usuń klaster', 'delete'],
    ['Usuwanie klastra', 'Anuluj', 'Usuń', 'delete'],
    ['Usunąć pulę węzłów pool-1?', 'Anuluj', 'Usuń', 'delete'],
    ['Usunięcie instancji web-1', 'Zamknij', 'Usuń', 'delete'],
    ['Czy na pewno?', 'Nie', 'Potwierdź', 'delete', 'Klaster prod-1 zostanie trwale usunięty.'],
    ['Czy na pewno?', 'Anuluj', 'Tak', 'delete', 'Maszyna wirtualna zostanie usunięta.'],
    ['Czy na pewno?', 'Anuluj', 'OK', 'delete', 'Wszystkie obiekty w zasobniku zostaną usunięte.'],
    ['Potwierdzenie usunięcia', 'Anuluj', 'Tak', 'delete'],
    ['Zniszczyć wersję klucza 3?', 'Anuluj', 'Zniszcz', 'destroy'],
    ['Zamknąć projekt acme-prod?', 'Anuluj', 'Zamknij', 'shut-down'],
    ['Zamknąć projekt acme-prod?', 'Anuluj', 'Mimo to zamknij', 'shut-down'],
    ['Wyczyścić kolejkę orders?', 'Anuluj', 'Wyczyść kolejkę', 'purge'],
    ['Zwolnić adres statyczny web-ip?', 'Anuluj', 'Zwolnij', 'release'],
    ['Zresetować instancję web-1?', 'Anuluj', 'Resetuj', 'reset'],
    ['Wyłączyć Compute Engine API?', 'Anuluj', 'Wyłącz', 'disable'],
    ['Zatrzymać instancję web-1?', 'Anuluj', 'Zatrzymaj', 'stop'],
    ['Zawiesić maszynę wirtualną web-1?', 'Anuluj', 'Zawieś', 'stop'],
  ],
  harmless: [
    ['Przywrócić klaster?', ['Anuluj', 'Przywróć']],
    ['Niedawno usunięte obiekty tajne', ['Zamknij', 'Przywróć']],
    ['Włącz ochronę przed usunięciem', ['Anuluj', 'Zapisz']],
    ['Zasady usuwania', ['Anuluj', 'Zapisz']],
    ['Zresetować kolumny?', ['Anuluj', 'Resetuj']],
    ['Zresetuj układ', ['Nie', 'Zresetuj']],
    ['Wyłączyć powiadomienia?', ['Anuluj', 'Wyłącz']],
    ['Klaster prod-1 został usunięty', ['Cofnij']],
    ['Usunięto klaster', ['OK']],
    ['Wyczyść filtry', ['Anuluj', 'Wyczyść wszystkie filtry']],
    ['Utwórz pulę węzłów', ['Anuluj', 'Utwórz']],
    ['Informacje o wersji', ['Zamknij']],
    ['Włącz Compute Engine API', ['Anuluj', 'Włącz']],
  ],
  ordinary: ['Anuluj', 'Zamknij', 'Potwierdź', 'Dalej', 'Zapisz', 'Rozumiem', 'Wybierz projekt', 'Aby potwierdzić, wpisz nazwę klastra', 'Tej operacji nie można cofnąć.', 'Więcej informacji', 'Zamknij okno'],
});

describe('Polish on the Azure portal', () => {
  it('"Usuń grupę zasobów" [Usuń] is a guarded delete', () => {
    expect(judgeOn('azure', 'Usuń grupę zasobów', ['Anuluj', 'Usuń'])).toMatchObject({ destructive: true, action: 'delete', buttonRoles: ['free', 'action'] });
  });
  it('"Potwierdzenie usunięcia" [Usuń] is a guarded delete', () => {
    expect(judgeOn('azure', 'Potwierdzenie usunięcia', ['Anuluj', 'Usuń'])).toMatchObject({ destructive: true, action: 'delete' });
  });
});
