import type { Messages } from '../messages.ts';

export const a11y: Messages['a11y'] = {
  skipLinks: '건너뛰기 링크',
  toCanvas: '캔버스로 건너뛰기',
  toSidePanel: '사이드 패널로 건너뛰기',
  connectTo: '연결 대상…',
  selectFirst: '먼저 요소 하나를 선택하세요. 그다음 C로 다른 요소와 연결합니다.',
  connectLabel: (source: string, target: string) => `${source} → ${target} 연결`,
  notConnected: (why: string) => `연결되지 않음: ${why}`,
  connected: (source: string, relation: string, target: string) => `연결됨: ${source} ${relation} ${target}.`,
  connectNamed: (source: string) => `“${source}”을(를) 연결할 대상…`,
  chooseAnother: '다른 요소 선택',
  relationType: '관계 유형',
  connect: '연결',
  cancel: '취소',
  find: '연결할 요소 찾기',
  findPlaceholder: '이름 또는 유형…',
  candidates: '이 요소와 연결할 수 있는 요소',
  none: (source: string, query: string) =>
    `이 뷰에는 “${source}”에서 연결할 수 있는 요소${query ? ` 중 “${query}”에 맞는 것` : ''}이 없습니다.`,
};
