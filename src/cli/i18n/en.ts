import { summaryText } from '../../core/validation/index.ts';

type Severity = 'error' | 'warning' | 'info';
type Perspective = 'client' | 'customer' | 'internal';
type Principle =
  'correctness' | 'relevance' | 'economic-efficiency' | 'clarity' | 'comparability' | 'systematic-design';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const why = (code: string | undefined) => (code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : '');
const at = (line: number | undefined) => (line ? `line ${line}: ` : '');

/** What the CLI says, in English as it always has (tests and the README rely on it). */
export const en = {
  // refmod and refmod --help.
  usageWord: 'Usage:',
  usage: {
    title: 'refmod: reference models for CRM in BPO, from the command line',
    usage: 'Usage: refmod <command> [options]',
    more: 'Run `refmod <command> --help` for the options of a command.',
    lang: 'Every command takes --lang <en|de|ko>: the language of its messages and of the model text it writes.',
  },
  unknownCommand: (name: string) => `refmod: unknown command "${name}".`,
  seeHelp: (name: string) => ` Run \`refmod ${name} --help\` for its options.`,
  /** Each command's summary and --help in this language; null: the command's own English words. */
  commands: null as Record<CommandName, { summary: string; help: string }> | null,
  unknownOption: (flag: string, hint: string | undefined, known: readonly string[]) =>
    `unknown option ${flag}.${hint ? ` Did you mean ${hint}?` : ''} Options: ${known.length ? known.join(', ') : 'none'}.`,
  needsValue: (flag: string) => `${flag} needs a value.`,
  takesNoValue: (flag: string) => `${flag} takes no value.`,

  // Reading a model.
  noFile: 'refmod: name a model file, e.g. refmod validate models/reference/crm-bpo.json',
  cannotReadFile: (path: string, code: string | undefined) => `refmod: cannot read ${path}${why(code)}.`,
  notAModel: (path: string) => `refmod: ${path} cannot be read as a Refmod model:`,
  brokenReferences: (path: string) => `refmod: ${path} has broken references:`,

  // validate.
  summary: summaryText as (s: Record<Severity, number>) => string,
  profile: (name: string) => `profile ${name}`,
  headings: { error: 'Errors', warning: 'Warnings', info: 'Notes' } as Record<Severity, string>,
  /** The GoM principles' names; null: the rules' own English labels. */
  principles: null as Record<Principle, string> | null,
  elements: 'elements',
  relations: 'relations',
  quickFix: 'quick fix',
  unresolved:
    'The references in this file do not resolve, so only these problems are reported; fix them and validate again.',
  suppressed: (n: number) => `${plural(n, 'finding')} suppressed by the model's validation settings.`,
  unknownProfile: (profile: string, ids: readonly string[]) =>
    `refmod validate: unknown profile "${profile}". Profiles: ${ids.join(', ')}.`,
  pack: (name: string, version: string, parts: { metamodel: boolean; method?: string; profile?: string }) =>
    `Method pack: ${name} ${version} (${[
      parts.metamodel ? 'its metamodel' : "Refmod's CRM-in-BPO metamodel",
      parts.method === undefined ? null : `method "${parts.method}"`,
      parts.profile === undefined ? null : `profile "${parts.profile}"`,
    ]
      .filter(Boolean)
      .join(', ')}), carried in the file`,

  // export.
  sayTo: (formats: readonly string[]) => `refmod export: say --to ${formats.join(', --to ')}.`,
  directionIs: (directions: readonly string[]) => `refmod export: --direction is one of ${directions.join(', ')}.`,
  levelIs: (levels: readonly string[]) => `refmod export: --level is one of ${levels.join(', ')}.`,
  noView: (view: string, views: readonly string[]) =>
    `refmod export: the model has no view "${view}". Views: ${views.join(', ')}.`,
  noPng:
    'refmod export: --to png needs a browser to draw the text (Node has no fonts); write --to svg, or export the PNG from the app (Export › Image of the view).',

  // import.
  importNeedsFile: 'refmod import: name a Mermaid (.mmd) or CSV file, e.g. refmod import process.mmd -o model.json',
  importCannotRead: (path: string, code: string | undefined) =>
    `refmod import: cannot read ${path} (${code ?? 'unknown error'}).`,
  archimateAlone: 'refmod import: an ArchiMate file becomes a model of its own; give it alone, without --into.',
  oneFile: 'refmod import: give one Mermaid file, or one or two CSV files.',
  archimateNothing: 'refmod import: nothing imported from the ArchiMate file:',
  atLine: at,
  archimateImported: (elements: number, relations: number, views: number) =>
    `refmod import: ${elements} elements, ${relations} relations, ${views} views.`,
  lineProblem: (line: number | undefined, message: string) => `refmod import: ${at(line)}${message}`,
  drawioImported: (elements: number, matched: number, relations: number, views: readonly string[]) =>
    `refmod import: ${elements} elements (${matched} already in the model), ${relations} relations; views ${views.join(', ')}.`,
  styleQuestion: (style: string, shapes: number, example: string, suggested: string) =>
    `  style "${style}": ${shapes} shape${shapes === 1 ? '' : 's'} (e.g. "${example}") became ${suggested}; choose with --shapes '${style}=<type>'`,
  pageNotImported: (page: string, text: string, reason: string) =>
    `  page "${page}": not imported: ${text} (${reason})`,
  moreEdges: (n: number) => `  … and ${n} more edges not imported.`,
  mermaidImported: (elements: number, matched: number, relations: number, areas: number, roles: number, view: string) =>
    `refmod import: ${elements} elements (${matched} already in the model), ${relations} relations, ${areas} areas, ${roles} roles; view "${view}".`,
  shapeQuestion: (shape: string, nodes: number, example: string, suggested: string) =>
    `  shape ${shape}: ${nodes} node${nodes === 1 ? '' : 's'} (e.g. "${example}") became ${suggested}; choose with --shapes ${shape}=<type>`,
  lineNotImported: (line: number, text: string, reason: string) => `  line ${line}: not imported: ${text} (${reason})`,
  moreStatements: (n: number) => `  … and ${n} more statements not imported.`,
  ignored: (n: number) => `  ${n} statement${n === 1 ? '' : 's'} ignored (styling, comments, layout).`,
  secondTable: (path: string, kind: 'elements' | 'relations') =>
    `refmod import: ${path} is a second ${kind} table; give at most one elements and one relations table.`,
  csvNothing: (n: number) => `refmod import: nothing imported; ${n} problem${n === 1 ? '' : 's'}:`,
  csvProblem: (file: string, row: number, column: string | undefined, message: string) =>
    `  ${file}, row ${row}${column ? `, column ${column}` : ''}: ${message}`,
  more: (n: number) => `  … and ${n} more.`,
  csvImported: (elements: number, updated: number, relations: number, lanes: number) =>
    `refmod import: ${elements} elements added, ${updated} replaced, ${relations} relations, ${lanes} new lanes.`,

  // configure.
  configureNeedsFiles:
    'refmod configure: name a model and an answers file, e.g. refmod configure model.json answers.json -o company.json',
  noQuestionnaire: (path: string) => `refmod configure: ${path} has no questionnaire to answer.`,
  cannotConfigure: (path: string) => `refmod configure: the answers cannot configure ${path} yet:`,
  configured: (name: string, adopted: number, specialised: number, omitted: number) =>
    `Configured “${name}”: ${adopted} elements adopted, ${specialised} specialised, ${omitted} omitted.`,
  answersCannotRead: (path: string, code: string | undefined) => `refmod configure: cannot read ${path}${why(code)}.`,
  notAnswers: (path: string) => `refmod configure: ${path} is not an answers file (answer ids per question id):`,

  // evaluate.
  sayReport: 'refmod evaluate: say --report md or --report csv.',
  evaluation: {
    model: (name: string, version: string, hash: string) => `${name} (version ${version}, model hash ${hash})`,
    noSessions: 'No evaluation sessions are stored in this model.',
    /** The perspectives' names; null: the checklists' own English labels. */
    perspectives: null as Record<Perspective, string> | null,
    scale: (scale: string) => `scale ${scale}`,
    current: 'evaluated the current model',
    changed: (hash: string) => `the model has changed since this session (hash ${hash})`,
    checklistMissing: (id: string, version: string) => `checklist ${id} ${version} is not available`,
    checklistChanged: (id: string, recorded: string, available: string) =>
      `checklist ${id}: recorded ${recorded}, available ${available}`,
    columns: { criterion: 'Criterion', score: 'Score', share: 'Share', auto: 'Auto', title: 'Title' },
    notApplicable: 'n/a',
    yes: 'yes',
    perspective: (name: string, score: string, scored: number, na: number, unscored: number) =>
      `${name} view: ${score} (${scored} scored, ${na} n/a, ${unscored} unscored)`,
    byPrinciple: 'By GoM principle',
    rmQuality: 'RMQuality (Matook & Indulska 2009)',
    rmQualityNot: (problems: string) => `RMQuality cannot be computed: ${problems}`,
    agreement: (perspective: string, sessions: string, metric: string) =>
      `Agreement, ${perspective} view (sessions ${sessions}; ${metric})`,
    notComputed: (reason: string) => `: not computed. ${reason}`,
    interval: (percent: number, low: string, high: string) => `, ${percent} % interval [${low}, ${high}]`,
    alpha: (alpha: string | null, n: number, observed: string, expected: string, interval: string) =>
      `: Krippendorff's alpha ${alpha ?? 'undefined'} (n ${n}, D_o ${observed}, D_e ${expected}${interval})`,
  },

  // induce.
  induceNeedsTwo: 'refmod induce: name at least two models, e.g. refmod induce a.json b.json c.json -o candidate.json',
  minRange: (models: number) => `--min takes a whole number from 1 to ${models}.`,
  similarityRange: '--similarity takes a number from 0 to 1.',
  takesNumber: (flag: string) => `${flag} takes a number.`,
  induced: (kept: number, candidates: number, min: number, models: number) =>
    `${kept} of ${candidates} candidate elements are found in at least ${min} of ${models} models:`,
  matchedByName: (percent: number) => `, matched by name ${percent} %`,

  // serve.
  portRange: '--port takes a number from 0 to 65535.',
  serving: (url: string, rooms: string) => `Refmod room server on ${url} (rooms in ${rooms}). Ctrl+C stops it.`,
  stopped: 'Room server stopped; every room is written.',
};

export type CommandName = 'validate' | 'export' | 'import' | 'schema' | 'evaluate' | 'configure' | 'induce' | 'serve';

/** Every language says the same things with the same parameters (tsc checks German and Korean against English). */
export type CliMessages = typeof en;
