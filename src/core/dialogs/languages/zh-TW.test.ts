/** Chinese (Traditional) wording through the whole recogniser: console titles and buttons as hl=zh-TW shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { zhTW as table } from './zh-TW';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['要刪除叢集「prod-1」嗎？', '取消', '刪除', 'delete', 'zh-TW'],
  ['刪除節點集區「pool-1」', '取消', '刪除', 'delete', 'zh-TW'],
  ['確定要刪除 VM 執行個體「web-1」嗎？', '取消', '刪除', 'delete', 'zh-TW'],
  ['要永久刪除值區「acme-logs」嗎？', '取消', '刪除值區', 'delete', 'zh-TW'],
  ['要移除主體嗎？', '取消', '移除', 'remove'],
  ['要銷毀金鑰版本 3 嗎？', '取消', '排定銷毀', 'destroy', 'zh-TW'],
  ['關閉專案「Acme Prod」', '取消', '仍要關閉', 'shut-down', 'zh-TW'],
  ['要清除佇列「emails」嗎？', '取消', '清除佇列', 'purge', 'zh-TW'],
  ['要釋出靜態位址嗎？', '取消', '釋出', 'release', 'zh-TW'],
  ['要重設 VM 執行個體「web-1」嗎？', '取消', '重設', 'reset', 'zh-TW'],
  ['要停用 Kubernetes Engine API 嗎？', '取消', '停用', 'disable'],
  ['確定嗎？', '取消', '是，刪除', 'delete', 'zh-TW'],
  ['確認刪除', '取消', '確認', 'delete', 'zh-TW'],
  ['確定要繼續嗎？', '否', '確認', 'delete', 'zh-TW', '叢集「prod-1」將永久刪除。'],
  ['要終止工作「job-1」嗎？', '取消', '終止', 'terminate', 'zh-TW'],
  ['要停止 VM 執行個體「web-1」嗎？', '取消', '停止', 'stop'],
  ['要暫停 VM 嗎？', '取消', '暫停', 'stop', 'zh-TW'],
];

const harmless: Harmless[] = [
  ['要還原專案嗎？', ['取消', '還原']],
  ['取消刪除服務帳戶', ['關閉', '取消刪除']],
  ['最近刪除的值區', ['關閉', '還原']],
  ['啟用刪除防護', ['取消', '儲存']],
  ['虛刪除政策：保留期限', ['取消', '儲存']],
  ['重設欄', ['取消', '重設']],
  ['要重設篩選器嗎？', ['否', '重設篩選器']],
  ['重設檢視', ['取消', '確定']],
  ['停用通知', ['取消', '停用']],
  ['關閉通知', ['關閉', '確定']],
  ['叢集已刪除', ['復原']],
  ['叢集已刪除', ['確定']],
  ['建立節點集區', ['取消', '建立']],
  ['版本資訊', ['關閉']],
  ['變更發布管道', ['取消', '儲存']],
  ['啟用 Kubernetes Engine API', ['取消', '啟用']],
];

/** Ordinary Chinese (Traditional) console text: no table (of any language) may read an action into it. */
const ordinary = [
  '取消',
  '關閉',
  '確認',
  '繼續',
  '儲存',
  '我瞭解',
  '查看詳細資料',
  '選取專案',
  '輸入叢集名稱以繼續',
  '這項操作無法復原。',
  '瞭解詳情',
  '與使用者共用',
];

/** Cases the engine gets wrong today (see the report); kept as written. */
const knownGaps: Destructive[] = [
  ['要關閉專案「Acme Prod」嗎？', '取消', '關閉', 'shut-down', 'zh-TW'],
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Chinese (Traditional) (zh-TW): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });

  // Once an engine gap, now fixed: the word is also a leave (or lent) word, and still read right.
  for (const [title, leave, confirm, action, lang] of knownGaps) {
    it(`${title} [${leave} | ${confirm}] -> ${action}, confirm guarded`, () => {
      const verdict = judge(title, [leave, confirm]);
      expect(verdict).toMatchObject({ destructive: true, action });
      if (lang) expect(verdict.lang).toBe(lang);
      expect(verdict.buttonRoles).toEqual(['free', 'action']);
    });
  }
});

describe('Chinese (Traditional) (zh-TW): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['確定'], '叢集 prod-1 已刪除').destructive).toBe(false);
  });
});

describe('Chinese (Traditional) (zh-TW): ordinary text and the table itself', () => {
  it.each(ordinary)('%s reads as no action', (text) => {
    expect(findAction(text)).toBeNull();
  });

  it('every leave, confirm and safe label reads as no action', () => {
    const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
    expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
  });

  it('forms are normalised, unique, sourced, and use * only at an end', () => {
    const inText = new Set<object>([...table.actions, ...table.outcomes, ...table.harmless, ...table.resources]);
    for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.resources]) {
      expect(entry.source.length).toBeGreaterThan(5);
      expect(new Set(entry.forms).size).toBe(entry.forms.length);
      for (const form of entry.forms) {
        expect(normaliseText(form)).toBe(form);
        expect(form.slice(1, -1)).not.toContain('*');
        // Found anywhere in running text: a single character would fire inside unrelated words.
        if (inText.has(entry)) expect(form.replaceAll('*', '').length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
