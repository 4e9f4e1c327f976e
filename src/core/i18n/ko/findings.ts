import type { FindingMessages, RuleProblem } from '../en/findings.ts';
import type { Wording } from '../text.ts';
import { labelsIn } from '../en/properties.ts';
import { patternReason } from './patterns.ts';
import { propertyProblem } from './properties.ts';

const PERSPECTIVES = { client: '고객사', customer: '최종 고객', internal: '내부' } as const;
const LANES = { areas: '영역', roles: '역할' } as const;
const EXAMPLES = { areas: '영업, 관리, 운영', roles: '고객사, BPO 사업자, 최종 고객' } as const;
const KINDS = { area: '영역', role: '역할' } as const;
const MISSING = { area: '영역', role: '역할', goal: '구조 목표' } as const;
const by = (p: { rule: string }, w: Wording) => `(규칙 ${w.quote(p.rule)})`;

function problem(x: RuleProblem, w: Wording): string {
  switch (x.kind) {
    case 'duplicate-id':
      return `다른 규칙도 ID가 ${w.quote(x.id)}입니다`;
    case 'no-type':
      return `${w.quote(x.selector)}은(는) 메타모델의 요소 유형이 아닙니다`;
    case 'no-relation-type':
      return `${w.quote(x.relation)}은(는) 관계 유형이 아닙니다`;
    case 'no-property':
      return `${w.selector(x.selector)}에는 ${w.quote(x.property)} 속성이 없습니다`;
  }
}

