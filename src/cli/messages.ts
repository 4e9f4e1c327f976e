import { dataLanguage } from '../core/i18n/data.ts';
import type { Language } from '../core/i18n/language.ts';
import { summaryText, type Principle } from '../core/validation/index.ts';

type Severity = 'error' | 'warning' | 'info';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the CLI says around a model's findings and problems, in English as it always has (tests and the README rely on it). */
const en = {
  summary: summaryText as (s: Record<Severity, number>) => string,
  profile: (name: string) => `profile ${name}`,
  headings: { error: 'Errors', warning: 'Warnings', info: 'Notes' } as Record<Severity, string>,
  principles: null as Record<Principle, string> | null,
  elements: 'elements',
  relations: 'relations',
  quickFix: 'quick fix',
  unresolved:
    'The references in this file do not resolve, so only these problems are reported; fix them and validate again.',
  suppressed: (n: number) => `${plural(n, 'finding')} suppressed by the model's validation settings.`,
  noFile: 'refmod: name a model file, e.g. refmod validate models/reference/crm-bpo.json',
  cannotReadFile: (path: string, code: string | undefined) =>
    `refmod: cannot read ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}.`,
  notAModel: (path: string) => `refmod: ${path} cannot be read as a Refmod model:`,
  brokenReferences: (path: string) => `refmod: ${path} has broken references:`,
};
type CliMessages = typeof en;

const de: CliMessages = {
  summary: (s) =>
    `${plural(s.error, 'Fehler', 'Fehler')}, ${plural(s.warning, 'Warnung', 'Warnungen')}, ${plural(s.info, 'Hinweis', 'Hinweise')}`,
  profile: (name) => `Profil ${name}`,
  headings: { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' },
  principles: {
    correctness: 'Richtigkeit',
    relevance: 'Relevanz',
    'economic-efficiency': 'Wirtschaftlichkeit',
    clarity: 'Klarheit',
    comparability: 'Vergleichbarkeit',
    'systematic-design': 'Systematischer Aufbau',
  },
  elements: 'Elemente',
  relations: 'Beziehungen',
  quickFix: 'Schnellkorrektur',
  unresolved:
    'Die Verweise in dieser Datei lassen sich nicht auflösen, daher werden nur diese Probleme gemeldet; beheben Sie sie und prüfen Sie erneut.',
  suppressed: (n) => `${plural(n, 'Befund', 'Befunde')} durch die Prüfeinstellungen des Modells unterdrückt.`,
  noFile: 'refmod: Nennen Sie eine Modelldatei, z. B. refmod validate models/reference/crm-bpo.json',
  cannotReadFile: (path, code) =>
    `refmod: ${path} kann nicht gelesen werden${code === 'ENOENT' ? ': Datei nicht gefunden' : code ? ` (${code})` : ''}.`,
  notAModel: (path) => `refmod: ${path} lässt sich nicht als Refmod-Modell lesen:`,
  brokenReferences: (path) => `refmod: ${path} hat ungültige Verweise:`,
};

const ko: CliMessages = {
  summary: (s) => `오류 ${s.error}건, 경고 ${s.warning}건, 참고 ${s.info}건`,
  profile: (name) => `프로파일 ${name}`,
  headings: { error: '오류', warning: '경고', info: '참고' },
  principles: {
    correctness: '정확성',
    relevance: '관련성',
    'economic-efficiency': '경제성',
    clarity: '명확성',
    comparability: '비교 가능성',
    'systematic-design': '체계적 구성',
  },
  elements: '요소',
  relations: '관계',
  quickFix: '빠른 수정',
  unresolved: '이 파일의 참조를 확인할 수 없어 아래 문제만 보고합니다. 문제를 고친 뒤 다시 검증하십시오.',
  suppressed: (n) => `모델의 검증 설정에 따라 발견 사항 ${n}건을 숨겼습니다.`,
  noFile: 'refmod: 모델 파일을 지정하십시오. 예: refmod validate models/reference/crm-bpo.json',
  cannotReadFile: (path, code) =>
    `refmod: ${path}을(를) 읽을 수 없습니다${code === 'ENOENT' ? ': 파일이 없습니다' : code ? ` (${code})` : ''}.`,
  notAModel: (path) => `refmod: ${path}을(를) Refmod 모델로 읽을 수 없습니다:`,
  brokenReferences: (path) => `refmod: ${path}에 잘못된 참조가 있습니다:`,
};

const CATALOGUES: Record<Language, CliMessages> = { en, de, ko };

/** The CLI's words in the language of `--lang` (main makes it the data's language before a command runs). */
export function cliMessages(language: Language = dataLanguage()): CliMessages {
  return CATALOGUES[language];
}
