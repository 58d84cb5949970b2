/**
 * Italian (`hl=it`). Sources are the Italian Google Cloud docs, which quote
 * the console's buttons and titles ("Fai clic su Elimina").
 *
 * Italian quirks: `Arresta` is the VM stop; `rilascio` is both the address
 * release and a software release ("note di rilascio", "canale di rilascio"),
 * so only the verbs `rilascia`/`rilasciare` are actions. `Chiudi` is Close and
 * may also be the project "Shut down": only "chiudi il progetto" counts, and
 * Close is listed exactly. `Annulla` is both Cancel and Undo.
 */
import type { LanguageTable } from './types';

export const it: LanguageTable = {
  lang: 'it',
  name: 'Italian',
  script: 'spaced',
  actions: [
    { action: 'purge', forms: ['svuotare la coda', 'svuotare coda'], source: 'infinitive question form of Svuota coda (Svuotare la coda?), chosen' },
    { action: 'delete', forms: ['elimina', 'eliminare', 'eliminarlo', 'eliminarla', 'eliminarli', 'eliminazione', 'elimina definitivamente', 'eliminazione definitiva'], source: 'https://docs.cloud.google.com/memorystore/docs/cluster/delete-instances?hl=it ("Elimina cluster", "Fai clic su Elimina", "fai clic su Elimina")' },
    { action: 'remove', forms: ['rimuovi', 'rimuovere', 'rimozione'], source: 'IAM "Remove principal" = "Rimuovi entità", standard Google Italian, chosen' },
    { action: 'destroy', forms: ['distruggi', 'distruggere', 'distruzione', 'pianifica la distruzione'], source: 'https://cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=it ("Distruzione della versione di una chiave")' },
    { action: 'shut-down', forms: ['arresta il progetto', 'arrestare il progetto', 'arresto del progetto', 'chiudi il progetto', 'chiudere il progetto', 'chiudi progetto', 'chiusura del progetto', 'chiudi comunque', 'arresta comunque'], source: 'project shut-down dialog, chosen: no it page with the dialog was found; both "Arresta" and "Chiudi" are plausible, only with "progetto"' },
    { action: 'purge', forms: ['svuota la coda', 'svuota coda', 'elimina definitivamente tutte le attività'], source: 'Cloud Tasks "Purge queue" = "Svuota coda", chosen' },
    { action: 'release', forms: ['rilascia', 'rilasciare', 'rilascia indirizzo', 'rilasciare l\'indirizzo', 'rilasciare l’indirizzo'], source: 'Compute Engine "Release static address" = "Rilascia indirizzo statico", standard Google Italian, chosen' },
    { action: 'reset', forms: ['reimposta', 'reimpostare', 'reimpostazione', 'resetta', 'resettare'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-reset-instance?hl=it ("Resetta un\'istanza VM", "reimpostazione allo stato iniziale"); https://documentation.s3ns.fr/compute/docs/instances/restarting-an-instance?hl=it ("Sospendi, arresta o reimposta")' },
    { action: 'disable', forms: ['disattiva', 'disattivare', 'disattivazione', 'disabilita', 'disabilitare', 'disattiva la fatturazione'], source: 'https://developers.google.cn/workspace/guides/view-turn-off-apis?hl=it ("Fai clic su Disattiva", "Disattiva API")' },
    { action: 'stop', forms: ['arresta', 'arrestare', 'arresto', 'interrompi', 'sospendi', 'sospendere', 'sospensione'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=it ("Arresta un\'istanza VM"); https://cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=it ("Sospendi una VM")' },
  ],
  outcomes: [
    { action: 'delete', forms: ['verrà eliminato', 'verrà eliminata', 'verranno eliminati', 'verranno eliminate', 'sarà eliminato', 'sarà eliminata', 'saranno eliminati', 'saranno eliminate', 'eliminato definitivamente', 'eliminata definitivamente', 'eliminati definitivamente'], source: 'dialog descriptions ("verrà eliminato definitivamente")' },
    { action: 'remove', forms: ['verrà rimosso', 'verrà rimossa', 'verranno rimossi'], source: 'as for rimuovi' },
    { action: 'destroy', forms: ['verrà distrutta', 'verrà distrutto', 'verranno distrutte'], source: 'as for distruggi' },
    { action: 'shut-down', forms: ['progetto verrà arrestato', 'progetto verrà chiuso'], source: 'as for arresta il progetto' },
    { action: 'reset', forms: ['verrà reimpostata', 'verrà reimpostato'], source: 'as for reimposta' },
    { action: 'disable', forms: ['verrà disattivato', 'verrà disattivata', 'verranno disattivati', 'verranno disattivate'], source: 'as for disattiva' },
    { action: 'stop', forms: ['verrà arrestata', 'verrà sospesa'], source: 'as for arresta' },
  ],
  harmless: [
    { forms: ['non può essere eliminato', 'non può essere eliminata', 'impossibile eliminare', 'non è possibile eliminare'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['protezione dall\'eliminazione', 'protezione dall’eliminazione', 'protezione da eliminazione', 'protezione contro l\'eliminazione', 'protezione contro l’eliminazione', 'impedire l\'eliminazione', 'impedire l’eliminazione', 'eliminazione accidentale'], source: 'https://docs.cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=it ("protezione dall\'eliminazione")' },
    { forms: ['eliminazione temporanea', 'eliminazione reversibile', 'eliminati temporaneamente', 'eliminato temporaneamente', 'eliminata temporaneamente', 'criterio di eliminazione', 'criteri di eliminazione', 'conservazione'], source: 'Cloud Storage soft delete ("eliminazione temporanea") and deletion policies, chosen' },
    { forms: ['eliminati di recente', 'eliminate di recente', 'eliminati recentemente', 'eliminato di recente', 'elementi eliminati', 'progetti eliminati', 'in attesa di eliminazione', 'eliminazione in attesa', 'eliminazione pianificata', 'distruzione pianificata', 'pianificata per la distruzione'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", chosen' },
    { forms: ['annulla l\'eliminazione', 'annulla l’eliminazione', 'annulla eliminazione', 'annullare l\'eliminazione', 'annullare l’eliminazione', 'ripristina', 'recupera'], source: 'IAM undelete, restore ("Ripristina"), chosen' },
    { forms: ['rimuovi filtro', 'rimuovi filtri', 'rimuovi tutti i filtri', 'rimuovi colonna', 'rimuovi dai preferiti', 'rimuovi il blocco'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['reimposta colonne', 'reimposta le colonne', 'reimpostare le colonne', 'reimposta filtri', 'reimposta i filtri', 'reimpostare i filtri', 'reimpostare la visualizzazione', 'reimposta visualizzazione', 'reimposta la visualizzazione', 'reimposta vista', 'reimposta zoom', 'reimposta ordinamento', 'reimposta layout', 'reimposta password', 'reimposta la password', 'reimposta valori predefiniti', 'reimposta i valori predefiniti'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['disattiva notifiche', 'disattiva le notifiche', 'disattiva suggerimenti', 'disattiva i suggerimenti', 'disattiva animazioni', 'disattiva aggiornamento automatico', 'disattiva scorciatoie da tastiera'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['note di rilascio', 'note sulla versione', 'note sulle versioni', 'canale di rilascio', 'canali di rilascio', 'versione di rilascio', 'rilascio della versione', 'nuovo rilascio'], source: 'GKE release channels ("canale di rilascio") and release notes: Italian "rilascio" is also a software release' },
  ],
  safeActions: [
    { forms: ['ripristina', 'ripristina *', 'recupera', 'annulla l\'eliminazione', 'annulla l’eliminazione', 'attiva', 'attiva *', 'abilita', 'abilita *', 'crea', 'crea *', 'aggiungi', 'aggiungi *', 'avvia', 'avvia *', 'riprendi', 'riprendi *'], source: 'the opposite direction of each destructive verb, as the console labels it (Ripristina, Attiva, Crea, Avvia, Riprendi)' },
  ],
  leave: [
    { forms: ['annulla', 'chiudi', 'chiudi finestra di dialogo', 'chiudi la finestra di dialogo', 'no', 'no,*', 'no *', 'indietro', 'ignora', 'non ora', 'mantieni', 'ho capito'], source: 'standard Google Italian for Cancel ("Annulla") and Close ("Chiudi"); "Chiudi" listed exactly because the project shut-down may also say "Chiudi"' },
  ],
  confirm: [
    { forms: ['ok', 'sì', 'sì,*', 'sì *', 'conferma', 'continua', 'procedi', 'capisco', 'invia', 'applica', 'fine', 'fatto', 'salva'], source: 'standard Google Italian for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['colonna', 'colonne', 'filtro', 'filtri', 'layout', 'visualizzazione', 'vista', 'zoom', 'ordinamento', 'notifica', 'notifiche', 'suggerimento', 'suggerimenti', 'consiglio', 'consigli', 'tabella', 'schede', 'grafico'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['pool di nodi', 'node pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['spazio dei nomi', 'spazi dei nomi', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['carico di lavoro', 'carichi di lavoro', 'workload', 'deployment', 'pod'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['gruppo di istanze', 'gruppi di istanze'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'istanza di database'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster'], source: 'https://docs.cloud.google.com/memorystore/docs/cluster/delete-instances?hl=it ("Elimina cluster")' },
    { kind: 'snapshot', forms: ['snapshot', 'istantanea', 'istantanee'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disco', 'dischi'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['bucket'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'istanza vm', 'istanze vm', 'istanza', 'istanze', 'macchina virtuale'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=it ("Arresta un\'istanza VM")' },
    { kind: 'project', forms: ['progetto', 'progetti'], source: 'Resource Manager console' },
  ],
};
