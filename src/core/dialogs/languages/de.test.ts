/** German wording through the whole recogniser: console titles and buttons as hl=de shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { de as table } from './de';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

/** Google Cloud's wording: on AWS, "Beenden" is Terminate (see ../console-wording.test.ts). */
const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, console: 'gcp', buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['Cluster „prod-1“ löschen?', 'Abbrechen', 'Löschen', 'delete', 'de'],
  ['Knotenpool „pool-1“ löschen', 'Abbrechen', 'Löschen', 'delete', 'de'],
  ['Möchten Sie die VM-Instanz „web-1“ löschen?', 'Abbrechen', 'Löschen', 'delete', 'de'],
  ['Bucket „acme-logs“ endgültig löschen?', 'Abbrechen', 'Bucket löschen', 'delete', 'de'],
  ['Hauptkonto entfernen?', 'Abbrechen', 'Entfernen', 'remove', 'de'],
  ['Schlüsselversion 3 vernichten?', 'Abbrechen', 'Vernichten', 'destroy', 'de'],
  ['Projekt „Acme Prod“ herunterfahren', 'Abbrechen', 'Trotzdem herunterfahren', 'shut-down', 'de'],
  ['Warteschlange „emails“ leeren?', 'Abbrechen', 'Warteschlange leeren', 'purge', 'de'],
  ['Statische Adresse freigeben?', 'Abbrechen', 'Freigeben', 'release', 'de'],
  ['VM-Instanz „web-1“ zurücksetzen?', 'Abbrechen', 'Zurücksetzen', 'reset', 'de'],
  ['Kubernetes Engine API deaktivieren?', 'Abbrechen', 'Deaktivieren', 'disable', 'de'],
  ['Abrechnung für Projekt acme-prod deaktivieren?', 'Abbrechen', 'Abrechnung deaktivieren', 'disable', 'de'],
  ['Dienstkontoschlüssel deaktivieren', 'Schließen', 'Deaktivieren', 'disable', 'de'],
  ['Sind Sie sicher?', 'Abbrechen', 'Ja, löschen', 'delete', 'de'],
  ['Clusterlöschung bestätigen', 'Abbrechen', 'Bestätigen', 'delete', 'de'],
  ['Sind Sie sicher?', 'Nein', 'Bestätigen', 'delete', 'de', 'Der Cluster „prod-1“ wird endgültig gelöscht.'],
  ['VM-Instanz „web-1“ beenden?', 'Abbrechen', 'Beenden', 'stop', 'de'],
  ['VM anhalten?', 'Abbrechen', 'Anhalten', 'stop', 'de'],
];

const harmless: Harmless[] = [
  ['Projekt wiederherstellen?', ['Abbrechen', 'Wiederherstellen']],
  ['Löschen von Dienstkonto rückgängig machen', ['Abbrechen', 'Löschen rückgängig machen']],
  ['Kürzlich gelöschte Buckets', ['Schließen', 'Wiederherstellen']],
  ['Löschschutz aktivieren', ['Abbrechen', 'Speichern']],
  ['Vorläufig löschen: Aufbewahrungsdauer', ['Abbrechen', 'Speichern']],
  ['Spalten zurücksetzen', ['Abbrechen', 'Spalten zurücksetzen']],
  ['Alle Filter zurücksetzen?', ['Nein', 'Zurücksetzen']],
  ['Ansicht zurücksetzen', ['Abbrechen', 'OK']],
  ['Benachrichtigungen deaktivieren', ['Abbrechen', 'Deaktivieren']],
  ['Tipps deaktivieren', ['Schließen', 'OK']],
  ['Filter löschen', ['Abbrechen', 'Alle Filter löschen']],
  ['Cluster gelöscht', ['Rückgängig machen']],
  ['Cluster gelöscht', ['OK']],
  ['Knotenpool erstellen', ['Abbrechen', 'Erstellen']],
  ['Versionshinweise', ['Schließen']],
  ['Release-Kanal ändern', ['Abbrechen', 'Speichern']],
  ['Projekt für Nutzer freigeben', ['Abbrechen', 'Freigeben']],
  ['Kubernetes Engine API aktivieren', ['Abbrechen', 'Aktivieren']],
];

/** Ordinary German console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Abbrechen',
  'Schließen',
  'Bestätigen',
  'Weiter',
  'Speichern',
  'Ich verstehe',
  'Details ansehen',
  'Wählen Sie ein Projekt aus',
  'Geben Sie den Namen des Clusters ein, um fortzufahren',
  'Dieser Vorgang kann nicht rückgängig gemacht werden.',
  'Weitere Informationen',
  'Freigeben für Nutzer',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('German (de): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('German (de): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'Cluster prod-1 gelöscht').destructive).toBe(false);
  });
});

describe('German (de): ordinary text and the table itself', () => {
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
