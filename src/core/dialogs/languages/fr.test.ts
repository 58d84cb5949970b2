/** French wording through the whole recogniser: console titles and buttons as hl=fr shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { fr as table } from './fr';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['Supprimer le cluster « prod-1 » ?', 'Annuler', 'Supprimer', 'delete', 'fr'],
  ['Supprimer le pool de nœuds « pool-1 »', 'Annuler', 'Supprimer', 'delete', 'fr'],
  ['Voulez-vous supprimer l’instance de VM « web-1 » ?', 'Annuler', 'Supprimer', 'delete', 'fr'],
  ['Supprimer définitivement le bucket « acme-logs » ?', 'Annuler', 'Supprimer le bucket', 'delete', 'fr'],
  ['Retirer le compte principal ?', 'Annuler', 'Retirer', 'remove', 'fr'],
  ['Détruire la version de clé 3 ?', 'Annuler', 'Programmer la destruction', 'destroy'],
  ['Arrêter le projet « Acme Prod »', 'Annuler', 'Arrêter quand même', 'shut-down', 'fr'],
  ['Arrêter le projet « Acme Prod » ?', 'Annuler', 'Arrêter', 'shut-down', 'fr'],
  ['Purger la file d’attente « emails » ?', 'Annuler', 'Purger', 'purge', 'fr'],
  ['Libérer l’adresse statique ?', 'Annuler', 'Libérer', 'release', 'fr'],
  ['Réinitialiser l’instance de VM « web-1 » ?', 'Annuler', 'Réinitialiser', 'reset', 'fr'],
  ['Désactiver l’API Kubernetes Engine ?', 'Annuler', 'Désactiver', 'disable', 'fr'],
  ['Désactiver la facturation pour le projet acme-prod ?', 'Annuler', 'Désactiver la facturation', 'disable', 'fr'],
  ['Êtes-vous sûr ?', 'Annuler', 'Oui, supprimer', 'delete', 'fr'],
  ['Suppression d’une instance de VM', 'Annuler', 'Confirmer', 'delete', 'fr'],
  ['Confirmer la suppression', 'Annuler', 'Confirmer', 'delete', 'fr'],
  ['Êtes-vous sûr ?', 'Non', 'Confirmer', 'delete', 'fr', 'Le cluster « prod-1 » sera supprimé définitivement.'],
  ['Arrêter l’instance de VM « web-1 » ?', 'Annuler', 'Arrêter', 'stop', 'fr'],
  ['Suspendre la VM ?', 'Annuler', 'Suspendre', 'stop', 'fr'],
];

const harmless: Harmless[] = [
  ['Restaurer le projet ?', ['Annuler', 'Restaurer']],
  ['Annuler la suppression du compte de service', ['Annuler', 'Annuler la suppression']],
  ['Buckets récemment supprimés', ['Fermer', 'Restaurer']],
  ['Activer la protection contre la suppression', ['Annuler', 'Enregistrer']],
  ['Suppression réversible : durée de conservation', ['Annuler', 'Enregistrer']],
  ['Réinitialiser les colonnes', ['Annuler', 'Réinitialiser']],
  ['Réinitialiser les filtres ?', ['Non', 'Réinitialiser les filtres']],
  ['Réinitialiser la vue', ['Annuler', 'OK']],
  ['Désactiver les notifications', ['Annuler', 'Désactiver']],
  ['Désactiver les astuces', ['Fermer', 'OK']],
  ['Supprimer le filtre', ['Annuler', 'Supprimer tous les filtres']],
  ['Cluster supprimé', ['Annuler']],
  ['Cluster supprimé', ['OK']],
  ['Créer un pool de nœuds', ['Annuler', 'Créer']],
  ['Notes de version', ['Fermer']],
  ['Modifier le canal de publication', ['Annuler', 'Enregistrer']],
  ['Activer l’API Kubernetes Engine', ['Annuler', 'Activer']],
];

/** Ordinary French console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Annuler',
  'Fermer',
  'Confirmer',
  'Continuer',
  'Enregistrer',
  'Je comprends',
  'Afficher les détails',
  'Sélectionnez un projet',
  'Saisissez le nom du cluster pour continuer',
  'Cette action est irréversible.',
  'En savoir plus',
  'Partager avec des utilisateurs',
  'Alert suppression policy',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('French (fr): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('French (fr): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'Cluster prod-1 supprimé').destructive).toBe(false);
  });
});

describe('French (fr): ordinary text and the table itself', () => {
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
