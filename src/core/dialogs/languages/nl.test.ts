/** Dutch wording through the whole recogniser: console titles and buttons as hl=nl shows them. */
import { nl } from './nl';
import { describeLanguage } from './language-suite';

describeLanguage(nl, {
  destructive: [
    ['Cluster "prod-1" verwijderen?', 'Annuleren', 'Verwijderen', 'delete'],
    ['Knooppuntpool pool-1 verwijderen', 'Annuleren', 'Verwijderen', 'delete'],
    ['Weet u zeker dat u de VM-instantie web-1 wilt verwijderen?', 'Annuleren', 'Verwijderen', 'delete'],
    ['Bucket acme-logs definitief verwijderen?', 'Annuleren', 'Bucket verwijderen', 'delete'],
    ['Sleutelversie 3 vernietigen?', 'Annuleren', 'Vernietigen', 'destroy'],
    ['Project "Acme Prod" afsluiten', 'Annuleren', 'Toch afsluiten', 'shut-down'],
    ['Wachtrij orders leegmaken?', 'Annuleren', 'Wachtrij leegmaken', 'purge'],
    ['Statisch adres web-ip vrijgeven?', 'Annuleren', 'Vrijgeven', 'release'],
    ['VM-instantie web-1 resetten?', 'Annuleren', 'Resetten', 'reset'],
    ['Compute Engine API uitschakelen?', 'Annuleren', 'Uitschakelen', 'disable'],
    ['Facturering voor project acme-prod uitschakelen?', 'Sluiten', 'Facturering uitschakelen', 'disable'],
    ['Weet u het zeker?', 'Annuleren', 'Ja, verwijderen', 'delete'],
    ['Weet u het zeker?', 'Nee', 'Bevestigen', 'delete', 'Het cluster prod-1 wordt definitief verwijderd.'],
    ['VM-instantie web-1 stoppen?', 'Annuleren', 'Stoppen', 'stop', undefined, 'de'],
  ],
  harmless: [
    ['Project herstellen?', ['Annuleren', 'Herstellen']],
    ['Verwijderen van serviceaccount ongedaan maken', ['Annuleren', 'Verwijderen ongedaan maken']],
    ['Onlangs verwijderde secrets', ['Sluiten', 'Herstellen']],
    ['Verwijderingsbeveiliging inschakelen', ['Annuleren', 'Opslaan'], 'De instantie kan niet worden verwijderd zolang de beveiliging aan staat.'],
    ['Verwijderingsbeleid', ['Annuleren', 'Opslaan']],
    ['Kolommen resetten?', ['Annuleren', 'Resetten']],
    ['Indeling resetten', ['Annuleren', 'OK']],
    ['Meldingen uitschakelen?', ['Annuleren', 'Uitschakelen']],
    ['Filters', ['Sluiten', 'Alle filters wissen']],
    ['Cluster verwijderd', ['Ongedaan maken']],
    ['Knooppuntpool maken', ['Annuleren', 'Maken']],
    ['Releaseopmerkingen', ['Sluiten']],
    ['Project delen met gebruikers', ['Annuleren', 'Delen']],
    ['Compute Engine API inschakelen', ['Annuleren', 'Inschakelen']],
  ],
  ordinary: ['Annuleren', 'Sluiten', 'Bevestigen', 'Doorgaan', 'Opslaan', 'Ik begrijp het', 'Details bekijken', 'Selecteer een project', 'Typ de naam van het cluster om door te gaan', 'Deze actie kan niet ongedaan worden gemaakt.', 'Meer informatie'],
});
