/**
 * French (`hl=fr`). Sources are the French Google Cloud docs, which quote the
 * console's buttons and titles.
 *
 * French quirks: `Arrêter` is how the console says "Stop" for a VM, and also
 * how it says "Shut down" for a project: only "arrêter le projet" is shut-down.
 * `Annuler` is both Cancel and Undo (it stays a leave label). The noun
 * `suppression` is only taken with its article or complement ("la
 * suppression", "suppression du cluster"): bare, it is also English.
 */
import type { LanguageTable } from './types';

export const fr: LanguageTable = {
  lang: 'fr',
  name: 'French',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['supprimer', 'supprimez', 'la suppression', 'suppression du', 'suppression de', 'suppression des', 'suppression d\'*', 'suppression d’*', 'suppression définitive', 'supprimer définitivement', 'supprime définitivement'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=fr ("protection contre la suppression"); "Supprimer" is the standard Google French label for Delete' },
    { action: 'remove', forms: ['retirer', 'retirez', 'retrait'], source: 'standard Google French for "Remove" besides "Supprimer" (IAM "Supprimer le compte principal" is caught by supprimer), chosen' },
    { action: 'destroy', forms: ['détruire', 'détruisez', 'destruction', 'programmer la destruction'], source: 'https://cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=fr ("Détruire une version de clé", "Programmer la destruction")' },
    { action: 'shut-down', forms: ['arrêter le projet', 'arrêter ce projet', 'arrêter quand même', 'arrêt du projet', 'fermer le projet'], source: 'project shut-down dialog: "Shut down" = "Arrêter" ("saisissez l\'ID du projet, puis cliquez sur Arrêter", recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus); only with "projet", since "Arrêter" alone is the VM stop' },
    { action: 'purge', forms: ['purger', 'purgez', 'purger la file', 'purger la file d\'attente', 'purger la file d’attente', 'vider la file', 'vider la file d\'attente', 'vider la file d’attente'], source: 'Cloud Tasks "Purge queue" ("Purger la file d\'attente"), standard Google French, chosen' },
    { action: 'release', forms: ['libérer', 'libérez', 'libération de l\'adresse', 'libération de l’adresse'], source: 'Compute Engine "Release static address" = "Libérer l\'adresse statique", standard Google French, chosen' },
    { action: 'reset', forms: ['réinitialiser', 'réinitialisez', 'réinitialisation'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-reset-instance?hl=fr ("Réinitialiser une instance de VM")' },
    { action: 'disable', forms: ['désactiver', 'désactivez', 'désactivation', 'désactiver la facturation'], source: 'Service Usage "Disable API" = "Désactiver l\'API", standard Google French, chosen (the other Latin-script docs say the same verb: de deaktivieren, it disattiva)' },
    { action: 'stop', forms: ['arrêter', 'arrêtez', 'arrêt', 'suspendre', 'suspendez', 'suspension'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=fr ("Arrêter une instance de VM"); https://cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=fr ("Suspendre une VM")' },
  ],
  outcomes: [
    { action: 'remove', forms: ['perd tous ses rôles', 'perdra tous ses rôles', 'perd tous les rôles'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'disable', forms: ['cesseront de fonctionner', 'cessera de fonctionner', 'ne fonctionneront plus'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'delete', forms: ['sera supprimé', 'sera supprimée', 'seront supprimés', 'seront supprimées', 'définitivement supprimé', 'définitivement supprimée', 'définitivement supprimés', 'supprimé définitivement', 'supprimée définitivement', 'supprimés définitivement'], source: 'dialog descriptions ("sera supprimé définitivement")' },
    { action: 'remove', forms: ['sera retiré', 'sera retirée', 'seront retirés'], source: 'as for retirer' },
    { action: 'destroy', forms: ['sera détruit', 'sera détruite', 'seront détruits', 'seront détruites'], source: 'as for détruire' },
    { action: 'shut-down', forms: ['projet sera arrêté'], source: 'as for arrêter le projet' },
    { action: 'release', forms: ['sera libérée', 'sera libéré'], source: 'as for libérer' },
    { action: 'reset', forms: ['sera réinitialisé', 'sera réinitialisée'], source: 'as for réinitialiser' },
    { action: 'disable', forms: ['sera désactivé', 'sera désactivée', 'seront désactivés', 'seront désactivées'], source: 'as for désactiver' },
    { action: 'stop', forms: ['sera arrêtée', 'sera suspendue'], source: 'as for arrêter' },
  ],
  harmless: [
    { forms: ['ne peut pas être supprimé', 'ne peut pas être supprimée', 'ne peuvent pas être supprimés', 'impossible de supprimer'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['protection contre la suppression', 'protection contre les suppressions', 'empêcher la suppression', 'suppression accidentelle', 'protéger contre la suppression'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=fr ("Activez la protection contre la suppression")' },
    { forms: ['suppression réversible', 'suppression temporaire', 'supprimé de manière réversible', 'supprimés de manière réversible', 'règle de suppression', 'règles de suppression', 'stratégie de suppression', 'conservation'], source: 'Cloud Storage soft delete ("suppression réversible"), deletion policies, chosen' },
    { forms: ['récemment supprimé', 'récemment supprimés', 'récemment supprimée', 'récemment supprimées', 'supprimés récemment', 'éléments supprimés', 'projets supprimés', 'en attente de suppression', 'suppression en attente', 'destruction programmée'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction" state, lists of deleted items' },
    { forms: ['annuler la suppression', 'restaurer', 'récupérer'], source: 'IAM service accounts undelete ("Annuler la suppression"), restore, chosen' },
    { forms: ['supprimer le filtre', 'supprimer les filtres', 'supprimer tous les filtres', 'supprimer la colonne', 'supprimer des favoris', 'retirer le filtre', 'retirer des favoris', 'retirer l\'épingle', 'retirer l’épingle'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['réinitialiser les colonnes', 'réinitialiser la largeur des colonnes', 'réinitialiser les filtres', 'réinitialiser le filtre', 'réinitialiser la vue', 'réinitialiser l\'affichage', 'réinitialiser l’affichage', 'réinitialiser le zoom', 'réinitialiser le tri', 'réinitialiser la mise en page', 'réinitialiser le mot de passe', 'réinitialisation du mot de passe', 'réinitialiser les paramètres par défaut'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['désactiver les notifications', 'désactiver les conseils', 'désactiver les astuces', 'désactiver les animations', 'désactiver l\'actualisation automatique', 'désactiver l’actualisation automatique', 'désactiver les raccourcis clavier', 'désactiver le thème sombre'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['notes de version', 'version disponible', 'canal de publication', 'canaux de publication', 'libérer de l\'espace', 'libérer de l’espace'], source: 'GKE release channels and release notes; freeing space is not releasing an address, chosen' },
  ],
  safeActions: [
    { forms: ['restaurer', 'restaurer *', 'annuler la suppression', 'récupérer', 'activer', 'activer *', 'créer', 'créer *', 'ajouter', 'ajouter *', 'démarrer', 'démarrer *', 'reprendre', 'reprendre *', 'rétablir'], source: 'the opposite direction of each destructive verb, as the console labels it (Restaurer, Activer, Créer, Démarrer, Reprendre)' },
  ],
  leave: [
    { forms: ['annuler', 'fermer', 'fermer*', 'non', 'non,*', 'non *', 'retour', 'revenir', 'ignorer', 'pas maintenant', 'conserver', 'j\'ai compris', 'j’ai compris', 'compris'], source: 'standard Google French for Cancel ("Annuler") and Close ("Fermer"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'oui', 'oui,*', 'oui *', 'confirmer', 'continuer', 'poursuivre', 'je comprends', 'envoyer', 'appliquer', 'terminé', 'enregistrer', 'valider'], source: 'standard Google French for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['colonne', 'colonnes', 'filtre', 'filtres', 'mise en page', 'disposition', 'vue', 'zoom', 'tri', 'notification', 'notifications', 'conseil', 'conseils', 'astuce', 'astuces', 'tableau', 'fiches', 'cartes', 'graphique'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['pool de nœuds', 'pools de nœuds', 'pool de noeuds', 'pools de noeuds'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['espace de noms', 'espaces de noms', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['charge de travail', 'charges de travail', 'déploiement', 'déploiements', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['groupe d\'instances', 'groupe d’instances', 'groupes d\'instances', 'groupes d’instances'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instance de base de données'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster', 'clusters'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['instantané', 'instantanés', 'snapshot'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disque', 'disques'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['bucket', 'buckets'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'instance de vm', 'instances de vm', 'instance', 'instances', 'machine virtuelle'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-stop-instance?hl=fr ("instance de VM")' },
    { kind: 'project', forms: ['projet', 'projets'], source: 'Resource Manager console' },
  ],
};
