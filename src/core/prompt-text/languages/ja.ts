/** The guard prompt in Japanese (`ja`). */
import type { PromptWords } from '../types';

export const ja: PromptWords = {
  lang: 'ja',
  source: 'The extension\'s Japanese (public/_locales/ja, same translator); 確認 as the console\'s 確認 button; 「」 as Google\'s Japanese UI quotes titles.',
  acts: '「{title}」は {environment} 環境の{scope} に対して実行されます。',
  actsUntitled: 'このダイアログは {environment} 環境の{scope} に対して実行されます。',
  scope: { gcp: 'プロジェクト {id}', aws: 'AWS アカウント {id}', azure: 'Azure サブスクリプション {id}', site: 'サイト {id}' },
  unknown: '(まだ確認できていません)',
  type: '確認のため {word} と入力してください',
  verb: '確認',
  locked: 'ロック中: 名前を入力するまで操作は無効です。',
  unlocked: 'このダイアログに限りロックを解除しました。',
  blocked: 'ブロックしました: 先に名前を入力してください。',
  askAgain: 'ダイアログの内容が変わりました: もう一度読んで名前を入力してください。',
  paste: 'ここでは貼り付けできません: キーボードで名前を入力してください。',
  untyped: 'ご自身のキー入力だけが有効です: キーボードで名前を入力してください。',
  others: '別のタブでも開いています: {list}',
  comma: '、',
};
