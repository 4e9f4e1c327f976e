import type { CommandMessages, RefusalMessages } from '../en/commands.ts';
import type { Text, Wording } from '../text.ts';
import { imports } from './imports.ts';
import { patternReason } from './patterns.ts';
import { problems } from './problems.ts';
import { agreement } from './agreement.ts';

const elements = (p: { count: number; name: string }) => (p.count === 1 ? p.name : `요소 ${p.count}개`);
// "개" takes 를; a name may end in a vowel or a consonant.
const object = (p: { count: number; name: string }) => (p.count === 1 ? `${p.name}을(를)` : `요소 ${p.count}개를`);
const LANE = { area: '영역', role: '역할' } as const;
const SEVERITY = { error: '오류', warning: '경고', info: '참고' } as const;
const ADAPTATION = { adopted: '채택', specialised: '특수화', extended: '확장', renamed: '이름 변경' } as const;
const STATUS = {
  'not-started': '시작 전',
  'in-progress': '진행 중',
  done: '완료',
  'done-with-warnings': '경고와 함께 완료',
} as const;
const ACTION = {
  entered: '진입',
  completed: '완료',
  'gate-skipped': '완료 기준 건너뜀',
  decision: '결정',
  reopened: '다시 열기',
} as const;

/** The commands' names in Korean, as the undo and redo buttons and the history show them. */
export const commands: CommandMessages = {
  'element.add': (p) => `${p.name} 추가`,
  'element.rename-to': (p) => `${p.name}(으)로 이름 변경`,
  'element.edit-fields': (p) => `${p.id}의 ${p.fields.join(', ')} 편집`,
  'element.translate': (p, w) => `${w.language(p.language)} ${p.field === 'name' ? '이름' : '설명'}: ${p.name}`,
  'element.keep-optional': (p) => `${p.name} 유지("?" 결정)`,
  'element.drop-missing-references': (p) => `${p.id}의 없는 참조 삭제`,
  'element.place-in-area': (p, w) => `${p.name}을(를) ${w.quote(p.area)} 영역에 배치`,
  'element.put-in-cell': (p, w) =>
    `${[
      p.area && `${w.quote(p.area.lane)} 영역(${w.quote(p.area.like)}처럼)`,
      p.role && `${w.quote(p.role.lane)} 역할(${w.quote(p.role.like)}처럼)`,
    ]
      .filter((part): part is string => part !== undefined)
      .join(', ')}에 배치`,
  'elements.move': (p) => (p.count === 1 ? '요소 이동' : `요소 ${p.count}개 이동`),
  'elements.nudge': (p) => `${elements(p)} 조금 이동`,
  'elements.delete': (p) => `${elements(p)} 삭제`,
  'elements.cut': (p) => `${elements(p)} 잘라내기`,
  'elements.paste': (p) => `${elements(p)} 붙여넣기`,
  'elements.duplicate': (p) => `${elements(p)} 복제`,
  'paste.refused': () => '붙여넣기 거부됨',
  'selection.delete': (p) => `항목 ${p.count}개 삭제`,
  'relation.connect': (p) => `${p.source} → ${p.target} 연결`,
  'relation.edit': (p) => `관계 ${p.id} 편집`,
  'relation.retype': (p, w) => `관계 ${p.id}을(를) ${w.quote(w.relationLabel(p.type))}(으)로 변경`,
  'relations.delete': (p) => (p.count === 1 ? `관계 ${p.id} 삭제` : `관계 ${p.count}개 삭제`),
  'view.add-elements': (p) => `${object(p)} 뷰에 추가`,
  'view.remove-elements': (p) => `${object(p)} 뷰에서 제거`,
  'view.add-near': (p, w) => `${p.id}을(를) ${w.quote(p.view)} 뷰에 추가`,
  'view.auto-layout': () => '자동 배치',
  'view.show-role-elements': (p, w) => `${w.quote(p.role)} 역할의 요소를 ${w.quote(p.view)}에 표시`,
  'view.delete': (p, w) => `뷰 ${w.quote(p.view)} 삭제`,
  'view.show-all': (p, w) => `${w.quote(p.view)}에 모든 요소 표시`,
  'derive.mark': (p) => `${p.id}을(를) ${ADAPTATION[p.adaptation]}(으)로 표시`,
  'derive.infer': (p) => `${p.id}의 조정 방식 추론`,
  'derive.omit': (p) => `${p.id} 생략`,
  'derive.record': () => '조정 방식 기록',
  'derive.take-over-one': (p) => `반영: ${p.summary}`,
  'derive.take-over': (p) => `참조 모델 변경 ${p.count}건 반영`,
  'validation.profile': (p, w) => `${w.quote(p.name)} 프로필로 검증`,
  'rule.reset-severity': (p, w) => `${w.quote(p.title)}의 심각도 초기화`,
  'rule.switch-off': (p, w) => `${w.quote(p.title)} 끄기`,
  'rule.make': (p, w) => `${w.quote(p.title)}을(를) ${SEVERITY[p.severity]}(으)로 지정`,
  'rule.add': (p, w) => `규칙 ${w.quote(p.title)} 추가`,
  'rule.edit': (p, w) => `규칙 ${w.quote(p.title)} 편집`,
  'rule.remove': (p, w) => `규칙 ${w.quote(p.title)} 삭제`,
  'finding.suppress': (p) => `${p.target}의 발견 사항 숨기기`,
  'finding.restore': (p) => `${p.target}의 발견 사항 복원`,
  'goal.add': () => '구조 목표 추가',
  'goal.edit': (p) => `구조 목표 ${p.id} 편집`,
  'goal.remove': (p) => `구조 목표 ${p.id} 삭제`,
  'goal.link': (p) => `${p.element}을(를) 목표 ${p.goal}에 연결`,
  'goal.unlink': (p) => `${p.element}을(를) 목표 ${p.goal}에서 분리`,
  'lane.add': (p) => `${LANE[p.kind]} ${p.name} 추가`,
  'lane.edit': (p) => `${LANE[p.kind]} ${p.id} 편집`,
  'lane.remove': (p) => `${LANE[p.kind]} ${p.id} 삭제(요소는 ${p.to ? `${p.to}(으)로` : `${LANE[p.kind]} 없이`})`,
  'lane.move': (p) => `${LANE[p.kind]} ${p.id} 이동`,
  'process.add': (p) => `${p.name}${p.measures ? `과(와) 측정 지표 ${p.measures}개` : ''} 추가`,
  'design-goals.edit': (p) => `설계 목표 편집(${p.fields.join(', ')})`,
  'naming-rule.add': () => '명명 규칙 추가',
  'naming-rule.edit': (p) => `명명 규칙 ${p.id} 편집`,
  'naming-rule.remove': (p) => `명명 규칙 ${p.id} 삭제`,
  'glossary.define': (p) => `${p.term} 정의`,
  'glossary.edit': (p) => `용어 ${p.term} 편집`,
  'glossary.remove': (p) => `용어 ${p.term} 삭제`,
  'step.go': (p) => `${p.step} 단계로 이동`,
  'step.mark': (p) => `${p.step} 단계를 ${STATUS[p.status]}(으)로 표시`,
  'step.log': (p) => `${ACTION[p.action]} 기록(${p.step})`,
  'step.complete': (p) => `${p.step} 단계 완료`,
  'step.skip-gate': (p) => `${p.step} 단계의 완료 기준 건너뛰기`,
  'step.reopen': (p) => `${p.step} 단계 다시 열기`,
  'evaluation.add': (p) => `평가 ${p.title} 추가`,
  'evaluation.edit': () => '평가 편집',
  'evaluation.score': (p) => `${p.criterion} 점수 매기기`,
  'evaluation.confirm-proposal': (p) => `${p.criterion} 제안 확정`,
  'evaluation.delete': () => '평가 삭제',
  'import.csv': (p) => `CSV 가져오기(요소 ${p.elements}개, 관계 ${p.relations}개)`,
  'import.mermaid': (p) => `Mermaid 흐름도 가져오기(요소 ${p.elements}개, 관계 ${p.relations}개)`,
  'import.drawio': (p) => `draw.io 다이어그램 가져오기(요소 ${p.elements}개, 관계 ${p.relations}개)`,
  configure: (p) => `답변 ${p.count}개로 구성`,
  'room.changes': () => '룸에서 온 변경',
  'room.change': () => '변경',
};

