/** Portuguese (Brazil) wording through the whole recogniser: console titles and buttons as hl=pt-BR shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { ptBR as table } from './pt-BR';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['Excluir o cluster "prod-1"?', 'Cancelar', 'Excluir', 'delete', 'pt-BR'],
  ['Excluir o pool de nós "pool-1"', 'Cancelar', 'Excluir', 'delete', 'pt-BR'],
  ['Quer excluir a instância de VM "web-1"?', 'Cancelar', 'Excluir', 'delete', 'pt-BR'],
  ['Excluir permanentemente o bucket "acme-logs"?', 'Cancelar', 'Excluir bucket', 'delete', 'pt-BR'],
  ['Remover principal?', 'Cancelar', 'Remover', 'remove'],
  ['Destruir a versão da chave 3?', 'Cancelar', 'Programar destruição', 'destroy'],
  ['Encerrar o projeto "Acme Prod"', 'Cancelar', 'Encerrar mesmo assim', 'shut-down'],
  ['Limpar a fila "emails"?', 'Cancelar', 'Limpar fila', 'purge'],
  ['Liberar endereço estático?', 'Cancelar', 'Liberar', 'release'],
  ['Redefinir a instância de VM "web-1"?', 'Cancelar', 'Redefinir', 'reset', 'pt-BR'],
  ['Desativar a API Kubernetes Engine?', 'Cancelar', 'Desativar', 'disable'],
  ['Desativar o faturamento do projeto acme-prod?', 'Cancelar', 'Desativar faturamento', 'disable'],
  ['Tem certeza?', 'Cancelar', 'Sim, excluir', 'delete', 'pt-BR'],
  ['Confirmar exclusão', 'Cancelar', 'Confirmar', 'delete', 'pt-BR'],
  ['Tem certeza?', 'Não', 'Confirmar', 'delete', 'pt-BR', 'O cluster "prod-1" será excluído permanentemente.'],
  ['Interromper a instância de VM "web-1"?', 'Cancelar', 'Interromper', 'stop', 'pt-BR'],
  ['Suspender a VM?', 'Cancelar', 'Suspender', 'stop'],
];

const harmless: Harmless[] = [
  ['Restaurar o projeto?', ['Cancelar', 'Restaurar']],
  ['Cancelar a exclusão da conta de serviço', ['Fechar', 'Cancelar exclusão']],
  ['Buckets excluídos recentemente', ['Fechar', 'Restaurar']],
  ['Ativar a proteção contra exclusão', ['Cancelar', 'Salvar']],
  ['Exclusão reversível: duração da retenção', ['Cancelar', 'Salvar']],
  ['Redefinir colunas', ['Cancelar', 'Redefinir']],
  ['Redefinir os filtros?', ['Não', 'Redefinir filtros']],
  ['Redefinir visualização', ['Cancelar', 'OK']],
  ['Desativar notificações', ['Cancelar', 'Desativar']],
  ['Desativar dicas', ['Fechar', 'OK']],
  ['Sair da conta?', ['Cancelar', 'Encerrar sessão']],
  ['Cluster excluído', ['Desfazer']],
  ['Cluster excluído', ['OK']],
  ['Criar pool de nós', ['Cancelar', 'Criar']],
  ['Notas da versão', ['Fechar']],
  ['Alterar o canal de lançamento', ['Cancelar', 'Salvar']],
  ['Ativar a API Kubernetes Engine', ['Cancelar', 'Ativar']],
];

/** Ordinary Portuguese (Brazil) console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Cancelar',
  'Fechar',
  'Confirmar',
  'Continuar',
  'Salvar',
  'Eu entendo',
  'Ver detalhes',
  'Selecione um projeto',
  'Digite o nome do cluster para continuar',
  'Essa ação não pode ser desfeita.',
  'Saiba mais',
  'Compartilhar com usuários',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Portuguese (Brazil) (pt-BR): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('Portuguese (Brazil) (pt-BR): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'O cluster prod-1 foi excluído').destructive).toBe(false);
  });
});

describe('Portuguese (Brazil) (pt-BR): ordinary text and the table itself', () => {
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
