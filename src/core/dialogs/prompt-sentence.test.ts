import { describe, expect, it } from 'vitest';
import { consoleLanguage, promptSentence } from './prompt-sentence';

const facts = { title: 'Delete cluster?', environment: 'production', label: 'PROD', project: 'acme-prod-1' };

describe('promptSentence', () => {
  it('says what will happen and where, in the console language when we have it', () => {
    expect(promptSentence(facts, 'en-US', 'ja')).toEqual({ text: '“Delete cluster?” will act on production project acme-prod-1.', lang: 'en' });
    expect(promptSentence({ ...facts, title: 'クラスタを削除しますか？' }, 'ja', 'en')).toEqual({
      text: '「クラスタを削除しますか？」は production 環境のプロジェクト acme-prod-1 に対して実行されます。',
      lang: 'ja',
    });
  });

  it('has a sentence for a dialog with no title', () => {
    expect(promptSentence({ ...facts, title: '' }, 'en', 'en').text).toBe('This dialog will act on production project acme-prod-1.');
  });

  it('invents no prose for a console language without wording: the facts only', () => {
    expect(promptSentence({ ...facts, title: 'Cluster löschen?' }, 'de', 'en')).toEqual({ text: '“Cluster löschen?” → PROD · acme-prod-1', lang: null });
  });

  it('falls back to the extension language when the console says nothing', () => {
    expect(promptSentence(facts, '', 'ja').lang).toBe('ja');
    expect(promptSentence(facts, '', '').lang).toBe('en');
  });
});

describe('consoleLanguage', () => {
  it('is hl= first, then the page language', () => {
    expect(consoleLanguage('https://console.cloud.google.com/x?project=p&hl=pt-BR', 'en')).toBe('pt-BR');
    expect(consoleLanguage('https://console.cloud.google.com/x?project=p', 'ja')).toBe('ja');
    expect(consoleLanguage('not a url', 'fr')).toBe('fr');
  });

  it('names an AWS account or an Azure subscription as such, and the console alone while the account is not known yet', () => {
    const facts = { title: 'Delete cluster acme', environment: 'production', label: 'PROD' };
    expect(promptSentence({ ...facts, project: 'acme-prod (1111-2222-3333)', console: 'aws' }, 'en', 'en').text).toBe('“Delete cluster acme” will act on production AWS account acme-prod (1111-2222-3333).');
    expect(promptSentence({ ...facts, project: '', console: 'aws' }, 'en', 'en').text).toBe('“Delete cluster acme” will act on production AWS account (not known yet).');
    expect(promptSentence({ ...facts, project: 'sub-1', console: 'azure' }, 'ja', 'en').text).toBe('「Delete cluster acme」は production 環境のAzure サブスクリプション sub-1 に対して実行されます。');
    expect(promptSentence({ ...facts, project: '', console: 'aws' }, 'de', 'en').text).toBe('“Delete cluster acme” → PROD');
  });
});
