/**
 * Korean (`hl=ko`). Sources are the Korean Google Cloud docs, which quote the
 * console's buttons and titles.
 *
 * Korean quirks: particles and endings attach to the word
 * (`삭제하시겠습니까`, `삭제됨`), so forms end in `*`, and the report forms
 * (`삭제됨`, `삭제된`, `삭제되었습니다`) are harmless. `사용 중지` is
 * "disable" (destructive) while `중지` alone is "stop"; `삭제 취소` is
 * "undelete". `해제` alone is also "deselect"/"unpin", so only "주소 해제" is
 * a release. `종료` is the project "Shut down".
 */
import type { LanguageTable } from './types';

export const ko: LanguageTable = {
  lang: 'ko',
  name: 'Korean',
  script: 'spaced',
  actions: [
    { action: 'release', forms: ['*를 해제하시겠습니까*', '*을 해제하시겠습니까*'], source: 'question form (주소)를 해제하시겠습니까? with the name between noun and verb; chosen' },
    { action: 'delete', forms: ['*삭제*'], source: 'https://cloud.google.com/dataproc/docs/quickstarts/quickstart-explorer-delete?hl=ko ("클러스터 삭제", "삭제할 기존 클러스터"); https://docs.cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=ko ("서비스 계정 삭제")' },
    { action: 'remove', forms: ['제거*', '*에서 제거*'], source: 'IAM "Remove principal" is "주 구성원 삭제" in the console (caught by 삭제); "제거" is the other Google Korean word for Remove, chosen' },
    { action: 'destroy', forms: ['폐기*', '*폐기*'], source: 'https://cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=ko ("키 버전 폐기", "폐기를 예약합니다")' },
    { action: 'shut-down', forms: ['종료', '종료하시겠습니까*', '종료합니다*', '종료하기', '프로젝트 종료*', '*프로젝트를 종료*', '그래도 종료*'], source: 'project shut-down dialog: "Shut down" = "종료" ("프로젝트 ID를 입력한 후 종료를 클릭하여 프로젝트를 삭제합니다", recalled from the localized tutorials\' "Clean up" step, not shown by any page in the search corpus)' },
    { action: 'purge', forms: ['큐 비우기', '큐를 비우*', '영구 삭제*'], source: 'Cloud Tasks "Purge queue", chosen ("영구 삭제" is also a delete)' },
    { action: 'release', forms: ['주소 해제*', '고정 주소 해제*', '외부 주소 해제*', 'ip 주소 해제*', '*주소를 해제*'], source: 'Compute Engine "Release static address" = "고정 주소 해제", chosen as phrases: "해제" alone is also deselect/unpin/detach' },
    { action: 'reset', forms: ['재설정*'], source: 'https://documentation.s3ns.fr/compute/docs/instances/stop-start-instance?hl=ko ("인스턴스 일시중지, 중지 또는 재설정")' },
    { action: 'disable', forms: ['사용 중지*', '사용중지*', '비활성화*', '결제 사용 중지*'], source: 'https://cloud.google.com/service-usage/docs/enable-disable?hl=ko ("서비스 사용 설정 및 중지"); https://cloud.google.com/iam/docs/keys-disable-enable?hl=ko ("서비스 계정 키 사용 중지 및 사용 설정")' },
    { action: 'stop', forms: ['중지*', '일시중지*', '일시 중지*'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=ko ("VM 인스턴스 중지"); https://documentation.s3ns.fr/compute/docs/instances/stop-start-instance?hl=ko ("일시중지, 중지 또는 재설정")' },
  ],
  outcomes: [
    { action: 'delete', forms: ['*삭제됩니다', '영구적으로 삭제*'], source: 'dialog descriptions ("영구적으로 삭제됩니다"); https://cloud.google.com/storage/docs/soft-delete?hl=ko ("영구적으로 삭제")' },
    { action: 'destroy', forms: ['*폐기됩니다'], source: 'as for 폐기' },
    { action: 'shut-down', forms: ['*종료됩니다'], source: 'as for 종료' },
    { action: 'reset', forms: ['*재설정됩니다'], source: 'as for 재설정' },
    { action: 'disable', forms: ['*사용 중지됩니다'], source: 'as for 사용 중지' },
    { action: 'stop', forms: ['*중지됩니다'], source: 'as for 중지' },
  ],
  harmless: [
    { forms: ['선택을 해제*', '선택 해제*', '고정 해제*', '고정을 해제*', '음소거 해제*'], source: 'deselect, unpin, unmute: not a release; chosen' },
    { forms: ['삭제할 수 없*', '삭제될 수 없*'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['삭제 보호*', '삭제 방지*', '*삭제로부터 보호*', '실수로 삭제*', '삭제되지 않도록*'], source: 'https://cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=ko ("기존 VM의 삭제 방지 설정 변경", "삭제 보호를 사용 설정")' },
    { forms: ['소프트 삭제*', '삭제 정책*', '보관 기간*', '하드 삭제*'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=ko ("소프트 삭제", "소프트 삭제 정책", "보관 기간")' },
    { forms: ['*삭제됨', '*삭제된', '*삭제되었습니다', '*삭제했습니다', '최근 삭제*', '삭제 예정*', '삭제 대기*', '삭제 예약됨', '*폐기됨', '폐기 예약됨', '폐기 예정*', '*사용 중지됨', '*중지됨'], source: 'status reports and lists ("소프트 삭제된 객체", "삭제됨", "폐기 예약됨"): a report is not a request' },
    { forms: ['삭제 취소*', '*삭제를 취소*', '복원*'], source: 'https://docs.cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=ko ("서비스 계정 삭제 및 삭제 취소"); https://cloud.google.com/storage/docs/soft-delete?hl=ko ("나열하거나 복원하는 것")' },
    { forms: ['필터 삭제*', '필터 제거*', '모든 필터 삭제*', '열 제거*', '즐겨찾기에서 삭제*', '즐겨찾기에서 제거*', '고정 해제*', '선택 해제*'], source: 'table filter chips and pinned products, chosen: UI state destroys nothing' },
    { forms: ['열 재설정*', '필터 재설정*', '보기 재설정*', '뷰 재설정*', '확대/축소 재설정*', '정렬 재설정*', '레이아웃 재설정*', '비밀번호 재설정*', '기본값으로 재설정*'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['알림 사용 중지*', '알림 끄기', '팁 사용 중지*', '도움말 사용 중지*', '애니메이션 사용 중지*', '자동 새로고침 사용 중지*', '둘러보기 종료*', '투어 종료*', '튜토리얼 종료*', '세션 종료*'], source: 'console preferences, help panels and tours, chosen: UI settings destroy nothing' },
    { forms: ['출시 노트', '출시 채널*', '버전 노트'], source: 'GKE release channels and release notes; no overlap with "해제", listed for completeness' },
  ],
  safeActions: [
    { forms: ['복원', '복원*', '삭제 취소', '실행취소', '실행 취소', '사용 설정', '사용 설정*', '사용', '만들기', '*만들기', '추가', '*추가', '시작', '*시작', '재개', '다시 시작'], source: 'https://cloud.google.com/iam/docs/keys-disable-enable?hl=ko ("사용 설정"); https://docs.cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=ko ("삭제 취소"); the opposite of each destructive verb' },
  ],
  leave: [
    { forms: ['취소', '닫기', '대화상자 닫기', '아니요', '아니요,*', '뒤로', '뒤로 가기', '돌아가기', '유지', '나중에', '무시'], source: 'standard Google Korean for Cancel ("취소") and Close ("닫기"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['확인', '예', '예,*', '계속', '계속하기', '진행', '이해했습니다', '동의', '제출', '적용', '완료', '저장'], source: 'standard Google Korean for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['열*', '필터*', '레이아웃*', '보기*', '확대/축소*', '정렬*', '알림*', '도움말*', '팁*', '표*', '카드*', '차트*'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['노드 풀*', '노드풀*'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['네임스페이스*'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['워크로드*', '배포*', '포드*', 'pod*'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['인스턴스 그룹*'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql*', '데이터베이스 인스턴스*'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['클러스터*'], source: 'https://cloud.google.com/dataproc/docs/quickstarts/quickstart-explorer-delete?hl=ko ("클러스터 삭제")' },
    { kind: 'snapshot', forms: ['스냅샷*'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['디스크*'], source: 'https://documentation.s3ns.fr/compute/docs/instances/stop-start-instance?hl=ko ("디스크")' },
    { kind: 'storage-bucket', forms: ['버킷*'], source: 'https://cloud.google.com/storage/docs/soft-delete?hl=ko ("버킷")' },
    { kind: 'vm-instance', forms: ['vm*', 'vm 인스턴스*', '인스턴스*', '가상 머신*'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=ko ("VM 인스턴스 중지")' },
    { kind: 'project', forms: ['프로젝트*'], source: 'Resource Manager console' },
  ],
};
