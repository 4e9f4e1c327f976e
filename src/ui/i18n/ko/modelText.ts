import type { Messages } from '../messages.ts';

export const modelText: Messages['modelText'] = {
  standIn: (language: string, own: string) => `아직 ${language} 이름이 없음: ${own}(으)로 표시`,
  translations: '번역',
  translationsHint: (own: string) =>
    `이 모델은 ${own}(으)로 작성되었습니다. 번역이 비어 있으면 이 언어를 선택한 곳마다 ${own} 텍스트가 표시와 함께 나타납니다.`,
  nameIn: (language: string) => `${language} 이름`,
  descriptionIn: (language: string) => `${language} 설명`,
  missing: '없음',
};
