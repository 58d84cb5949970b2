/**
 * Wording that differs between consoles (ActionWords.consoles): the judge reads a word the way the console
 * the dialog is on means it, and, when the console is not known, the destructive reading wins.
 */
import { describe, expect, it } from 'vitest';
import type { ConsoleId } from '../../consoles/ids';
import { judgeDialog } from './judge';

const judge = (title: string, labels: string[], where?: ConsoleId, description?: string) =>
  judgeDialog({ title, accessibleName: '', description, console: where, buttons: labels.map((label) => ({ label, inActions: true })) });

describe('German "Beenden": AWS terminate, Google Cloud stop', () => {
  it('AWS EC2 "Instanz beenden?" [Beenden] is a guarded terminate', () => {
    expect(judge('Instanz beenden?', ['Abbrechen', 'Beenden'], 'aws')).toMatchObject({ destructive: true, action: 'terminate', buttonRoles: ['free', 'action'] });
  });

  it('AWS EC2 "Instance beenden (löschen)?" with a generic confirm is a guarded terminate', () => {
    expect(judge('Instance beenden (löschen)?', ['Abbrechen', 'Bestätigen'], 'aws')).toMatchObject({ destructive: true, action: 'terminate' });
  });

  it('AWS: a generic dialog whose description says the instance "wird beendet" is a guarded terminate', () => {
    expect(judge('Sind Sie sicher?', ['Abbrechen', 'Bestätigen'], 'aws', 'Die Instanz i-0abc wird beendet.')).toMatchObject({ destructive: true, action: 'terminate' });
  });

  it('Google Cloud "Instanz beenden?" [Beenden] stays the stop verdict, not a deletion', () => {
    const verdict = judge('Instanz beenden?', ['Abbrechen', 'Beenden'], 'gcp');
    expect(verdict).toMatchObject({ destructive: false, action: 'stop' });
    expect(verdict.action).not.toBe('delete');
  });

  it('Azure, where no entry names it, also reads the stop', () => {
    expect(judge('VM beenden?', ['Abbrechen', 'Beenden'], 'azure')).toMatchObject({ destructive: false, action: 'stop' });
  });

  it('console unknown: every entry applies and the destructive one wins (fail closed)', () => {
    expect(judge('Instanz beenden?', ['Abbrechen', 'Beenden'])).toMatchObject({ destructive: true, action: 'terminate' });
  });

  it('AWS "Stoppen" is still the stop', () => {
    expect(judge('Instanz stoppen?', ['Abbrechen', 'Stoppen'], 'aws')).toMatchObject({ destructive: false, action: 'stop' });
  });
});

describe('Turkish EC2 "Sonlandır" (terminate)', () => {
  it('AWS "Örneği sonlandır?" [Sonlandır] is a guarded terminate', () => {
    expect(judge('Örneği sonlandır?', ['İptal', 'Sonlandır'], 'aws')).toMatchObject({ destructive: true, action: 'terminate', lang: 'tr', buttonRoles: ['free', 'action'] });
  });

  it('AWS "Örneği durdur?" [Durdur] is the stop', () => {
    expect(judge('Örneği durdur?', ['İptal', 'Durdur'], 'aws')).toMatchObject({ destructive: false, action: 'stop' });
  });
});
