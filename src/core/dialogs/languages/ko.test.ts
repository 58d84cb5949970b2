/** Korean wording through the whole recogniser: console titles and buttons as hl=ko shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { ko as table } from './ko';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['클러스터 \'prod-1\'을(를) 삭제하시겠습니까?', '취소', '삭제', 'delete', 'ko'],
  ['노드 풀 \'pool-1\' 삭제', '취소', '삭제', 'delete', 'ko'],
  ['VM 인스턴스 \'web-1\'을 삭제하시겠습니까?', '취소', '삭제', 'delete', 'ko'],
  ['버킷 \'acme-logs\'를 영구적으로 삭제하시겠습니까?', '취소', '버킷 삭제', 'delete', 'ko'],
  ['주 구성원을 제거하시겠습니까?', '취소', '제거', 'remove', 'ko'],
  ['키 버전 3을 폐기하시겠습니까?', '취소', '폐기 예약', 'destroy', 'ko'],
  ['프로젝트 \'Acme Prod\' 종료', '취소', '종료', 'shut-down', 'ko'],
  ['큐 비우기', '취소', '큐 비우기', 'purge', 'ko'],
  ['고정 주소를 해제하시겠습니까?', '취소', '해제', 'release', 'ko'],
  ['VM 인스턴스 \'web-1\'을 재설정하시겠습니까?', '취소', '재설정', 'reset', 'ko'],
  ['Kubernetes Engine API를 사용 중지하시겠습니까?', '취소', '사용 중지', 'disable', 'ko'],
  ['프로젝트 acme-prod의 결제를 사용 중지하시겠습니까?', '취소', '결제 사용 중지', 'disable', 'ko'],
  ['계속하시겠습니까?', '취소', '예, 삭제', 'delete', 'ko'],
  ['삭제 확인', '취소', '확인', 'delete', 'ko'],
  ['계속하시겠습니까?', '아니요', '확인', 'delete', 'ko', '클러스터 \'prod-1\'이(가) 영구적으로 삭제됩니다.'],
  ['VM 인스턴스 \'web-1\'을 중지하시겠습니까?', '취소', '중지', 'stop', 'ko'],
  ['VM을 일시중지하시겠습니까?', '취소', '일시중지', 'stop', 'ko'],
];

const harmless: Harmless[] = [
  ['프로젝트를 복원하시겠습니까?', ['취소', '복원']],
  ['서비스 계정 삭제 취소', ['닫기', '삭제 취소']],
  ['최근 삭제된 버킷', ['닫기', '복원']],
  ['삭제 보호 사용 설정', ['취소', '저장']],
  ['소프트 삭제 정책: 보관 기간', ['취소', '저장']],
  ['열 재설정', ['취소', '재설정']],
  ['필터 재설정', ['아니요', '필터 재설정']],
  ['보기 재설정', ['취소', '확인']],
  ['알림 사용 중지', ['취소', '사용 중지']],
  ['팁 사용 중지', ['닫기', '확인']],
  ['클러스터 삭제됨', ['실행취소']],
  ['클러스터가 삭제되었습니다', ['확인']],
  ['노드 풀 만들기', ['취소', '만들기']],
  ['출시 노트', ['닫기']],
  ['출시 채널 변경', ['취소', '저장']],
  ['Kubernetes Engine API 사용 설정', ['취소', '사용']],
];

/** Ordinary Korean console text: no table (of any language) may read an action into it. */
const ordinary = [
  '취소',
  '닫기',
  '확인',
  '계속',
  '저장',
  '이해했습니다',
  '세부정보 보기',
  '프로젝트 선택',
  '계속하려면 클러스터 이름을 입력하세요',
  '이 작업은 실행취소할 수 없습니다.',
  '자세히 알아보기',
  '사용자와 공유',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Korean (ko): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('Korean (ko): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['확인'], '클러스터 prod-1이(가) 삭제되었습니다').destructive).toBe(false);
  });
});

describe('Korean (ko): ordinary text and the table itself', () => {
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
