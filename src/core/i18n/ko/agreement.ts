import type { Agreement } from '../en/agreement.ts';

const VIEW = { client: '위탁사', customer: '고객', internal: '내부' } as const;

/** Why agreement is not computed for a choice of sessions, in Korean. */
export const agreement: Agreement = {
  'agreement.no-session': (p) => `ID가 ${p.ids.map((id) => `"${id}"`).join(', ')}인 세션이 없습니다.`,
  'agreement.outside': (p) => `${p.sessions}: ${VIEW[p.perspective]} 관점을 다루지 않는 세션입니다.`,
  'agreement.versions': (p) =>
    `세션들이 모델의 서로 다른 버전을 평가했습니다(${p.groups}). 알파는 한 버전의 평가자를 비교합니다. 한 버전의 세션을 고르세요.`,
  'agreement.scales': (p) =>
    `세션들이 서로 다른 척도를 씁니다(${p.groups}). 값을 점수별로 비교할 수 없습니다. 한 척도의 세션을 고르세요.`,
  'agreement.rater-twice': (p) =>
    p.raters.map((r) => `${r.name}의 세션이 ${r.count}개입니다(${r.sessions}). 하나만 고르세요.`).join(' '),
  'agreement.too-few': () => '일치도를 계산하려면 평가자 두 명 이상의 세션이 필요합니다.',
};
