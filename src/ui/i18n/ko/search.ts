import type { Messages } from '../messages.ts';

export const search: Messages['search'] = {
  placeholder: '이름이나 유형으로 요소 찾기…',
  label: '요소 찾기',
  matches: '찾은 항목',
  noMatch: (query: string) => `이 뷰에 “${query}”에 맞는 요소가 없습니다.`,
};
