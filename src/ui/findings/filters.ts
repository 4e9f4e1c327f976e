import type { Severity } from '../../core/model/primitives.ts';
import { STEPS, type Finding, type Principle, type StepId } from '../../core/validation/index.ts';
import { subjectsOf, type Subject } from './subjects.ts';
import { messages } from '../i18n/messages.ts';

export interface Filters {
  /** The severities shown; all three unless the user hid some. */
  severities: readonly Severity[];
  principle: Principle | '';
  step: StepId | '';
  text: string;
  /** Only findings about the selected elements. */
  selectionOnly: boolean;
}

export const NO_FILTERS: Filters = {
  severities: ['error', 'warning', 'info'],
  principle: '',
  step: '',
  text: '',
  selectionOnly: false,
};

export const isFiltered = (f: Filters) =>
  f.severities.length < 3 || f.principle !== '' || f.step !== '' || f.text.trim() !== '' || f.selectionOnly;

/** "1 Structural goals" …: a step of the construction method as the method stepper numbers it, in the active language. */
export const stepLabel = (step: StepId): string => `${STEPS.indexOf(step) + 1} ${messages().findings.step[step]}`;

/** A GoM principle's name in the active language (the evaluation uses the same names). */
export const principleLabel = (principle: Principle): string => messages().evaluation.principle[principle];

/** What a GoM principle asks of a model, in the active language. */
export const principleHint = (principle: Principle): string => messages().findings.principleHint[principle];

/** The findings the filters let through; text matches the message as shown, the rule's title and the names of what it concerns. */
export function applyFilters(
  findings: readonly Finding[],
  filters: Filters,
  ctx: {
    subjects: ReadonlyMap<string, Subject>;
    ruleTitle: (rule: string) => string;
    message: (finding: Finding) => string;
    selected: ReadonlySet<string>;
  },
): Finding[] {
  const text = filters.text.trim().toLowerCase();
  return findings.filter((f) => {
    if (!filters.severities.includes(f.severity)) return false;
    if (filters.principle && f.principle !== filters.principle) return false;
    if (filters.step && f.step !== filters.step) return false;
    if (filters.selectionOnly && ![...f.elements, ...f.relations].some((id) => ctx.selected.has(id))) return false;
    if (!text) return true;
    if (ctx.message(f).toLowerCase().includes(text) || ctx.ruleTitle(f.rule).toLowerCase().includes(text)) return true;
    return subjectsOf(f, ctx.subjects).some((s) => s.name.toLowerCase().includes(text));
  });
}
