/** Hungarian wording through the whole recogniser: Google Cloud titles and buttons as hl=hu shows them, Azure's too. */
import { describe, expect, it } from 'vitest';
import { hu } from './hu';
import { describeLanguage, judgeOn } from './language-suite';

describeLanguage(hu, {
  console: 'gcp',
  destructive: [
    ['Törli a fürtöt?', 'Mégse', 'Törlés', 'delete'],
    ['Törli a(z) „prod-1” fürtöt?', 'Mégse', 'Fürt törlése', 'delete'],
    ['Fürt törlése', 'Mégse', 'Törlés', 'delete'],
    ['Törölje a web-1 példányt', 'Bezárás', 'Törlés', 'delete'],
    ['Biztos benne?', 'Nem', 'Megerősítés', 'delete', 'A prod-1 fürt véglegesen törlődik.'],
    ['Biztos benne?', 'Mégse', 'Igen', 'delete', 'A tároló összes objektuma törlésre kerül.'],
    ['Eltávolítja a tagot?', 'Mégse', 'Eltávolítás', 'remove'],
    ['Megsemmisíti a kulcs 3. verzióját?', 'Mégse', 'Megsemmisítés', 'destroy'],
    ['Leállítja az acme-prod projektet?', 'Mégse', 'Leállítás', 'shut-down'],
    ['Statikus cím felszabadítása: web-ip', 'Mégse', 'Felszabadítás', 'release'],
    ['Alaphelyzetbe állítja a web-1 példányt?', 'Mégse', 'Alaphelyzetbe állítás', 'reset'],
    ['Letiltja a Compute Engine API-t?', 'Mégse', 'Letiltás', 'disable'],
    ['Leállítja a web-1 példányt?', 'Mégse', 'Leállítás', 'stop'],
    ['Felfüggeszti a web-1 virtuális gépet?', 'Mégse', 'Felfüggesztés', 'stop'],
  ],
  harmless: [
    ['Visszaállítja a fürtöt?', ['Mégse', 'Visszaállítás']],
    ['Nemrég törölt titkos kódok', ['Bezárás', 'Visszaállítás']],
    ['Törlés elleni védelem engedélyezése', ['Mégse', 'Mentés']],
    ['Törlési szabályzat', ['Mégse', 'Mentés']],
    ['Oszlopok visszaállítása', ['Mégse', 'Visszaállítás']],
    ['Értesítések kikapcsolása', ['Mégse', 'Kikapcsolás']],
    ['A prod-1 fürt törölve', ['Visszavonás']],
    ['Fürt törölve', ['OK']],
    ['Szűrők törlése', ['Mégse', 'Összes szűrő törlése']],
    ['Csomópontkészlet létrehozása', ['Mégse', 'Létrehozás']],
    ['Kiadási megjegyzések', ['Bezárás']],
    ['Compute Engine API engedélyezése', ['Mégse', 'Engedélyezés']],
  ],
  ordinary: ['Mégse', 'Bezárás', 'Megerősítés', 'Tovább', 'Mentés', 'Értem', 'Válasszon projektet', 'A megerősítéshez írja be a fürt nevét', 'Ez a művelet nem vonható vissza.', 'További információ'],
});

describe('Hungarian on the Azure portal', () => {
  it('"Erőforráscsoport törlése" [Törlés] is a guarded delete', () => {
    expect(judgeOn('azure', 'Erőforráscsoport törlése', ['Mégse', 'Törlés'])).toMatchObject({ destructive: true, action: 'delete', buttonRoles: ['free', 'action'] });
  });
  it('"Törlés megerősítése" [Törlés] is a guarded delete', () => {
    expect(judgeOn('azure', 'Törlés megerősítése', ['Mégse', 'Törlés'])).toMatchObject({ destructive: true, action: 'delete' });
  });
});
