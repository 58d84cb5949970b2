/** The guard prompt in Chinese (Traditional) (`zh-TW`). */
import type { PromptWords } from '../types';

export const zhTW: PromptWords = {
  lang: 'zh-TW',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "確認" as the console\'s Traditional Chinese confirm button; Taiwan usage ("專案", "訂用帳戶", "分頁").',
  acts: '「{title}」將作用於 {environment} 環境：{scope}。',
  actsUntitled: '這個對話方塊將作用於 {environment} 環境：{scope}。',
  scope: { gcp: '專案 {id}', aws: 'AWS 帳戶 {id}', azure: 'Azure 訂用帳戶 {id}', site: '網站 {id}' },
  unknown: '（尚不清楚）',
  type: '輸入 {word} 以確認',
  verb: '確認',
  locked: '輸入名稱前保持鎖定。',
  unlocked: '僅針對這個對話方塊解除鎖定。',
  blocked: '已封鎖：請先輸入名稱。',
  askAgain: '對話方塊已變更：請重新閱讀並輸入名稱。',
  paste: '這裡無法貼上：請用鍵盤輸入名稱。',
  untyped: '只有您親自輸入的內容才有效：請用鍵盤輸入名稱。',
  others: '其他分頁中也已開啟：{list}',
  comma: '、',
};
