/** Portuguese (Portugal) wording through the whole recogniser: console titles and buttons as hl=pt shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { pt as table } from './pt';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['Eliminar o cluster "prod-1"?', 'Cancelar', 'Eliminar', 'delete'],
  ['Eliminar o conjunto de nós "pool-1"', 'Cancelar', 'Eliminar', 'delete'],
  ['Pretende eliminar a instância de VM "web-1"?', 'Cancelar', 'Eliminar', 'delete'],
  ['Eliminar permanentemente o contentor "acme-logs"?', 'Cancelar', 'Eliminar contentor', 'delete'],
  ['Remover principal?', 'Cancelar', 'Remover', 'remove', 'pt'],
  ['Destruir a versão da chave 3?', 'Cancelar', 'Agendar destruição', 'destroy'],
  ['Encerrar o projeto "Acme Prod"', 'Cancelar', 'Encerrar mesmo assim', 'shut-down', 'pt'],
  ['Limpar a fila "emails"?', 'Cancelar', 'Limpar fila', 'purge', 'pt'],
  ['Libertar endereço estático?', 'Cancelar', 'Libertar', 'release', 'pt'],
  ['Repor a instância de VM "web-1"?', 'Cancelar', 'Repor', 'reset', 'pt'],
  ['Desativar a API Kubernetes Engine?', 'Cancelar', 'Desativar', 'disable', 'pt'],
  ['Desativar a faturação do projeto acme-prod?', 'Cancelar', 'Desativar faturação', 'disable', 'pt'],
  ['Tem a certeza?', 'Cancelar', 'Sim, eliminar', 'delete'],
  ['Confirmar eliminação', 'Cancelar', 'Confirmar', 'delete', 'pt'],
  ['Tem a certeza?', 'Não', 'Confirmar', 'delete', undefined, 'O cluster "prod-1" será eliminado permanentemente.'],
  ['Parar a instância de VM "web-1"?', 'Cancelar', 'Parar', 'stop', 'pt'],
  ['Suspender a VM?', 'Cancelar', 'Suspender', 'stop'],
];

const harmless: Harmless[] = [
  ['Restaurar o projeto?', ['Cancelar', 'Restaurar']],
  ['Anular a eliminação da conta de serviço', ['Cancelar', 'Anular a eliminação']],
  ['Contentores eliminados recentemente', ['Fechar', 'Restaurar']],
  ['Ativar a proteção contra eliminação', ['Cancelar', 'Guardar']],
  ['Eliminação reversível: duração da retenção', ['Cancelar', 'Guardar']],
  ['Repor colunas', ['Cancelar', 'Repor']],
  ['Repor os filtros?', ['Não', 'Repor filtros']],
  ['Repor a vista', ['Cancelar', 'OK']],
  ['Desativar notificações', ['Cancelar', 'Desativar']],
  ['Desativar sugestões', ['Fechar', 'OK']],
  ['Terminar a sessão?', ['Cancelar', 'Encerrar sessão']],
  ['Cluster eliminado', ['Anular']],
  ['Cluster eliminado', ['OK']],
  ['Criar conjunto de nós', ['Cancelar', 'Criar']],
  ['Notas de lançamento', ['Fechar']],
  ['Alterar o canal de lançamento', ['Cancelar', 'Guardar']],
  ['Ativar a API Kubernetes Engine', ['Cancelar', 'Ativar']],
];

/** Ordinary Portuguese (Portugal) console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Cancelar',
  'Fechar',
  'Confirmar',
  'Continuar',
  'Guardar',
  'Compreendo',
  'Ver detalhes',
  'Selecione um projeto',
  'Introduza o nome do cluster para continuar',
  'Esta ação não pode ser anulada.',
  'Saiba mais',
  'Partilhar com utilizadores',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Portuguese (Portugal) (pt): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('Portuguese (Portugal) (pt): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'O cluster prod-1 foi eliminado').destructive).toBe(false);
  });
});

describe('Portuguese (Portugal) (pt): ordinary text and the table itself', () => {
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
