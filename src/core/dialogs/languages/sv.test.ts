/** Swedish wording through the whole recogniser: console titles and buttons as hl=sv shows them. */
import { sv } from './sv';
import { describeLanguage } from './language-suite';

describeLanguage(sv, {
  destructive: [
    ['Radera klustret prod-1?', 'Avbryt', 'Radera', 'delete'],
    ['Radera nodpoolen pool-1', 'Avbryt', 'Radera', 'delete'],
    ['Vill du radera VM-instansen web-1?', 'Avbryt', 'Radera', 'delete'],
    ['Ta bort resursgrupp', 'Avbryt', 'Ta bort', 'remove'],
    ['Ta bort huvudkonto?', 'Avbryt', 'Ta bort', 'remove'],
    ['Förstör nyckelversion 3?', 'Avbryt', 'Förstör', 'destroy'],
    ['Stäng av projektet Acme Prod', 'Avbryt', 'Stäng av ändå', 'shut-down'],
    ['Rensa kön orders?', 'Avbryt', 'Rensa kön', 'purge'],
    ['Frigör statisk adress web-ip?', 'Avbryt', 'Frigör', 'release'],
    ['Återställ VM-instansen web-1?', 'Avbryt', 'Återställ', 'reset'],
    ['Inaktivera Compute Engine API?', 'Avbryt', 'Inaktivera', 'disable'],
    ['Är du säker?', 'Avbryt', 'Ja, radera', 'delete'],
    ['Är du säker?', 'Nej', 'Bekräfta', 'delete', 'Klustret prod-1 raderas permanent.'],
    ['Är du säker?', 'Avbryt', 'Bekräfta', 'reset', 'VM-instansen web-1 återställs direkt.'],
    ['Stoppa web-1?', 'Avbryt', 'Stoppa', 'stop'],
  ],
  harmless: [
    ['Återställ projektet?', ['Avbryt', 'Återställ']],
    ['Återställ klustret prod-1', ['Avbryt', 'Återställ'], 'Klustret återställs med sina inställningar.'],
    ['Är du säker?', ['Avbryt', 'Bekräfta'], 'Klustret prod-1 återställs med sina inställningar.'],
    ['Ångra radering av tjänstkonto', ['Avbryt', 'Ångra radering']],
    ['Nyligen raderade hemligheter', ['Stäng', 'Återställ']],
    ['Aktivera raderingsskydd', ['Avbryt', 'Spara'], 'Instansen kan inte raderas medan skyddet är aktivt.'],
    ['Återställ kolumner?', ['Avbryt', 'Återställ']],
    ['Återställ layout', ['Avbryt', 'OK']],
    ['Inaktivera aviseringar?', ['Avbryt', 'Inaktivera']],
    ['Stäng av aviseringar', ['Stäng', 'OK']],
    ['Filter', ['Stäng', 'Rensa alla filter']],
    ['Klustret har raderats', ['Ångra']],
    ['Skapa nodpool', ['Avbryt', 'Skapa']],
    ['Versionsinformation', ['Stäng']],
    ['Aktivera Compute Engine API', ['Avbryt', 'Aktivera']],
  ],
  ordinary: ['Avbryt', 'Stäng', 'Bekräfta', 'Fortsätt', 'Spara', 'Jag förstår', 'Visa information', 'Välj ett projekt', 'Skriv klustrets namn för att fortsätta', 'Det här går inte att ångra.', 'Läs mer'],
});
