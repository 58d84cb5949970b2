/** The guard prompt in Chinese (Simplified) (`zh-CN`). */
import type { PromptWords } from '../types';

export const zhCN: PromptWords = {
  lang: 'zh-CN',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "确认" as the console\'s Simplified Chinese confirm button; full-width punctuation.',
  acts: '“{title}”将作用于 {environment} 环境：{scope}。',
  actsUntitled: '此对话框将作用于 {environment} 环境：{scope}。',
  scope: { gcp: '项目 {id}', aws: 'AWS 账号 {id}', azure: 'Azure 订阅 {id}', site: '站点 {id}' },
  unknown: '（尚不清楚）',
  type: '输入 {word} 以确认',
  verb: '确认',
  locked: '输入名称前保持锁定。',
  unlocked: '仅为此对话框解锁。',
  blocked: '已阻止：请先输入名称。',
  askAgain: '对话框已更改：请重新阅读并输入名称。',
  paste: '此处不能粘贴：请用键盘输入名称。',
  untyped: '只有您亲自键入的内容才有效：请用键盘输入名称。',
  others: '其他标签页中也已打开：{list}',
  comma: '、',
};
