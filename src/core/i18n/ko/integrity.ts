import type { IdPart, Integrity } from '../en/integrity.ts';

const PARTS: Record<IdPart, string> = {
  area: '영역',
  role: '역할',
  'structural goal': '구조 목표',
  source: '출처',
  view: '뷰',
  'naming rule': '명명 규칙',
  evaluation: '평가',
  element: '요소',
  relation: '관계',
};

/** Why a model's references do not hold together, in Korean. */
export const integrity: Integrity = {
  'integrity.duplicate-id': (p) => `${PARTS[p.part]} 두 개가 같은 ID "${p.id}"를 씁니다. ID는 고유해야 합니다.`,
  'integrity.element-and-relation-id': (p) => `요소와 관계가 같은 ID "${p.id}"를 씁니다. ID는 고유해야 합니다.`,
  'integrity.unknown-element-type': (p) =>
    `요소 "${p.name}"의 유형 "${p.type}": ${p.metamodel} 메타모델에 정의되지 않은 유형입니다.`,
  'integrity.unknown-area': (p) => `요소 "${p.name}"의 영역 "${p.area}": 매크로 구조에 정의되지 않은 영역입니다.`,
  'integrity.unknown-role': (p) => `요소 "${p.name}"의 역할 "${p.role}": 매크로 구조에 정의되지 않은 역할입니다.`,
  'integrity.unknown-goal': (p) => `요소 "${p.name}"의 목표 "${p.goal}": 이 모델의 구조 목표가 아닙니다.`,
  'integrity.unknown-source': (p) => `요소 "${p.name}"의 출처 "${p.source}": meta.sources에 없는 출처입니다.`,
  'integrity.unknown-relation-type': (p) =>
    `관계 "${p.id}"의 유형 "${p.type}": ${p.metamodel} 메타모델에 정의되지 않은 유형입니다.`,
  'integrity.missing-end': (p) => `관계 "${p.id}"가 가리키는 요소 "${p.element}": 존재하지 않는 요소입니다.`,
  'integrity.view-shows-missing': (p) => `뷰 "${p.view}"에 표시된 요소 "${p.element}": 존재하지 않는 요소입니다.`,
  'integrity.view-places-missing': (p) => `뷰 "${p.view}"에 배치된 요소 "${p.element}": 존재하지 않는 요소입니다.`,
  'integrity.glossary-unknown-source': (p) =>
    `용어집 용어 "${p.term}"의 출처 "${p.source}": meta.sources에 없는 출처입니다.`,
};