/** Why a command is refused, in Korean. */
export const refusals: RefusalMessages = {
  ...agreement,
  'relation.unknown': imports['relation.unknown'],
  'relation.not-allowed': imports['relation.not-allowed'],
  'model.read-only': () => '이 모델은 읽기 전용으로 열려 있어 변경하지 않았습니다.',
  'macro.no-area': (p, w) => `매크로 구조에 ${w.quote(p.area)} 영역이 없습니다.`,
  'macro.no-role': (p, w) => `매크로 구조에 ${w.quote(p.role)} 역할이 없습니다.`,
  'gate.errors': (p) =>
    `${p.step} 단계의 완료 기준에서 오류 ${p.count}건이 발견되었습니다. 수정하거나, 이유를 적고 다음으로 넘어가세요.`,
  'gate.justify': () => '완료 기준을 충족하지 않았는데 넘어가는 이유를 적어 주세요. 사유는 방법 기록에 남습니다.',
  'finding.no-reason': () => '이 발견 사항을 받아들이는 이유를 적어 주세요',
  'rule.no-pattern': () => '이름이 따라야 할 패턴을 적어 주세요',
  'paste.unknown-type': (p, w) =>
    `"${p.name}"을(를) 붙여 넣지 않았습니다. ${w.metamodel} 메타모델에는 요소 유형 "${p.type}"이(가) 없습니다.`,
  'paste.duplicate-id': (p) => `"${p.name}"을(를) 붙여 넣지 않았습니다. 복사한 요소에 ID "${p.id}"가 두 번 있습니다.`,
  'paste.outside': () => '붙여 넣은 요소 밖의 요소를 가리킵니다.',
  'paste.relation-left-out': (p, w) => `관계 ${p.source} → ${p.target}을(를) 붙여 넣지 않았습니다: ${because(p, w)}`,
  'paste.nothing': (p, w) => `아무것도 붙여 넣지 않았습니다: ${because(p, w)}`,
  'rule.bad-pattern': (p) => `이 패턴은 사용할 수 없습니다: ${patternReason(p.reason)}.`,
};

type Render = (params: unknown, w: Wording) => string;

/** A pasted relation's or paste's reason in this language: its own refusal or problem, else the English given. */
const because = (p: { reason: string; because?: Text }, w: Wording): string => {
  const id = p.because?.id ?? '';
  const render = (refusals as Record<string, Render>)[id] ?? (problems as Record<string, Render>)[id];
  return render ? render(p.because!.params, w) : p.reason;
};
