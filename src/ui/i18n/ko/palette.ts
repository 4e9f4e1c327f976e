import type { Messages } from '../messages.ts';

export const palette: Messages['palette'] = {
  title: '팔레트',
  stepOnlyTitle: (number: number, title: string) => `${number}단계(${title})에서 쓰는 요소 유형만 사용할 수 있습니다`,
  stepOnly: (number: number) => `${number}단계 유형만`,
  search: '유형 검색…',
  searchLabel: '요소 유형 검색',
  otherTypes: (number: number, count: number) => `${number}단계에서 쓰지 않는 다른 유형 (${count})`,
  noMatch: (query: string) => `“${query}”에 맞는 유형이 없습니다.`,
  addTitle: (description: string) => `${description} 레인으로 끌어 놓거나, 클릭하면 뷰 가운데에 추가됩니다.`,
  offStepTitle: (type: string) => `${type}은(는) 현재 방법 단계에서 쓰지 않습니다.`,
};
