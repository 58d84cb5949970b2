/** Czech wording through the whole recogniser: Google Cloud titles and buttons as hl=cs shows them, Azure's too. */
import { describe, expect, it } from 'vitest';
import { cs } from './cs';
import { describeLanguage, judgeOn } from './language-suite';

describeLanguage(cs, {
  console: 'gcp',
  destructive: [
    ['Smazat cluster?', 'Zrušit', 'Smazat', 'delete'],
    ['Smazat cluster „prod-1“?', 'Zrušit', 'Smazat cluster', 'delete'],
    ['Smazání clusteru', 'Zrušit', 'Smazat', 'delete'],
    ['Smažte instanci web-1', 'Zavřít', 'Smazat', 'delete'],
    ['Jste si jisti?', 'Ne', 'Potvrdit', 'delete', 'Cluster prod-1 bude trvale smazán.'],
    ['Jste si jisti?', 'Zrušit', 'Ano', 'delete', 'Virtuální počítač bude odstraněn.'],
    ['Jste si jisti?', 'Zrušit', 'OK', 'delete', 'Všechny objekty v kbelíku budou smazány.'],
    ['Odebrat člena?', 'Zrušit', 'Odebrat', 'remove'],
    ['Zničit verzi klíče 3?', 'Zrušit', 'Zničit', 'destroy'],
    ['Vypnout projekt acme-prod?', 'Zrušit', 'Vypnout', 'shut-down'],
    ['Vypnout projekt acme-prod?', 'Zrušit', 'Přesto vypnout', 'shut-down'],
    ['Vyprázdnit frontu orders?', 'Zrušit', 'Vyprázdnit frontu', 'purge'],
    ['Uvolnit statickou adresu web-ip?', 'Zrušit', 'Uvolnit', 'release'],
    ['Resetovat instanci web-1?', 'Zrušit', 'Resetovat', 'reset'],
    ['Zakázat Compute Engine API?', 'Zrušit', 'Zakázat', 'disable'],
    ['Zastavit instanci web-1?', 'Zrušit', 'Zastavit', 'stop'],
  ],
  harmless: [
    ['Obnovit cluster?', ['Zrušit', 'Obnovit']],
    ['Nedávno smazané tajné klíče', ['Zavřít', 'Obnovit']],
    ['Zapnout ochranu před smazáním', ['Zrušit', 'Uložit']],
    ['Zásady mazání', ['Zrušit', 'Uložit']],
    ['Resetovat sloupce?', ['Zrušit', 'Resetovat']],
    ['Resetovat rozložení?', ['Ne', 'Resetovat']],
    ['Vypnout oznámení?', ['Zrušit', 'Vypnout']],
    ['Cluster prod-1 byl smazán', ['Vrátit zpět']],
    ['Cluster smazán', ['OK']],
    ['Vymazat filtry', ['Zrušit', 'Vymazat filtry']],
    ['Vytvořit fond uzlů', ['Zrušit', 'Vytvořit']],
    ['Poznámky k verzi', ['Zavřít']],
    ['Povolit Compute Engine API', ['Zrušit', 'Povolit']],
  ],
  ordinary: ['Zrušit', 'Zavřít', 'Potvrdit', 'Pokračovat', 'Uložit', 'Rozumím', 'Vyberte projekt', 'Pro potvrzení zadejte název clusteru', 'Tuto akci nelze vrátit zpět.', 'Další informace', 'Zavřít okno'],
});

describe('Czech on the Azure portal', () => {
  it('"Odstranit skupinu prostředků" [Odstranit] is a guarded delete', () => {
    expect(judgeOn('azure', 'Odstranit skupinu prostředků', ['Zrušit', 'Odstranit'])).toMatchObject({ destructive: true, action: 'delete', buttonRoles: ['free', 'action'] });
  });
  it('"Potvrzení odstranění" [Odstranit] is a guarded delete', () => {
    expect(judgeOn('azure', 'Potvrzení odstranění', ['Zrušit', 'Odstranit'])).toMatchObject({ destructive: true, action: 'delete' });
  });
});
