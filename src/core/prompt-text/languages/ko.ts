/** The guard prompt in Korean (`ko`). */
import type { PromptWords } from '../types';

export const ko: PromptWords = {
  lang: 'ko',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. "확인" as the console\'s Korean confirm button; polite -세요 endings as Google\'s Korean UI.',
  acts: '"{title}" 작업은 {environment} 환경에 적용됩니다: {scope}.',
  actsUntitled: '이 대화상자의 작업은 {environment} 환경에 적용됩니다: {scope}.',
  scope: { gcp: '프로젝트 {id}', aws: 'AWS 계정 {id}', azure: 'Azure 구독 {id}', site: '사이트 {id}' },
  unknown: '(아직 알 수 없음)',
  type: '확인하려면 {word}을(를) 입력하세요',
  verb: '확인',
  locked: '이름을 입력할 때까지 잠겨 있습니다.',
  unlocked: '이 대화상자에서만 잠금 해제되었습니다.',
  blocked: '차단됨: 먼저 이름을 입력하세요.',
  askAgain: '대화상자가 변경되었습니다. 다시 읽고 이름을 입력하세요.',
  paste: '여기에서는 붙여넣을 수 없습니다. 키보드로 이름을 입력하세요.',
  untyped: '직접 입력한 내용만 인정됩니다. 키보드로 이름을 입력하세요.',
  others: '다른 탭에서도 열려 있음: {list}',
  comma: ', ',
};
