import type { CommandMessages, RefusalMessages } from './en/commands.ts';
import type { DeriveMessages } from './en/derive.ts';
import type { PatternReasons } from './en/patterns.ts';
import type { PropertyProblems } from './en/properties.ts';
import type { FindingMessages } from './en/findings.ts';
import type { FixMessages } from './en/fixes.ts';
import type { ImportMessages } from './en/imports.ts';
import type { ProblemMessages } from './en/problems.ts';
import type { ReportWords } from './en/report.ts';
import type { RuleTexts, UserRuleHints } from './en/rules.ts';
import type { Language } from './language.ts';

/** The core's own messages in one language: validation findings, quick fixes, rule titles and hints, why a file cannot be opened, how a derived model departs from its reference, what an import says about the file it reads, and the commands' names and refusals. */
export interface CoreMessages {
  findings: FindingMessages;
  fixes: FixMessages;
  problems: ProblemMessages;
  derive: DeriveMessages;
  imports: ImportMessages;
  /** The evaluation protocol's headings and column names (`refmod evaluate --report`). */
  report: ReportWords;
  patternReason: PatternReasons;
  propertyProblem: PropertyProblems;
  rules: RuleTexts;
  userRuleHints: UserRuleHints;
  commands: CommandMessages;
  refusals: RefusalMessages;
}

const load: Record<'de' | 'ko', () => Promise<CoreMessages>> = {
  de: () => import('./de/index.ts').then((m) => m.de),
  ko: () => import('./ko/index.ts').then((m) => m.ko),
};

let active: { language: Language; messages: CoreMessages | null } = { language: 'en', messages: null };

/** Loads the language's messages (English needs none: its words are the messages the core writes). */
export async function loadCoreMessages(language: Language): Promise<void> {
  active = { language, messages: language === 'en' ? null : await load[language]() };
}

/** The loaded messages of a language, or null for English or a language not loaded. */
export function coreMessages(language: Language): CoreMessages | null {
  return active.language === language ? active.messages : null;
}
