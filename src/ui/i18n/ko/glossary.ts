import type { Messages } from '../messages.ts';

export const glossary: Messages['glossary'] = {
  title: '용어집',
  search: '용어와 정의 검색…',
  searchLabel: '용어집 검색',
  matching: (shown: number, all: number) => `용어 ${all}개 중 ${shown}개`,
  count: (all: number) => `용어 ${all}개, 하위 용어는 들여쓰기`,
  terms: '용어',
  noMatch: (query: string) => `“${query}”에 맞는 용어가 없습니다. “CRM”이나 “프로세스”처럼 더 짧은 단어로 찾아보세요.`,
  source: '출처',
  hierarchy: '계층',
  standalone: '독립된 개념입니다. 이 용어집에 상위 또는 하위 용어가 없습니다.',
  inModel: '열린 모델에서',
  inModelNamed: (model: string) => `“${model}”에서`,
  showElement: '캔버스에서 이 요소 보기',
  more: (n: number) => `외 ${n}개`,
};
