import type { Messages } from '../messages.ts';

export const inspector: Messages['inspector'] = {
  summary: '모델 요약',
  counts: (elements: string, relations: string, views: string) =>
    `요소 ${elements}개 · 관계 ${relations}개 · 뷰 ${views}개`,
  by: (authors: string) => ` · 작성: ${authors}`,
  hint: '편집하려면 요소나 관계를 선택하세요. 여러 개를 선택하면 정렬할 수 있습니다.',
  sources: '출처',
};