/** The validation findings in Korean: the call-centre and COPC terms Korean practitioners use. */
export const findings: FindingMessages = {
  'naming.duplicate': (p, w) =>
    `${w.type(p.type)} 유형의 요소 ${p.count}개가 모두 ${w.quote(p.name)}(이)라는 이름입니다.`,
  'design.naming-rules': () =>
    '설계 목표에 명명 규칙이 없습니다(예: 프로세스는 목적어 + 동사형 명사, 비즈니스 객체는 명사).',
  'element.isolated': (p, w) => `${w.element(p.element)}에 다른 요소와의 관계가 없습니다.`,
  'metamodel.property-values': (p, w) =>
    `${w.element(p.element)}: ${p.problems.map((x) => propertyProblem(x, labelsIn(x, w))).join(' ')}`,
  'metamodel.unknown-type': (p, w) =>
    `${w.quote(p.name)}의 유형 ${w.quote(p.type)}은(는) ${w.metamodel} 메타모델에 정의되어 있지 않습니다.`,
  'metamodel.unknown-relation-type': (p, w) =>
    `관계 ${w.quote(p.relation)}의 유형 ${w.quote(p.type)}은(는) ${w.metamodel} 메타모델에 정의되어 있지 않습니다.`,
  'metamodel.relation-not-allowed': (p, w) =>
    `${w.element(p.source)} → ${w.element(p.target)}: ${w.type(p.source.type)}에서 ${w.type(p.target.type)}(으)로의 ${w.quote(w.relationLabel(p.relation))} 관계는 허용되지 않습니다(${w.relationDescription(p.relation).replace(/\.$/, '') || '메타모델이 허용하지 않음'}).${
      p.allowed.length
        ? ` 둘 사이에 허용되는 관계: ${p.allowed.map((id) => w.quote(w.relationLabel(id))).join(', ')}.`
        : ' 둘을 잇는 관계 유형이 없습니다.'
    }`,
  'goal.defined': () => '모델에 구조 목표(목적, 범위, 사용자, 상세 수준)가 없습니다.',
  'goal.testable': (p, w) => `구조 목표 ${w.quote(p.goal)}에 검증 가능하게 하는 인수 기준이 없습니다.`,
  'goal.perspectives': (p, w) => `${w.list(p.missing.map((m) => PERSPECTIVES[m]))} 관점을 다루는 구조 목표가 없습니다.`,
  'goal.unserved': (p, w) => `구조 목표 ${w.quote(p.goal)}에 기여하는 요소가 없습니다.`,
  'element.serves-no-goal': (p, w) => `${w.element(p.element)}이(가) 기여하는 구조 목표가 없습니다.`,
  'macro.no-lanes': (p) => `참조 프레임워크에 ${LANES[p.lanes]}이 없습니다(예: ${EXAMPLES[p.lanes]}).`,
  'macro.same-name': (p, w) => `${LANES[p.lanes]} ${p.count}개의 이름이 모두 ${w.quote(p.name)}입니다.`,
  'lane.empty': (p, w) => `${KINDS[p.kind]} ${w.quote(p.name)}에 요소가 없습니다.`,
  'element.undecided-optional': (p, w) =>
    `${w.element(p.element)}은(는) 아직 선택 사항("?")으로 표시되어 있습니다: 유지하거나 삭제하십시오.`,
  'process.no-cell': (p, w) =>
    `${w.element(p.element)}은(는) 참조 프레임워크에 셀이 없습니다: ${
      p.lacks === 'both' ? '영역과 역할' : p.lacks === 'area' ? '영역' : '역할'
    }이 지정되지 않았습니다.`,
  'process.no-responsible': (p, w) => `${w.element(p.element)}을(를) 담당하는 조직 단위나 직무가 없습니다.`,
  'process.no-io': (p, w) => `${w.element(p.element)}에 입력 또는 산출 비즈니스 객체가 없습니다.`,
  'process.no-measure': (p, w) => `${w.element(p.element)}을(를) 측정하는 품질 지표가 없습니다.`,
  'measure.measures-nothing': (p, w) => `${w.element(p.element)}이(가) 측정하는 프로세스가 없습니다.`,
  'reference.dangling-relation': (p, w) =>
    `관계 ${w.quote(p.relation)}(${p.type})이(가) 가리키는 요소 ${w.list(p.missing.map((id) => w.quote(id)))}이(가) 존재하지 않습니다.`,
  'reference.dangling-element': (p, w) =>
    `${w.element(p.element)}이(가) 참조하는 ${w.list(p.missing.map((m) => `${MISSING[m.kind]} ${w.quote(m.id)}`))}이(가) 모델에 없습니다.`,
  'reference.dangling-view': (p, w) =>
    `뷰 ${w.quote(p.view)}이(가) 보여 주는 ${w.list(p.missing.map((id) => w.quote(id)))}이(가) 모델에 없습니다.`,
  'copc.required-metrics': (p, w) =>
    `${w.element(p.element)}은(는) COPC ${p.copc} ${w.quote(w.data('catalogues/copc-2000.json', `entries/${p.entry}/name`, p.process))}을(를) 구현하지만 ${w.list(
      p.lacking.map((l) => (l.count > 1 ? `${l.category}(${l.count}개 중 ${l.have}개)` : l.category)),
    )} 지표가 없습니다.`,
  'view.perspectives': (p, w) => `모델에 ${w.list(p.missing.map((m) => PERSPECTIVES[m]))} 관점의 뷰가 없습니다.`,
  'view.too-many-elements': (p, w) =>
    `뷰 ${w.quote(p.view)}에 요소가 ${p.shown}개 있습니다. 설계 목표는 뷰당 ${p.limit}개까지 허용합니다.`,
  'element.in-no-view': (p, w) => `${w.element(p.element)}이(가) 어떤 뷰에도 나타나지 않습니다.`,
  'view.empty': (p, w) => `뷰 ${w.quote(p.view)}에 요소가 없습니다.`,
  'view.perspective-empty': (p, w) =>
    `뷰 ${w.quote(p.view)}은(는) ${PERSPECTIVES[p.perspective]} 뷰이지만 ${p.role} 역할의 요소가 없습니다.`,
  'object.no-area': (p, w) => `${w.element(p.element)}이(가) 어느 영역에도 속하지 않습니다.`,
  'validation.unknown-profile': (p, w) =>
    `모델이 요청한 검증 프로파일 ${w.quote(p.profile)}이(가) Refmod에 없어 기본 프로파일을 사용합니다.`,
  'validation.unknown-override': (p, w) => `심각도 변경이 존재하지 않는 규칙 ${w.quote(p.rule)}을(를) 가리킵니다.`,
  'validation.unknown-suppression': (p, w) =>
    `${w.quote(p.target)}에 대한 숨김 설정이 존재하지 않는 규칙 ${w.quote(p.rule)}을(를) 가리킵니다.`,
  'validation.rule-problems': (p, w) =>
    `규칙 ${w.quote(p.rule)}이(가) 의도대로 작동할 수 없습니다: ${p.problems.map((x) => problem(x, w)).join('; ')}.`,
  'naming.rule': (p, w) =>
    `${w.element(p.element)}: ${p.breaks
      .map(
        (b) =>
          `${b.language ? `${w.language(b.language)} 이름 ${w.quote(b.name)}이(가)` : '이름이'} 명명 규칙 ${w.list(
            b.rules.map((r) => `${w.quote(r.rule)}${r.example ? `(예: ${w.quote(r.example)})` : ''}`),
          )}을(를) 어깁니다`,
      )
      .join('; ')}.`,
  'naming.unusable-pattern': (p, w) =>
    `명명 규칙 ${w.quote(p.rule)}을(를) ${p.language ? `${w.language(p.language)} 이름에 대해 ` : ''}검사할 수 없습니다: 패턴 /${p.pattern}/을(를) 쓸 수 없습니다(${patternReason(p.reason)}).`,
  'user.no-value': (p, w) =>
    `${w.element(p.element)}에 ${w.quote(w.property(p.element.type, p.property))} 값이 없습니다${by(p, w)}.`,
  'user.too-few': (p, w) =>
    `${p.per === 'area' ? '영역' : '역할'} ${w.quote(p.lane)}에 ${w.selector(p.what)}이(가) ${p.count}개 있어 ${p.min}개보다 적습니다${by(p, w)}.`,
  'user.too-many': (p, w) =>
    `${p.per === 'area' ? '영역' : '역할'} ${w.quote(p.lane)}에 ${w.selector(p.what)}이(가) ${p.count}개 있어 ${p.max}개보다 많습니다${by(p, w)}.`,
  'user.name-mismatch': (p, w) =>
    `${w.element(p.element)}의 이름이 패턴 /${p.pattern}/와(과) 맞지 않습니다${by(p, w)}.`,
  'user.unusable-pattern': (p, w) =>
    `규칙 ${w.quote(p.rule)}을(를) 검사할 수 없습니다: 패턴 /${p.pattern}/을(를) 쓸 수 없습니다(${patternReason(p.reason)}).`,
  'user.no-relation': (p, w) =>
    p.outgoing
      ? `${w.element(p.element)}에서 ${w.selector(p.other)}(으)로 가는 ${w.quote(w.relationLabel(p.relation))} 관계가 없습니다${by(p, w)}.`
      : `${w.selector(p.other)}에서 ${w.element(p.element)}(으)로 오는 ${w.quote(w.relationLabel(p.relation))} 관계가 없습니다${by(p, w)}.`,
};
