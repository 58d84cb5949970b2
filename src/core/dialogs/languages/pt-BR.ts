/**
 * Portuguese, Brazil (`hl=pt-BR`). Sources are the pt-BR Google Cloud docs,
 * which quote the console's buttons and titles.
 *
 * Differences from Portugal (pt.ts): Delete is `Excluir`, stop is
 * `Interromper`, reset is `Redefinir`, release is `Liberar`, save is `Salvar`.
 * `Excluir` means "exclude" in Spanish; no Spanish console dialog is known to
 * confirm an exclusion with that bare word.
 */
import type { LanguageTable } from './types';

export const ptBR: LanguageTable = {
  lang: 'pt-BR',
  name: 'Portuguese (Brazil)',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['excluir', 'exclua', 'excluí-lo', 'excluí-la', 'exclusão', 'excluir permanentemente'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=pt-br ("Antes de excluir uma chave de conta de serviço"); https://cloud.google.com/storage/docs/soft-delete?hl=pt-br ("excluído permanentemente")' },
    { action: 'remove', forms: ['remover', 'remova', 'remoção'], source: 'IAM "Remove principal" = "Remover principal", standard Google Portuguese, chosen' },
    { action: 'destroy', forms: ['destruir', 'destrua', 'destruição', 'programar destruição', 'programar a destruição'], source: 'Cloud KMS "Destroy" = "Destruir", standard Google Portuguese, chosen' },
    { action: 'shut-down', forms: ['encerrar', 'encerre', 'encerrar projeto', 'encerrar o projeto', 'encerrar mesmo assim', 'encerramento do projeto'], source: 'project shut-down dialog: "Shut down" = "Encerrar" ("digite o ID do projeto e clique em Encerrar para excluí-lo", recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus)' },
    { action: 'purge', forms: ['limpar fila', 'limpar a fila', 'esvaziar a fila', 'limpar permanentemente'], source: 'Cloud Tasks "Purge queue" = "Limpar fila", chosen' },
    { action: 'release', forms: ['liberar', 'libere', 'liberar endereço', 'liberar o endereço'], source: 'Compute Engine "Release static address" = "Liberar endereço estático", standard Google Portuguese, chosen' },
    { action: 'reset', forms: ['redefinir', 'redefina', 'redefinição'], source: 'https://cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt-br ("suspender, interromper ou redefinir instâncias")' },
    { action: 'disable', forms: ['desativar', 'desative', 'desativação', 'desativar faturamento', 'desativar o faturamento'], source: 'https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=pt-br ("Desativar e ativar chaves de conta de serviço")' },
    { action: 'stop', forms: ['interromper', 'interrompa', 'interrupção', 'parar', 'suspender', 'suspenda', 'suspensão'], source: 'https://cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt-br ("Suspender, interromper ou redefinir", "Suspender ou retomar")' },
  ],
  outcomes: [
    { action: 'remove', forms: ['perde todos os papéis', 'perde todas as funções', 'perderá todos os papéis', 'perde o acesso'], source: 'consequences the console announces in a description when title and button are generic; chosen from its description patterns' },
    { action: 'delete', forms: ['será excluído', 'será excluída', 'serão excluídos', 'serão excluídas', 'excluído permanentemente', 'excluída permanentemente', 'excluídos permanentemente'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=pt-br ("em vez de ser excluído permanentemente")' },
    { action: 'remove', forms: ['será removido', 'será removida', 'serão removidos'], source: 'as for remover' },
    { action: 'destroy', forms: ['será destruída', 'será destruído', 'serão destruídos'], source: 'as for destruir' },
    { action: 'shut-down', forms: ['projeto será encerrado'], source: 'as for encerrar' },
    { action: 'reset', forms: ['será redefinida', 'será redefinido'], source: 'as for redefinir' },
    { action: 'disable', forms: ['será desativado', 'será desativada', 'serão desativados'], source: 'as for desativar' },
    { action: 'stop', forms: ['será interrompida', 'será suspensa'], source: 'as for interromper' },
  ],
  harmless: [
    { forms: ['não pode ser excluído', 'não pode ser excluída', 'não é possível excluir', 'não pode excluir'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['proteção contra exclusão', 'proteção contra a exclusão', 'proteção de exclusão', 'impedir a exclusão', 'exclusão acidental'], source: 'Compute Engine deletion protection, standard Google Portuguese, chosen' },
    { forms: ['exclusão reversível', 'exclusão temporária', 'excluídos de forma reversível', 'excluído de forma reversível', 'excluídos de forma temporária', 'excluído de forma temporária', 'excluídos de maneira reversível', 'política de exclusão', 'retenção'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=pt-br ("exclusão reversível", "excluídos de forma temporária")' },
    { forms: ['excluídos recentemente', 'excluídas recentemente', 'excluído recentemente', 'recentemente excluídos', 'itens excluídos', 'projetos excluídos', 'exclusão pendente', 'aguardando exclusão', 'programada para destruição', 'programado para destruição'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", chosen' },
    { forms: ['cancelar exclusão', 'cancelar a exclusão', 'desfazer exclusão', 'desfazer a exclusão', 'restaurar', 'recuperar'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=pt-br ("listar ou restaurar"); IAM undelete, chosen' },
    { forms: ['remover filtro', 'remover filtros', 'remover todos os filtros', 'remover coluna', 'remover dos favoritos', 'excluir filtro', 'excluir filtros'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['redefinir colunas', 'redefinir as colunas', 'redefinir filtros', 'redefinir os filtros', 'redefinir visualização', 'redefinir a visualização', 'redefinir zoom', 'redefinir senha', 'redefinir a senha', 'redefinir padrões', 'redefinir para o padrão'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['desativar notificações', 'desativar as notificações', 'desativar sugestões', 'desativar dicas', 'desativar animações', 'desativar atualização automática'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['encerrar sessão', 'encerrar a sessão', 'encerrar tutorial', 'encerrar o tutorial', 'encerrar tour', 'notas da versão', 'notas de lançamento', 'canal de lançamento', 'canais de lançamento', 'liberar espaço'], source: 'signing out and ending a tutorial are not a project shut-down; GKE release channels and notes, chosen' },
  ],
  safeActions: [
    { forms: ['restaurar', 'restaurar *', 'recuperar', 'cancelar exclusão', 'desfazer', 'ativar', 'ativar *', 'criar', 'criar *', 'adicionar', 'adicionar *', 'iniciar', 'iniciar *', 'retomar', 'retomar *'], source: 'https://cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt-br ("retomar"); https://documentation.s3ns.fr/iam/docs/keys-disable-enable?hl=pt-br ("ativar"); the opposite of each destructive verb' },
  ],
  leave: [
    { forms: ['cancelar', 'fechar', 'fechar caixa de diálogo', 'fechar a caixa de diálogo', 'não', 'não,*', 'não *', 'voltar', 'dispensar', 'manter', 'agora não', 'entendi'], source: 'standard Google Portuguese for Cancel ("Cancelar") and Close ("Fechar"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'sim', 'sim,*', 'sim *', 'confirmar', 'continuar', 'prosseguir', 'entendo', 'eu entendo', 'enviar', 'aplicar', 'concluído', 'salvar'], source: 'standard Google Portuguese for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['coluna', 'colunas', 'filtro', 'filtros', 'layout', 'visualização', 'zoom', 'ordenação', 'classificação', 'notificação', 'notificações', 'dica', 'dicas', 'sugestão', 'sugestões', 'tabela', 'cards', 'cartões', 'gráfico'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['pool de nós', 'pools de nós', 'node pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['namespace', 'namespaces'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['carga de trabalho', 'cargas de trabalho', 'implantação', 'implantações', 'pod', 'pods'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['grupo de instâncias', 'grupos de instâncias'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instância de banco de dados'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster', 'clusters'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['snapshot', 'snapshots', 'instantâneo'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disco', 'discos'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['bucket', 'buckets'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=pt-br ("objetos e buckets")' },
    { kind: 'vm-instance', forms: ['vm', 'instância de vm', 'instância', 'instâncias', 'máquina virtual'], source: 'https://cloud.google.com/compute/docs/instances/suspend-resume-instance?hl=pt-br ("instância do Compute Engine")' },
    { kind: 'project', forms: ['projeto', 'projetos'], source: 'Resource Manager console' },
  ],
};
