import type { Messages } from '../messages.ts';

export const notices: Messages['notices'] = {
  moreTitle: '목록에서 모든 메시지 읽기',
  more: (n: number) => `메시지 목록에 ${n}개 더`,
  dismiss: '메시지 닫기',
  dismissTitle: '닫기',
  logTitle: '이 세션의 모든 메시지를 다시 읽기',
  log: (n: number) => `메시지 (${n})`,
  logLabel: '이 세션의 메시지',
  heading: '메시지',
  closeLog: '메시지 목록 닫기',
  close: '닫기',
  tone: { info: '정보', success: '성공', warning: '경고', error: '오류' },
};
