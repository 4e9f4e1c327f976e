import type { Messages } from '../messages.ts';

export const explain: Messages['explain'] = {
  title: '이 요소에 대하여',
  source: '출처',
  openSource: '새 탭에서 출처 열기',
  citation: '전체 인용',
  inGlossary: '용어집에서',
  openGlossaryAt: (term: string) => `용어집에서 “${term}” 열기`,
};
