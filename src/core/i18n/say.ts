import type { CommandLabel } from '../commands/label.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { coreMessages } from './core-messages.ts';
import { dataLanguage } from './data.ts';
import { commands, refusals, type RefusalMessages } from './en/commands.ts';
import { derive, type DeriveMessages } from './en/derive.ts';
import { findings, type FindingMessages } from './en/findings.ts';
import { fixes, type FixMessages } from './en/fixes.ts';
import { imports, type ImportMessages } from './en/imports.ts';
import { patternReason as englishReason, type PatternReason } from './en/patterns.ts';
import { problems, type ProblemMessages } from './en/problems.ts';
import { labelsIn, propertyProblem, type PropertyProblem } from './en/properties.ts';
import { userRuleHints } from './en/rules.ts';
import type { Language } from './language.ts';
import { wording, type Text, type Wording } from './text.ts';

type Render = (params: unknown, w: Wording) => string;
type ParamsOf<F> = F extends (params: infer P, ...rest: never[]) => string ? P : never;

/** A message in English, with its id and parameters to word it in another language later. */
function english(catalogue: object, id: string, params: unknown, metamodel: Metamodel): Said {
  const values = (params ?? {}) as Text['params'];
  return {
    message: (catalogue as Record<string, Render>)[id]!(values, wording('en', metamodel)),
    text: { id, params: values },
  };
}

/** A text in the language from the first of the namespaces whose catalogue has its id; as written without one. */
function readIn(
  namespaces: readonly ('derive' | 'imports' | 'findings' | 'fixes' | 'problems' | 'refusals')[],
  text: Text | undefined,
  written: string,
  language: Language,
  metamodel: Metamodel,
): string {
  const messages = coreMessages(language);
  const render =
    text && namespaces.map((n) => (messages?.[n] as Record<string, Render> | undefined)?.[text.id]).find(Boolean);
  return render ? render(text.params, wording(language, metamodel)) : written;
}

/** A message as the core writes it: the English words it has always used, and its id and parameters for other languages. */
export interface Said {
  message: string;
  text: Text;
}

/** A finding's message: English now, any language when it is read (findingMessage). */
export function sayFinding<K extends keyof FindingMessages>(
  metamodel: Metamodel,
  id: K,
  ...params: ParamsOf<FindingMessages[K]> extends undefined ? [] : [ParamsOf<FindingMessages[K]>]
): Said {
  return english(findings, id, params[0], metamodel);
}

/** A quick fix's label: English now, any language when it is read (fixLabel). */
export function sayFix<K extends keyof FixMessages>(
  metamodel: Metamodel,
  id: K,
  ...params: ParamsOf<FixMessages[K]> extends undefined ? [] : [ParamsOf<FixMessages[K]>]
): { label: string; text: Text } {
  const { message, text } = english(fixes, id, params[0], metamodel);
  return { label: message, text };
}

/** Why a file cannot be opened, at a path of it: English now, any language when it is read (problemMessage). */
export function sayProblem<K extends keyof ProblemMessages>(
  path: string,
  id: K,
  ...params: ParamsOf<ProblemMessages[K]> extends undefined ? [] : [ParamsOf<ProblemMessages[K]>]
): { path: string } & Said {
  return { path, ...english(problems, id, params[0], NO_METAMODEL) };
}

/** How a derived model departs from its reference, or what changed there: English now, any language when it is read (deriveMessage). */
export function sayDerive<K extends keyof DeriveMessages>(id: K, params: Parameters<DeriveMessages[K]>[0]): Said {
  return english(derive, id, params, NO_METAMODEL);
}

/** A derive message in the language (the active one by default), naming relation types by the metamodel's labels. */
export function deriveMessage(
  said: Said,
  metamodel: Metamodel = NO_METAMODEL,
  language: Language = dataLanguage(),
): string {
  return readIn(['derive'], said.text, said.message, language, metamodel);
}

/** What an import says about a file it reads: English now, any language when it is read (importMessage). */
export function sayImport<K extends keyof ImportMessages>(
  id: K,
  params: Parameters<ImportMessages[K]>[0],
  metamodel: Metamodel = NO_METAMODEL,
): Said {
  return english(imports, id, params, metamodel);
}

/**
 * An import's message in the language (the active one by default), with the metamodel's labels; one without an id as
 * written. A table's cell the file format refuses says so in the schema's words (the problems catalogue).
 */
