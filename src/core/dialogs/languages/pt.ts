/**
 * Portuguese, Portugal (`hl=pt`, shown as "Português (Portugal)"). Sources are
 * the pt Google Cloud docs, which quote the console's buttons and titles.
 *
 * Differences from Brazil (pt-BR.ts): Delete is `Eliminar` (as in Spanish),
 * stop is `Parar`, reset is `Repor`, release is `Libertar`, save is `Guardar`.
 */
import type { LanguageTable } from './types';

export const pt: LanguageTable = {
  lang: 'pt',
  name: 'Portuguese (Portugal)',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['eliminar', 'elimine', 'eliminá-lo', 'eliminá-la', 'eliminação', 'eliminar permanentemente'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=pt ("Antes de eliminar uma chave de conta de serviço"); https://docs.cloud.google.com/storage/docs/soft-delete?hl=pt ("eliminados permanentemente")' },
    { action: 'remove', forms: ['remover', 'remova', 'remoção', 'retirar'], source: 'IAM "Remove principal" = "Remover principal", standard Google Portuguese, chosen' },
    { action: 'destroy', forms: ['destruir', 'destrua', 'destruição', 'agendar destruição'], source: 'Cloud KMS "Destroy" = "Destruir", standard Google Portuguese, chosen' },
    { action: 'shut-down', forms: ['encerrar', 'encerre', 'encerrar projeto', 'encerrar o projeto', 'encerrar mesmo assim', 'encerramento do projeto'], source: 'project shut-down dialog ("Shut down" = "Encerrar", the same word as pt-BR), chosen: no pt page with the dialog was found' },
    { action: 'purge', forms: ['purgar', 'limpar fila', 'limpar a fila', 'esvaziar a fila'], source: 'Cloud Tasks "Purge queue" = "Limpar fila", chosen' },
    { action: 'release', forms: ['libertar', 'liberte', 'libertar endereço', 'liberar', 'libere'], source: 'Compute Engine "Release static address": pt-PT "Libertar endereço estático" (pt-BR "Liberar"), chosen' },
    { action: 'reset', forms: ['repor', 'reponha', 'reposição'], source: 'https://docs.cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt ("Suspenda, pare ou reponha instâncias")' },
    { action: 'disable', forms: ['desativar', 'desative', 'desativação', 'desativar faturação'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=pt ("Desative e ative chaves de contas de serviço")' },
    { action: 'stop', forms: ['parar', 'suspender', 'suspenda', 'suspensão'], source: 'https://docs.cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt ("Suspenda, pare ou reponha"); https://cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=pt ("Suspenda uma VM em execução")' },
  ],
  outcomes: [
    { action: 'remove', forms: ['perde todas as funções', 'perderá todas as funções', 'perde o acesso'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'delete', forms: ['será eliminado', 'será eliminada', 'serão eliminados', 'serão eliminadas', 'eliminado permanentemente', 'eliminada permanentemente', 'eliminados permanentemente'], source: 'https://docs.cloud.google.com/storage/docs/soft-delete?hl=pt ("em vez de ser eliminado permanentemente")' },
    { action: 'remove', forms: ['será removido', 'será removida', 'serão removidos'], source: 'as for remover' },
    { action: 'destroy', forms: ['será destruída', 'será destruído', 'serão destruídos'], source: 'as for destruir' },
    { action: 'shut-down', forms: ['projeto será encerrado'], source: 'as for encerrar' },
    { action: 'reset', forms: ['será reposta', 'será reposto'], source: 'as for repor' },
    { action: 'disable', forms: ['será desativado', 'será desativada', 'serão desativados'], source: 'as for desativar' },
    { action: 'stop', forms: ['será parada', 'será suspensa'], source: 'as for parar' },
  ],
  harmless: [
    { forms: ['não pode ser eliminado', 'não pode ser eliminada', 'não pode eliminar', 'não é possível eliminar'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['proteção contra eliminação', 'proteção contra a eliminação', 'proteção de eliminação', 'impedir a eliminação', 'eliminação acidental'], source: 'Compute Engine deletion protection, standard Google Portuguese, chosen' },
    { forms: ['eliminação reversível', 'eliminação temporária', 'eliminados temporariamente', 'eliminado temporariamente', 'eliminada temporariamente', 'eliminados reversivelmente', 'política de eliminação', 'retenção'], source: 'https://docs.cloud.google.com/storage/docs/soft-delete?hl=pt ("eliminação reversível", "eliminação temporária", "eliminados temporariamente")' },
    { forms: ['eliminados recentemente', 'eliminadas recentemente', 'recentemente eliminados', 'itens eliminados', 'projetos eliminados', 'eliminação pendente', 'pendente de eliminação', 'agendado para destruição', 'agendada para destruição'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", chosen' },
    { forms: ['anular a eliminação', 'anular eliminação', 'restaurar', 'recuperar'], source: 'https://docs.cloud.google.com/storage/docs/soft-delete?hl=pt ("listá-los ou restaurá-los"); IAM undelete, chosen' },
    { forms: ['remover filtro', 'remover filtros', 'remover todos os filtros', 'remover coluna', 'remover dos favoritos', 'eliminar filtro', 'eliminar filtros'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['repor colunas', 'repor as colunas', 'repor filtros', 'repor os filtros', 'repor vista', 'repor a vista', 'repor zoom', 'repor predefinições', 'repor as predefinições', 'repor palavra-passe'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['desativar notificações', 'desativar as notificações', 'desativar sugestões', 'desativar dicas', 'desativar animações', 'desativar atualização automática'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['encerrar sessão', 'encerrar a sessão', 'encerrar tutorial', 'encerrar o tutorial', 'encerrar visita guiada', 'notas de lançamento', 'notas de versão', 'canal de lançamento', 'canais de lançamento', 'libertar espaço', 'liberar espaço'], source: 'signing out and ending a tutorial are not a project shut-down; GKE release channels and notes, chosen' },
  ],
  safeActions: [
    { forms: ['restaurar', 'restaurar *', 'recuperar', 'anular a eliminação', 'anular', 'desfazer', 'ativar', 'ativar *', 'criar', 'criar *', 'adicionar', 'adicionar *', 'iniciar', 'iniciar *', 'retomar', 'retomar *'], source: 'https://docs.cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt ("retome"); https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=pt ("ative"); the opposite of each destructive verb' },
  ],
  leave: [
    { forms: ['cancelar', 'fechar', 'fechar caixa de diálogo', 'fechar a caixa de diálogo', 'não', 'não,*', 'não *', 'voltar', 'ignorar', 'manter', 'agora não', 'compreendi', 'entendi'], source: 'standard Google Portuguese for Cancel ("Cancelar") and Close ("Fechar"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'sim', 'sim,*', 'sim *', 'confirmar', 'continuar', 'prosseguir', 'compreendo', 'enviar', 'aplicar', 'concluído', 'guardar'], source: 'standard Google Portuguese for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['coluna', 'colunas', 'filtro', 'filtros', 'esquema', 'layout', 'vista', 'visualização', 'zoom', 'ordenação', 'notificação', 'notificações', 'dica', 'dicas', 'sugestão', 'sugestões', 'tabela', 'cartões', 'gráfico'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['conjunto de nós', 'conjuntos de nós', 'node pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['espaço de nomes', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['carga de trabalho', 'cargas de trabalho', 'implementação', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['grupo de instâncias', 'grupos de instâncias'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instância de base de dados'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster', 'clusters'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['instantâneo', 'instantâneos', 'snapshot'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disco', 'discos'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['contentor', 'contentores', 'bucket'], source: 'https://docs.cloud.google.com/storage/docs/soft-delete?hl=pt ("objetos e contentores")' },
    { kind: 'vm-instance', forms: ['vm', 'instância de vm', 'instância', 'instâncias', 'máquina virtual'], source: 'https://docs.cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt ("instância do Compute Engine")' },
    { kind: 'project', forms: ['projeto', 'projetos'], source: 'Resource Manager console' },
  ],
};
