import type { Clash, DeriveMessages, DerivedSubject, LocalAdaptation } from '../en/derive.ts';
import type { Wording } from '../text.ts';

const FIELDS: Readonly<Record<string, string>> = {
  name: '이름',
  description: '설명',
  type: '유형',
  area: '영역',
  role: '역할',
  label: '레이블',
  source: '출발점',
  target: '도착점',
  text: '내용',
  goals: '목표',
  properties: '속성',
};
/** The framework's parts named before their name: "영역 "영업""; an element is named without a noun. */
const SUBJECT: Record<DerivedSubject, string> = {
  element: '',
  relation: '관계 ',
  area: '영역 ',
  role: '역할 ',
  goal: '구조 목표 ',
};
const ADAPTED: Record<LocalAdaptation, string> = {
  specialised: '특수화되었습니다',
  extended: '확장되었습니다',
  renamed: '이름이 바뀌었습니다',
  omitted: '생략되었습니다',
  new: '새로 추가되었습니다',
};

/** A field's path in Korean: "이름", "속성 "채널"" (a property keeps its key). */
const field = (path: string) =>
  path.startsWith('properties.') ? `속성 "${path.slice('properties.'.length)}"` : (FIELDS[path] ?? path);
const fields = (paths: readonly string[], w: Wording) => w.list(paths.map(field));
const why = (p: { note?: string }) => (p.note ? ` (${p.note})` : '');
const value = (v: string) => (v === '' ? '비어 있음' : v);
const relation = (p: { type: string }, w: Wording) => w.quote(w.relationLabel(p.type));
function clash(c: Clash): string {
  return c.kind === 'value'
    ? `${field(c.field)}: 이 모델에서는 ${value(c.here)}, 참조 모델에서는 ${value(c.reference)}`
    : `${c.id}에 대응하는 요소가 파생 모델에 없습니다`;
}

/** The conformance deviations and reference changes in Korean. */
export const derive: DeriveMessages = {
  'deviation.new': (p, w) => `${w.quote(p.name)}은(는) 새 요소입니다: 참조 모델에 이런 요소가 없습니다.`,
  'deviation.stems-from-gone': (p, w) =>
    `${w.quote(p.name)}은(는) ${w.quote(p.from)}에서 나왔지만, 참조 모델에 그 요소가 더 이상 없습니다.`,
  'deviation.omitted': (p, w) => `참조 모델의 ${w.quote(p.name)}이(가) 생략되었습니다${why(p)}.`,
  'deviation.renamed': (p, w) => `${w.quote(p.name)}은(는) ${w.quote(p.was)}의 이름을 바꾼 것입니다${why(p)}.`,
  'deviation.extended': (p, w) => `${w.quote(p.name)}에 참조 모델에 없는 관계 ${p.count}개가 추가되었습니다${why(p)}.`,
  'deviation.specialised': (p, w) =>
    `${w.quote(p.name)}은(는) ${w.quote(p.was)}을(를) 특수화합니다${p.fields.length ? ` (변경: ${fields(p.fields, w)})` : ''}${why(p)}.`,
  'deviation.no-counterpart': (p, w) => `참조 모델의 ${w.quote(p.name)}에 대응하는 요소가 파생 모델에 없습니다.`,
  'deviation.relation-omitted': (p, w) =>
    `${w.quote(p.source)}에서 ${w.quote(p.target)}(으)로 가는 관계 ${relation(p, w)}이(가) 생략되었습니다.`,
  'deviation.relation-new': (p, w) =>
    `${w.quote(p.source)}에서 ${w.quote(p.target)}(으)로 가는 관계 ${relation(p, w)}은(는) 새 관계입니다.`,

  'change.added': (p, w) => `참조 모델에 ${SUBJECT[p.subject]}${w.quote(p.name)}이(가) 추가되었습니다.`,
  'change.removed': (p, w) => `참조 모델에서 ${SUBJECT[p.subject]}${w.quote(p.name)}이(가) 삭제되었습니다.`,
  'change.changed': (p, w) =>
    `참조 모델이 ${SUBJECT[p.subject]}${w.quote(p.name)}을(를) 바꿨습니다: ${fields(p.fields, w)}.`,
  'change.relation-added': (p, w) =>
    `참조 모델에 ${p.source}에서 ${p.target}(으)로 가는 관계 ${relation(p, w)}이(가) 추가되었습니다.`,
  'change.relation-removed': (p, w) =>
    `참조 모델이 ${p.source}에서 ${p.target}(으)로 가는 관계 ${relation(p, w)}을(를) 삭제했습니다.`,
  'change.relation-changed': (p, w) =>
    `참조 모델이 관계 ${p.relation}을(를) 바꿨습니다: ${w.list([...p.fields.map(field), ...(p.end ? ['끝점'] : [])])}.`,

  'conflict.look-alike': (p, w) =>
    `파생 모델에 이미 자체 요소 ${w.quote(p.name)}이(가) 있습니다. 넘겨받으면 참조 요소와 연결됩니다.`,
  'conflict.adapted': (p, w) => `${w.quote(p.name)}은(는) 이 모델에서 ${ADAPTED[p.adaptation]}. 넘겨받으면 삭제됩니다.`,
  'conflict.clashes': (p) => `${p.local ? '이 모델에서도 바뀌었습니다: ' : ''}${p.clashes.map(clash).join('; ')}.`,
  'conflict.ends-omitted': (p, w) => `${w.list(p.ends)}은(는) 파생 모델에서 생략되었습니다.`,
  'conflict.ends-missing': (p, w) => `${w.list(p.ends)}에 대응하는 요소가 파생 모델에 없습니다.`,
  'conflict.own-lane': (p, w) =>
    `파생 모델에 이 ID로 된 자체 ${SUBJECT[p.subject]}${w.quote(p.name)}이(가) 있습니다. 넘겨받으면 대체됩니다.`,
  'conflict.lane-used': (p) => `파생 모델의 요소 ${p.count}개가 이것을 씁니다. 넘겨받으면 그 요소에서 지워집니다.`,
};
