/** Italian wording through the whole recogniser: console titles and buttons as hl=it shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { it as table } from './it';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['Eliminare il cluster "prod-1"?', 'Annulla', 'Elimina', 'delete', 'it'],
  ['Elimina pool di nodi "pool-1"', 'Annulla', 'Elimina', 'delete', 'it'],
  ['Vuoi eliminare l\'istanza VM "web-1"?', 'Annulla', 'Elimina', 'delete', 'it'],
  ['Eliminare definitivamente il bucket "acme-logs"?', 'Annulla', 'Elimina bucket', 'delete', 'it'],
  ['Rimuovere l\'entità?', 'Annulla', 'Rimuovi', 'remove', 'it'],
  ['Distruggere la versione della chiave 3?', 'Annulla', 'Pianifica la distruzione', 'destroy', 'it'],
  ['Arresta il progetto "Acme Prod"', 'Annulla', 'Arresta comunque', 'shut-down', 'it'],
  ['Svuotare la coda "emails"?', 'Annulla', 'Svuota coda', 'purge', 'it'],
  ['Rilasciare l\'indirizzo statico?', 'Annulla', 'Rilascia', 'release', 'it'],
  ['Reimpostare l\'istanza VM "web-1"?', 'Annulla', 'Reimposta', 'reset', 'it'],
  ['Disattivare l\'API Kubernetes Engine?', 'Annulla', 'Disattiva', 'disable', 'it'],
  ['Disattivare la fatturazione per il progetto acme-prod?', 'Annulla', 'Disattiva fatturazione', 'disable', 'it'],
  ['Continuare?', 'Annulla', 'Sì, elimina', 'delete', 'it'],
  ['Conferma eliminazione', 'Annulla', 'Conferma', 'delete', 'it'],
  ['Continuare?', 'No', 'Conferma', 'delete', 'it', 'Il cluster "prod-1" verrà eliminato definitivamente.'],
  ['Arrestare l\'istanza VM "web-1"?', 'Annulla', 'Arresta', 'stop', 'it'],
  ['Sospendere la VM?', 'Annulla', 'Sospendi', 'stop', 'it'],
];

const harmless: Harmless[] = [
  ['Ripristinare il progetto?', ['Annulla', 'Ripristina']],
  ['Annulla l\'eliminazione dell\'account di servizio', ['Chiudi', 'Annulla l\'eliminazione']],
  ['Bucket eliminati di recente', ['Chiudi', 'Ripristina']],
  ['Attiva la protezione dall\'eliminazione', ['Annulla', 'Salva']],
  ['Eliminazione temporanea: durata di conservazione', ['Annulla', 'Salva']],
  ['Reimposta colonne', ['Annulla', 'Reimposta']],
  ['Reimpostare i filtri?', ['No', 'Reimposta filtri']],
  ['Reimposta visualizzazione', ['Annulla', 'OK']],
  ['Disattiva notifiche', ['Annulla', 'Disattiva']],
  ['Disattiva suggerimenti', ['Chiudi', 'OK']],
  ['Cluster eliminato', ['Annulla']],
  ['Cluster eliminato', ['OK']],
  ['Crea pool di nodi', ['Annulla', 'Crea']],
  ['Note di rilascio', ['Chiudi']],
  ['Cambia canale di rilascio', ['Annulla', 'Salva']],
  ['Attiva l\'API Kubernetes Engine', ['Annulla', 'Attiva']],
];

/** Ordinary Italian console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Annulla',
  'Chiudi',
  'Conferma',
  'Continua',
  'Salva',
  'Capisco',
  'Visualizza dettagli',
  'Seleziona un progetto',
  'Digita il nome del cluster per continuare',
  'Questa azione non può essere annullata.',
  'Scopri di più',
  'Condividi con gli utenti',
];

/** Cases the engine gets wrong today (see the report); kept as written. */
const knownGaps: Destructive[] = [
  ['Chiudere il progetto "Acme Prod"?', 'Annulla', 'Chiudi', 'shut-down', 'it'],
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Italian (it): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });

  // Once an engine gap, now fixed: the word is also a leave (or lent) word, and still read right.
  for (const [title, leave, confirm, action, lang] of knownGaps) {
    it(`${title} [${leave} | ${confirm}] -> ${action}, confirm guarded`, () => {
      const verdict = judge(title, [leave, confirm]);
      expect(verdict).toMatchObject({ destructive: true, action });
      if (lang) expect(verdict.lang).toBe(lang);
      expect(verdict.buttonRoles).toEqual(['free', 'action']);
    });
  }
});

describe('Italian (it): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'Cluster prod-1 eliminato').destructive).toBe(false);
  });
});

describe('Italian (it): ordinary text and the table itself', () => {
  it.each(ordinary)('%s reads as no action', (text) => {
    expect(findAction(text)).toBeNull();
  });

  it('every leave, confirm and safe label reads as no action', () => {
    const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
    expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
  });

  it('forms are normalised, unique, sourced, and use * only at an end', () => {
    for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.resources]) {
      expect(entry.source.length).toBeGreaterThan(5);
      expect(new Set(entry.forms).size).toBe(entry.forms.length);
      for (const form of entry.forms) {
        expect(normaliseText(form)).toBe(form);
        expect(form.slice(1, -1)).not.toContain('*');
      }
    }
  });
});
