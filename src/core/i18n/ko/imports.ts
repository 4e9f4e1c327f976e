import type { ImportMessages } from '../en/imports.ts';

// The model's parts that travel as one refmod: property each (an ArchiMate export's note names them).
const PARTS: Record<string, string> = {
  meta: '메타데이터(작성자, 버전, 출처)',
  structuralGoals: '구조 목표',
  macroStructure: '참조 프레임워크',
  designGoals: '설계 목표',
  method: '방법',
  evaluations: '평가',
  validation: '검증 설정',
  derivation: '파생',
  pack: '방법 팩',
  configuration: '구성',
  comments: '댓글',
  board: '보드',
};

/** What an import says about a file it reads, in Korean. */
export const imports: ImportMessages = {
  'mermaid.empty': () => '텍스트가 비어 있습니다.',
  'mermaid.not-flowchart': (p) => `플로차트가 아닙니다: "flowchart"나 "graph"가 아니라 "${p.kind}"(으)로 시작합니다.`,
  'type.unknown': (p, w) => `"${p.type}"은(는) ${w.metamodel} 메타모델의 요소 유형이 아닙니다.`,
  'mermaid.front-matter': () => '머리말(제목과 설정)',
  'mermaid.directive': () => '지시문(설정)',
  'mermaid.comment': () => '주석',
  'mermaid.class-definition': () => '클래스 정의(서식)',
  'mermaid.class-assignment': () => '클래스 지정(서식)',
  'mermaid.node-style': () => '노드 스타일',
  'mermaid.edge-style': () => '연결선 스타일',
  'mermaid.click': () => '클릭 동작',
  'mermaid.subgraph-direction': () => '서브그래프 방향(배치 전용)',
  'mermaid.acc-title': () => '접근성 제목',
  'mermaid.acc-description': () => '접근성 설명',
  'mermaid.empty-subgraph': () => '노드가 없는 서브그래프',
  'mermaid.invisible-link': () => '보이지 않는 연결(배치 전용)',
  'mermaid.duplicate-relation': () => '모델에 이미 있는 관계',
  'mermaid.stray-end': () => '열린 서브그래프가 없는 "end"입니다.',
  'mermaid.unclosed-subgraph': () => '이 서브그래프는 "end"로 닫히지 않습니다.',
  'mermaid.node-id-expected': (p) => `"${p.at}" 위치에 노드 ID가 와야 합니다.`,
  'mermaid.shape-data-open': (p) => `"${p.id}"의 도형 데이터가 "}"로 닫히지 않습니다.`,
  'mermaid.node-text-open': (p) => `노드 "${p.id}"의 텍스트가 "${p.close}"(으)로 닫히지 않습니다.`,
  'mermaid.edge-label-open': () => '연결선 레이블이 "|"로 닫히지 않습니다.',
  'mermaid.edge-expected': (p) => `"${p.at}" 위치에 "-->" 같은 연결선이 와야 합니다.`,
  'mermaid.edge-text-open': (p) => `"${p.arrow}" 뒤의 연결선 텍스트에 닫는 화살표가 없습니다.`,
  'mermaid.edge-to-subgraph': (p) => `관계는 요소를 잇습니다. "${p.subgraph}"은(는) 서브그래프입니다.`,
  'csv.quote-open': () => '따옴표로 묶은 셀이 "로 닫히지 않습니다.',
  'csv.quote-end': () => '따옴표로 묶은 셀은 구분 기호나 줄 끝에서 끝나야 합니다.',
  'csv.unknown-column': (p) =>
    `Refmod가 모르는 열 "${p.name}"입니다. 열: ${p.columns.join(', ')}${p.properties ? ', prop:<key>' : ''}.`,
  'csv.reserved-property': (p) =>
    `속성 이름으로 "${p.key}"을(를) 쓸 수 없습니다: 모델 파일이 이 이름을 거부합니다(JavaScript 예약어). 열 이름을 바꾸십시오.`,
  'csv.column-twice': (p) => `열 "${p.name}"이(가) 두 번 나옵니다.`,
  'csv.column-missing': (p) => `${p.table === 'elements' ? '요소' : '관계'} 표에 "${p.name}" 열이 있어야 합니다.`,
  'csv.too-many-cells': (p) => `이 행의 셀은 ${p.cells}개인데 머리글은 ${p.header}개입니다.`,
  'csv.not-boolean': () => 'true 또는 false로 쓰십시오.',
  'csv.not-number': (p) => `"${p.value}"은(는) 숫자가 아닙니다.`,
  'csv.no-goal': (p) => `모델에 구조 목표 "${p.goal}"이(가) 없어 참조를 뺐습니다.`,
  'csv.no-source': (p) => `모델에 출처 "${p.source}"이(가) 없어 참조를 뺐습니다.`,
  'csv.no-element': (p) => `요소 "${p.id}"이(가) 없습니다.`,
  'drawio.not-drawio': (p) => `draw.io 파일이 아닙니다: 루트가 <mxfile>이 아니라 <${p.root}>입니다.`,
  'drawio.compressed': () =>
    '이 draw.io 파일은 압축되어 있습니다. diagrams.net에서 파일 → 속성을 선택해 "압축"을 해제하고 다시 저장하십시오.',
  'drawio.no-page': () => 'draw.io 파일에 다이어그램 페이지가 없습니다.',
  'drawio.self-edge': () => '도형에서 자기 자신으로 가는 연결선은 관계가 아닙니다.',
  'drawio.loose-edge': () => '관계는 두 도형을 잇습니다. 이 연결선의 한쪽 끝은 이름이 있는 도형이 아닙니다.',
  'drawio.view-name': () => 'draw.io에서 가져옴',
  'drawio.view-description': (p) => `draw.io 다이어그램에서 가져온 요소 ${p.count}개.`,
  'mermaid.view-name': () => 'Mermaid에서 가져옴',
  'mermaid.view-description': (p) => `Mermaid 플로차트에서 가져온 요소 ${p.count}개.`,
  'xml.too-large': (p) => `파일이 ${p.megabytes}MB보다 큽니다.`,
  'xml.malformed': (p) => `파일이 올바른 형식의 XML이 아닙니다: ${p.detail}`,
  'xml.dtd': () => '파일이 DTD를 선언합니다. 교환 파일에는 DTD가 없으므로 읽지 않습니다.',
  'xml.too-deep': (p) => `요소가 ${p.levels}단계보다 깊게 중첩되어 있습니다.`,
  'xml.no-element': () => '파일에 XML 요소가 없습니다.',
  'archimate.version-2': () =>
    'ArchiMate 2 교환 파일입니다. Refmod는 ArchiMate 3.1과 3.2를 읽습니다(Archi가 이 형식으로 저장합니다).',
  'archimate.not-archimate': (p) =>
    `ArchiMate 교환 파일이 아닙니다: 루트가 ${p.expected}의 <model>이 아니라 ${p.uri ? `${p.uri}의 ` : ''}<${p.root}>입니다.`,
  'archimate.bad-json': (p) => `속성 ${p.key}은(는) 읽을 수 있는 JSON이 아닙니다: ${p.detail}`,
  'archimate.left-out': (p, w) =>
    `${p.type === 'element' ? '' : `${p.type} `}요소 ${p.count}개를 뺐습니다: ${w.metamodel} 메타모델에는 이에 해당하는 것이 없습니다.`,
  'archimate.read-as': (p, w) => `요소 ${p.count}개를 ${p.from} → ${w.type(p.to)}(으)로 읽었습니다.`,
  'archimate.relationships-left-out': (p) =>
    `${p.type} 관계 ${p.count}개를 뺐습니다: 한쪽 끝을 가져오지 않았거나 메타모델이 그런 관계를 허용하지 않습니다.`,
  'archimate.view-name': () => '가져온 뷰',
  'archimate.all-elements': () => '모든 요소',
  'archimate.export-elements': (p) =>
    `Refmod 유형 ${p.types}개의 요소 ${p.elements}개가 ArchiMate 요소가 됩니다. 각 요소는 Refmod 유형, 영역, 역할, 출처, 기여하는 목표, 선택 표시를 refmod: 속성으로 유지합니다.`,
  'archimate.export-relations': (p) =>
    `관계 ${p.relations}개는 Refmod 유형을 속성 refmod:type으로 유지합니다. 그중 ${p.reversed}개는 ArchiMate에서 방향이 반대이며(입력, 측정 지표, 소속) 가져올 때 되돌아옵니다.`,
  'archimate.export-values': (p) => `유형별 값 ${p.values}개(단위, 목표값 등)가 ArchiMate 속성이 됩니다.`,
  'archimate.export-parts': (p, w) =>
    `모델의 ${w.list(p.parts.map((part) => PARTS[part] ?? part))}은(는) ArchiMate에 대응하는 것이 없습니다: 각각 JSON을 담은 모델 속성 하나(refmod:<part>)가 됩니다.`,
  'archimate.export-views': (p) =>
    `뷰 ${p.views}개가 레인 격자를 이름 붙은 컨테이너로 가진 다이어그램이 됩니다. 각 뷰는 관점과 위치를 속성 refmod:view에 유지합니다.`,
  'relation.unknown': (p, w) => `"${p.relation}"은(는) ${w.metamodel} 메타모델의 관계 유형이 아닙니다.`,
  'relation.not-allowed': (p, w) =>
    `${w.type(p.from)}에서 ${w.type(p.to)}(으)로의 ${w.quote(w.relationLabel(p.relation))} 관계는 허용되지 않습니다(${w.relationDescription(p.relation).replace(/\.$/, '') || '메타모델이 허용하지 않음'}).${
      p.allowed.length
        ? ` 둘 사이에 허용되는 관계: ${p.allowed.map((id) => w.quote(w.relationLabel(id))).join(', ')}.`
        : ' 둘을 잇는 관계 유형이 없습니다.'
    }`,
  'relation.unconnected': (p, w) =>
    `${w.metamodel} 메타모델에는 ${w.type(p.from)}에서 ${w.type(p.to)}(으)로 가는 관계가 없습니다.${
      p.outgoing.length
        ? ` ${w.type(p.from)}에서 가능한 관계: ${p.outgoing
            .map((id) => `${w.quote(w.relationLabel(id))}(${w.relationDescription(id).replace(/\.$/, '')})`)
            .join('; ')}.`
        : ''
    }`,
};
