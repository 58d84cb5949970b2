import { describe, expect, it } from 'vitest';
import { PhraseIndex } from './phrase-index';

function index(...forms: [string, boolean][]) {
  const phrases = new PhraseIndex<string>();
  for (const [form, unspaced] of forms) phrases.add(form, unspaced, form);
  return (text: string) => phrases.findAll(text).map(({ value, start, end }) => [value, text.slice(start, end)]);
}

describe('PhraseIndex', () => {
  it('finds spaced forms as whole words only', () => {
    const find = index(['delete', false], ['shut down', false]);
    expect(find('delete cluster?')).toEqual([['delete', 'delete']]);
    expect(find('undeleted items, deleted, deletes')).toEqual([]);
    expect(find('shut down the project')).toEqual([['shut down', 'shut down']]);
  });

  it('lets a word go on (`lösch*`) or begin earlier (`*löschung`)', () => {
    const find = index(['lösch*', false], ['*löschung', false]);
    expect(find('cluster löschen?')).toEqual([['lösch*', 'löschen']]);
    expect(find('die projektlöschung')).toEqual([['*löschung', 'projektlöschung']]);
  });

  it('keys a one-letter open form by that letter (Korean `열*`)', () => {
    const find = index(['열*', false]);
    expect(find('열을 재설정하시겠습니까?')).toEqual([['열*', '열을']]);
  });

  it('finds unspaced forms anywhere', () => {
    const find = index(['削除', true], ['シャットダウン', true]);
    expect(find('クラスタを削除しますか？')).toEqual([['削除', '削除']]);
    expect(find('プロジェクトのシャットダウン')).toEqual([['シャットダウン', 'シャットダウン']]);
  });

  it('treats punctuation and hyphens as word breaks, in forms and text alike', () => {
    const find = index(['node-pool', false]);
    expect(find('delete node pool pool-1')).toEqual([['node-pool', 'node pool']]);
  });
});
