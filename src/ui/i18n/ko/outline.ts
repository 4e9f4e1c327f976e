import type { Messages } from '../messages.ts';

export const outline: Messages['outline'] = {
  title: '개요',
  noArea: '영역 없음',
  noRole: '역할 없음',
  tree: (view: string) => `${view} 뷰의 요소`,
  element: (name: string, type: string, role: string, relations: number) =>
    `${name}, ${type}, ${role}${relations ? `, 관계 ${relations}개` : ''}`,
  more: (next: number, shown: number, total: number) => `${next}개 더 보기 (${total}개 중 ${shown}개 표시)`,
  relation: (name: string) => `관계: ${name}`,
};
