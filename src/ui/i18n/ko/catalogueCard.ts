import type { Messages } from '../messages.ts';

export const catalogueCard: Messages['catalogueCard'] = {
  title: (name: string) => `카탈로그 카드: ${name}`,
  intro:
    '참조 모델 카탈로그에 실리는 형태의 모델 정보입니다. Fettke & Loos(2003)의 분류에 따라 일반 특성, 구축(도메인, 언어, 크기, 방법, 평가), 적용(파생 모델)으로 나뉩니다.',
  asMarkdown: 'Markdown 형식의 카탈로그 카드',
  downloadMarkdown: 'Markdown 다운로드',
  downloadJson: 'JSON 다운로드',
};