export function importMessage(
  said: { message: string; text?: Text | undefined },
  metamodel: Metamodel = NO_METAMODEL,
  language: Language = dataLanguage(),
): string {
  return readIn(['imports', 'problems'], said.text, said.message, language, metamodel);
}

/** Why an import left a statement, shape or edge out, in the language (the active one by default). */
export function reasonMessage(
  left: { reason: string; why?: Text | undefined },
  metamodel: Metamodel = NO_METAMODEL,
  language: Language = dataLanguage(),
): string {
  return importMessage({ message: left.reason, text: left.why }, metamodel, language);
}

/** A finding's message in the language (the active one by default); English, or a message without an id, as written. */
export function findingMessage(
  finding: { message: string; text?: Text | undefined },
  metamodel: Metamodel,
  language: Language = dataLanguage(),
): string {
  return readIn(['findings'], finding.text, finding.message, language, metamodel);
}

/** A quick fix's label in the language (the active one by default); English, or a label without an id, as written. */
export function fixLabel(
  fix: { label: string; text?: Text | undefined },
  metamodel: Metamodel,
  language: Language = dataLanguage(),
): string {
  return readIn(['fixes'], fix.text, fix.label, language, metamodel);
}

/** Why a file cannot be opened, in the language (the active one by default). */
export function problemMessage(
  problem: { message: string; text?: Text | undefined },
  language: Language = dataLanguage(),
): string {
  return readIn(['problems'], problem.text, problem.message, language, NO_METAMODEL);
}

/** A command's name (an undo step) in the language (the active one by default); English while the language is not loaded. */
export function commandLabel(
  label: CommandLabel,
  language: Language = dataLanguage(),
  metamodel: Metamodel = NO_METAMODEL,
): string {
  const say = (coreMessages(language)?.commands ?? commands)[label.id] as Render;
  return say(label.params ?? {}, wording(language, metamodel));
}

/** Why the core refuses a command: English now, any language when it is read (refusalMessage). */
export function sayRefusal<K extends keyof RefusalMessages>(
  id: K,
  params: Parameters<RefusalMessages[K]>[0],
  metamodel: Metamodel = NO_METAMODEL,
): Said {
  return english(refusals, id, params, metamodel);
}

/** A refusal in the language (the active one by default), with the metamodel's labels; one without an id as written. */
export function refusalMessage(
  refusal: { message: string; text?: Text | undefined },
  metamodel: Metamodel = NO_METAMODEL,
  language: Language = dataLanguage(),
): string {
  // An edit the file format or integrity check refuses says what an import of such a file would (problems).
  return readIn(['refusals', 'problems'], refusal.text, refusal.message, language, metamodel);
}

/** Why a naming pattern cannot be used, in the language (the active one by default). */
export function patternReason(reason: PatternReason, language: Language = dataLanguage()): string {
  return (coreMessages(language)?.patternReason ?? englishReason)(reason);
}

/** Why a property value does not fit its type, in the language, with the metamodel's labels (the inspector's field errors). */
export function propertyProblemMessage(
  problem: PropertyProblem,
  metamodel: Metamodel,
  language: Language = dataLanguage(),
): string {
  const say = coreMessages(language)?.propertyProblem ?? propertyProblem;
  return say(problem, labelsIn(problem, wording(language, metamodel)));
}

/** A built-in rule's title and hint in the language; a rule of the model's own keeps its words, but not the default hint of its kind. */
export function ruleWords(
  rule: { id: string; title: string; hint: string },
  language: Language = dataLanguage(),
): { title: string; hint: string } {
  const messages = coreMessages(language);
  if (!messages) return { title: rule.title, hint: rule.hint };
  const builtIn = messages.rules[rule.id];
  if (builtIn) return builtIn;
  const kind = (Object.keys(userRuleHints) as (keyof typeof userRuleHints)[]).find(
    (k) => userRuleHints[k] === rule.hint,
  );
  return { title: rule.title, hint: kind ? messages.userRuleHints[kind] : rule.hint };
}

/** Problems name no element types: their words need the language's punctuation only. */
const NO_METAMODEL = {
  data: { name: '' },
  elementType: () => undefined,
  relationType: () => undefined,
  category: () => undefined,
} as unknown as Metamodel;
