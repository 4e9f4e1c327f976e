import { plainPrincipleNames } from '../../core/i18n/principles.ts';
import type { CliMessages } from './en.ts';

const why = (code: string | undefined) => (code === 'ENOENT' ? ': 파일이 없습니다' : code ? ` (${code})` : '');
const at = (line: number | undefined) => (line ? `${line}행: ` : '');

/** What the CLI says, in Korean: the call-centre and COPC terms Korean practitioners use. */
export const ko: CliMessages = {
  usageWord: '사용법:',
  usage: {
    title: 'refmod: BPO의 CRM 참조 모델을 명령줄에서 다룹니다',
    usage: '사용법: refmod <명령> [옵션]',
    more: '`refmod <명령> --help`로 명령의 옵션을 볼 수 있습니다.',
    lang: '모든 명령은 --lang <en|de|ko>를 받습니다: 메시지와 명령이 쓰는 모델 텍스트의 언어입니다.',
  },
  unknownCommand: (name) => `refmod: 알 수 없는 명령 "${name}".`,
  seeHelp: (name) => ` \`refmod ${name} --help\`로 옵션을 볼 수 있습니다.`,
  commands: {
    validate: {
      summary: '모델링 원칙에 따라 모델을 검증합니다. 종료 코드 0 오류 없음, 1 오류, 2 읽을 수 없음',
      help: [
        '검증 규칙으로 모델을 검사합니다(심각도별, 다음으로 모델링 원칙별로 묶음).',
        '  --profile <id>  모델 자체의 프로파일 대신 이 프로파일로 판단합니다(default: 기본, publication: 출판)',
        '  --json          발견 사항을 JSON으로 출력합니다',
        '',
        '종료 코드: 0 오류 없음, 1 오류 발견, 2 파일을 모델로 읽을 수 없음.',
      ].join('\n'),
    },
    export: {
      summary: '모델을 JSON, Mermaid 흐름도나 ER 다이어그램, CSV 표 또는 Markdown 보고서로 씁니다',
      help: [
        '  --to json            정규화된 JSON(고정된 키 순서, 들여쓰기)',
        '  --to mermaid         Mermaid 흐름도: 역할과 영역은 하위 그래프, 모양은 요소 범주에 따름',
        '  --to er              비즈니스 객체의 Mermaid erDiagram',
        '  --to csv-elements    요소 CSV(속성은 prop:<키> 열)',
        '  --to csv-relations   관계 CSV',
        '  --to markdown        보고서: 목표, 참조 프레임워크, 프로세스, Mermaid 뷰, 용어집, 출처',
        '  --to archimate       모든 뷰를 다이어그램으로 담은 ArchiMate 3.1 Open Exchange 파일(.xml). 표준 오류에',
        '                       refmod: 속성으로 옮겨지는 것을 나열합니다(README의 매핑 표 참조)',
        '  --to drawio          draw.io 파일(.drawio, 비압축): 뷰마다 한 페이지, 또는 --view가 지정한 뷰',
        '  --to svg             앱이 내보내는 것과 같은 뷰 이미지: 레인, 노드, 관계, 범례, 메타데이터 속 모델',
        '                       (열기로 다시 읽음). 기본값: 첫 번째 뷰, 설계 목표의 최대 요소 수를 넘으면 프로세스 맵',
        '                       (--level detail|map으로 선택)',
        '  --to png             Node에는 글자를 그릴 글꼴이 없어 지원하지 않습니다: SVG로 쓰거나 앱에서 내보내십시오',
        '  --view <id>          Mermaid, ER, draw.io, SVG: 이 뷰만 내보냅니다. 기본값: 모델 전체(draw.io: 모든 뷰)',
        '  --direction <dir>    Mermaid, ER, 보고서 다이어그램: 흐름 방향. 기본값: 모델의 설계 목표',
        '  --level map          Mermaid와 SVG: 프로세스 맵, 프로세스마다 상자 하나, 셀 쌍마다 개수를 단 선 하나',
        '  --no-measures        Mermaid와 보고서 다이어그램: 품질 지표를 뺍니다',
        '  -o <out>             표준 출력 대신 파일에 씁니다',
        '  --lang <en|de|ko>    Mermaid, ER, 요소 CSV, SVG, 보고서: 이름과 설명을 그 언어로 씁니다. 번역이 없으면',
        '                       모델 자체 언어의 텍스트에 [en] 표시를 붙입니다(표준 오류에 개수 표시).',
        '                       JSON, ArchiMate, draw.io는 항상 모든 언어를 담습니다. --lang 없는 CSV에는 언어마다',
        '                       name:<언어>와 description:<언어> 열이 있습니다',
      ].join('\n'),
    },
    import: {
      summary: 'Mermaid 흐름도, CSV 표, ArchiMate 교환 파일 또는 draw.io 다이어그램으로 모델을 만듭니다',
      help: [
        '  <file.mmd>        Mermaid 흐름도(.mmd 또는 .mermaid): 노드는 요소, 간선은 관계, 하위 그래프는 영역과 역할',
        '  <file.csv>        요소 표 또는 관계 표(source, target 열로 구분),',
        '                    `refmod export --to csv-elements|csv-relations`가 쓰는 형식',
        '  <model.xml>       ArchiMate 3.1/3.2 Open Exchange 파일: 독립된 모델(빠지는 것은 나열)',
        '  <diagram.drawio>  draw.io 다이어그램(비압축): 도형은 요소, 간선은 관계, 페이지마다 뷰 하나',
        '  --into <base>     새 빈 모델 대신 이 모델에 추가합니다(예: models/templates/blank.json)',
        '  --name <name>     새 모델의 이름. 기본값: 파일 이름',
        '  --shapes <list>   Mermaid: 노드 모양별 요소 유형, 예: rect=delivery-process,diamond=management-process;',
        "                    draw.io: 도형 스타일별, 예: 'rectangle #dae8fc=delivery-process'",
        '  -o <out>          표준 출력 대신 파일에 모델을 씁니다',
        '',
        '가져오지 못한 문장은 표준 오류에 한 줄씩 나열됩니다. 아무것도 가져오지 못하면 종료 코드 2.',
      ].join('\n'),
    },
    schema: {
      summary: 'Refmod 파일 형식의 JSON Schema를 출력합니다',
      help: [
        '문서 스키마에서 만든 JSON Schema를 출력하거나 <file>에 씁니다.',
        '  --pack  대신 방법 팩의 JSON Schema(public/schema/method-pack.schema.json)',
      ].join('\n'),
    },
    evaluate: {
      summary: '모델에 저장된 평가 세션의 결과를 출력합니다',
      help: [
        '저장된 모든 평가 세션을 출력합니다: 점수, 관점별·모델링 원칙별 가중 점수,',
        '평가자 간 일치도.',
        '  --report md    평가 프로토콜을 Markdown으로(통계 소프트웨어용으로 영어)',
        '  --report csv   평가 프로토콜을 CSV로(점수와 집계마다 한 행)',
        '  -o <out>       표준 출력 대신 파일에 씁니다',
        '',
        '종료 코드: 0 완료, 2 파일을 모델로 읽을 수 없음.',
      ].join('\n'),
    },
    configure: {
      summary: '참조 모델의 설문에 답하여 기업 모델을 도출합니다',
      help: [
        '  <model.json>    변형 지점과 설문("configuration")이 있는 참조 모델',
        '  <answers.json>  질문 ID별로 고른 답변 ID, 예: {"q-service": ["customer-care"], "q-channels": ["phone", "e-mail"]}',
        '  --name <name>   기업 모델의 이름. 기본값: "<모델 이름>, configured"',
        '  -o <out>        표준 출력 대신 파일에 기업 모델을 씁니다',
        '',
        '모든 요소는 채택, 생략 또는 특수화되며, 질문과 답변이 도출 링크에 근거로 남습니다.',
        '제약을 어기는 답변은 표준 오류에 나열되고 종료 코드는 1입니다.',
      ].join('\n'),
    },
    induce: {
      summary: '둘 이상의 기업 모델이나 도출된 모델을 참조 모델 후보로 합칩니다',
      help: [
        '  --min <n>           n개 이상의 모델에 있는 요소와 관계를 남깁니다. 기본값: 절반 넘는 모델',
        '  --similarity <x>    같은 유형의 요소를 맞출 이름 유사도(0-1). 기본값 0.8',
        '  --name <name>       후보 모델의 이름. 기본값: "Candidate reference model"',
        '  -o <out>            표준 출력 대신 파일에 후보 모델을 씁니다',
        '',
        '요소는 먼저 도출 링크로, 다음으로 유형과 이름으로 맞춥니다. 후보와 빈도가 나열되며,',
        '각 요소는 출처 정보에 원본 모델을 밝힙니다.',
      ].join('\n'),
    },
    serve: {
      summary: '실시간 워크숍용 룸 서버를 실행합니다(앱의 실시간 공유…)',
      help: [
        '실시간 워크숍이 룸을 공유하는 서버(WebSocket 위의 Yjs)를 실행합니다. 룸은 --rooms 폴더에 룸마다 파일 하나로',
        '저장되어 재시작 뒤에도 남습니다. --host로 달리 정하지 않으면 이 컴퓨터에서만 접속을 받습니다(한 네트워크의',
        '팀에는 --host 0.0.0.0). --app은 빌드된 앱(npm run build)을 같은 포트로 제공해 주소 하나로 워크벤치와 룸을',
        '엽니다. --port 0은 빈 포트를 고릅니다. Ctrl+C로 멈추며, 멈추기 전에 모든 룸을 저장합니다.',
      ].join('\n'),
    },
  },
  unknownOption: (flag, hint, known) =>
    `알 수 없는 옵션 ${flag}.${hint ? ` ${hint}을(를) 뜻했습니까?` : ''} 옵션: ${known.length ? known.join(', ') : '없음'}.`,
  needsValue: (flag) => `${flag}에는 값이 필요합니다.`,
  takesNoValue: (flag) => `${flag}는 값을 받지 않습니다.`,

  noFile: 'refmod: 모델 파일을 지정하십시오. 예: refmod validate models/reference/crm-bpo.json',
  cannotReadFile: (path, code) => `refmod: ${path}을(를) 읽을 수 없습니다${why(code)}.`,
  notAModel: (path) => `refmod: ${path}을(를) Refmod 모델로 읽을 수 없습니다:`,
  brokenReferences: (path) => `refmod: ${path}에 잘못된 참조가 있습니다:`,

  summary: (s) => `오류 ${s.error}건, 경고 ${s.warning}건, 참고 ${s.info}건`,
  profile: (name) => `프로파일 ${name}`,
  headings: { error: '오류', warning: '경고', info: '참고' },
  principles: plainPrincipleNames('ko'),
  elements: '요소',
  relations: '관계',
  quickFix: '빠른 수정',
  unresolved: '이 파일의 참조를 확인할 수 없어 아래 문제만 보고합니다. 문제를 고친 뒤 다시 검증하십시오.',
  suppressed: (n) => `모델의 검증 설정에 따라 발견 사항 ${n}건을 숨겼습니다.`,
  unknownProfile: (profile, ids) => `refmod validate: 알 수 없는 프로파일 "${profile}". 프로파일: ${ids.join(', ')}.`,
  pack: (name, version, parts) =>
    `방법 팩: ${name} ${version} (${[
      parts.metamodel ? '자체 메타모델' : 'Refmod의 CRM-in-BPO 메타모델',
      parts.method === undefined ? null : `방법 "${parts.method}"`,
      parts.profile === undefined ? null : `프로파일 "${parts.profile}"`,
    ]
      .filter(Boolean)
      .join(', ')}), 파일에 포함됨`,

  sayTo: (formats) => `refmod export: --to ${formats.join(', --to ')} 중 하나를 지정하십시오.`,
  directionIs: (directions) => `refmod export: --direction은 ${directions.join(', ')} 중 하나입니다.`,
  levelIs: (levels) => `refmod export: --level은 ${levels.join(', ')} 중 하나입니다.`,
  noPng:
    'refmod export: --to png은 텍스트를 그릴 브라우저가 필요합니다(Node에는 글꼴이 없습니다). --to svg로 쓰거나 앱에서 PNG를 내보내십시오(내보내기 › 뷰 이미지).',
  noView: (view, views) => `refmod export: 모델에 "${view}" 뷰가 없습니다. 뷰: ${views.join(', ')}.`,

  importNeedsFile:
    'refmod import: Mermaid(.mmd) 또는 CSV 파일을 지정하십시오. 예: refmod import process.mmd -o model.json',
  importCannotRead: (path, code) => `refmod import: ${path}을(를) 읽을 수 없습니다(${code ?? '알 수 없는 오류'}).`,
  archimateAlone: 'refmod import: ArchiMate 파일은 독립된 모델이 됩니다. --into 없이 그 파일만 지정하십시오.',
  oneFile: 'refmod import: Mermaid 파일 하나, 또는 CSV 파일 한두 개를 지정하십시오.',
  archimateNothing: 'refmod import: ArchiMate 파일에서 아무것도 가져오지 못했습니다:',
  atLine: at,
  archimateImported: (elements, relations, views) =>
    `refmod import: 요소 ${elements}개, 관계 ${relations}개, 뷰 ${views}개.`,
  lineProblem: (line, message) => `refmod import: ${at(line)}${message}`,
  drawioImported: (elements, matched, relations, views) =>
    `refmod import: 요소 ${elements}개(${matched}개는 이미 모델에 있음), 관계 ${relations}개; 뷰 ${views.join(', ')}.`,
  styleQuestion: (style, shapes, example, suggested) =>
    `  스타일 "${style}": 도형 ${shapes}개(예: "${example}")가 ${suggested}이(가) 되었습니다. --shapes '${style}=<유형>'으로 고르십시오`,
  pageNotImported: (page, text, reason) => `  페이지 "${page}": 가져오지 않음: ${text} (${reason})`,
  moreEdges: (n) => `  … 그 밖에 간선 ${n}개를 가져오지 않았습니다.`,
  mermaidImported: (elements, matched, relations, areas, roles, view) =>
    `refmod import: 요소 ${elements}개(${matched}개는 이미 모델에 있음), 관계 ${relations}개, 영역 ${areas}개, 역할 ${roles}개; 뷰 "${view}".`,
  shapeQuestion: (shape, nodes, example, suggested) =>
    `  모양 ${shape}: 노드 ${nodes}개(예: "${example}")가 ${suggested}이(가) 되었습니다. --shapes ${shape}=<유형>으로 고르십시오`,
  lineNotImported: (line, text, reason) => `  ${line}행: 가져오지 않음: ${text} (${reason})`,
  moreStatements: (n) => `  … 그 밖에 문장 ${n}개를 가져오지 않았습니다.`,
  ignored: (n) => `  문장 ${n}개를 무시했습니다(스타일, 주석, 레이아웃).`,
  secondTable: (path, kind) =>
    `refmod import: ${path}은(는) 두 번째 ${kind === 'elements' ? '요소' : '관계'} 표입니다. 요소 표와 관계 표는 각각 하나까지만 지정하십시오.`,
  csvNothing: (n) => `refmod import: 아무것도 가져오지 않았습니다. 문제 ${n}건:`,
  csvProblem: (file, row, column, message) => `  ${file}, ${row}행${column ? `, ${column} 열` : ''}: ${message}`,
  more: (n) => `  … 그 밖에 ${n}건.`,
  csvImported: (elements, updated, relations, lanes) =>
    `refmod import: 요소 ${elements}개 추가, ${updated}개 교체, 관계 ${relations}개, 새 레인 ${lanes}개.`,

  configureNeedsFiles:
    'refmod configure: 모델과 답변 파일을 지정하십시오. 예: refmod configure model.json answers.json -o company.json',
  noQuestionnaire: (path) => `refmod configure: ${path}에는 답할 설문이 없습니다.`,
  cannotConfigure: (path) => `refmod configure: 이 답변으로는 아직 ${path}을(를) 구성할 수 없습니다:`,
  configured: (name, adopted, specialised, omitted) =>
    `"${name}" 구성 완료: 요소 ${adopted}개 채택, ${specialised}개 특수화, ${omitted}개 생략.`,
  answersCannotRead: (path, code) => `refmod configure: ${path}을(를) 읽을 수 없습니다${why(code)}.`,
  notAnswers: (path) => `refmod configure: ${path}은(는) 답변 파일(질문 ID별 답변 ID)이 아닙니다:`,

  sayReport: 'refmod evaluate: --report md 또는 --report csv를 지정하십시오.',
  evaluation: {
    model: (name, version, hash) => `${name} (버전 ${version}, 모델 해시 ${hash})`,
    noSessions: '이 모델에 저장된 평가 세션이 없습니다.',
    perspectives: { client: '위탁사', customer: '고객', internal: '내부' },
    scale: (scale) => `척도 ${scale}`,
    current: '현재 모델을 평가함',
    changed: (hash) => `이 세션 이후 모델이 바뀌었습니다(해시 ${hash})`,
    checklistMissing: (id, version) => `체크리스트 ${id} ${version}을(를) 쓸 수 없습니다`,
    checklistChanged: (id, recorded, available) => `체크리스트 ${id}: 기록 ${recorded}, 사용 가능 ${available}`,
    columns: { criterion: '기준', score: '점수', share: '비중', auto: '자동', title: '제목' },
    notApplicable: '해당 없음',
    yes: '예',
    perspective: (name, score, scored, na, unscored) =>
      `${name} 관점: ${score} (채점 ${scored}, 해당 없음 ${na}, 미채점 ${unscored})`,
    byPrinciple: '모델링 원칙별',
    rmQuality: 'RMQuality (Matook & Indulska 2009)',
    rmQualityNot: (problems) => `RMQuality를 계산할 수 없습니다: ${problems}`,
    agreement: (perspective, sessions, metric) => `평가자 간 일치도, ${perspective} 관점 (세션 ${sessions}; ${metric})`,
    notComputed: (reason) => `: 계산하지 않았습니다. ${reason}`,
    interval: (percent, low, high) => `, ${percent}% 구간 [${low}, ${high}]`,
    alpha: (alpha, n, observed, expected, interval) =>
      `: Krippendorff 알파 ${alpha ?? '정의되지 않음'} (n ${n}, D_o ${observed}, D_e ${expected}${interval})`,
  },

  induceNeedsTwo:
    'refmod induce: 모델을 둘 이상 지정하십시오. 예: refmod induce a.json b.json c.json -o candidate.json',
  minRange: (models) => `--min은 1부터 ${models}까지의 정수를 받습니다.`,
  similarityRange: '--similarity는 0부터 1까지의 수를 받습니다.',
  takesNumber: (flag) => `${flag}는 수를 받습니다.`,
  induced: (kept, candidates, min, models) =>
    `후보 요소 ${candidates}개 중 ${kept}개가 모델 ${models}개 중 ${min}개 이상에 있습니다:`,
  matchedByName: (percent) => `, 이름으로 맞춤 ${percent} %`,

  portRange: '--port는 0부터 65535까지의 수를 받습니다.',
  serving: (url, rooms) => `Refmod 룸 서버: ${url} (룸 위치 ${rooms}). Ctrl+C로 멈춥니다.`,
  stopped: '룸 서버를 멈췄습니다. 모든 룸을 저장했습니다.',
};
