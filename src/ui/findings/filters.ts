import type { Severity } from '../../core/model/primitives.ts';
import { PRINCIPLES, STEPS, type Finding, type Principle, type StepId } from '../../core/validation/index.ts';
import { subjectsOf, type Subject } from './subjects.ts';

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

/** "1 Structural goals" …: the construction method's steps as the method stepper numbers them. */
export const STEP_LABEL = Object.fromEntries(
  STEPS.map((id, i) => [id, `${i + 1} ${id.charAt(0).toUpperCase()}${id.slice(1).replace('-', ' ')}`]),
) as Record<StepId, string>;

export const PRINCIPLE_LABEL = Object.fromEntries(PRINCIPLES.map((p) => [p.id, p.label])) as Record<Principle, string>;

/** The findings the filters let through; text matches the message, the rule's title and the names of what it concerns. */
export function applyFilters(
  findings: readonly Finding[],
  filters: Filters,
  ctx: { subjects: ReadonlyMap<string, Subject>; ruleTitle: (rule: string) => string; selected: ReadonlySet<string> },
): Finding[] {
  const text = filters.text.trim().toLowerCase();
  return findings.filter((f) => {
    if (!filters.severities.includes(f.severity)) return false;
    if (filters.principle && f.principle !== filters.principle) return false;
    if (filters.step && f.step !== filters.step) return false;
    if (filters.selectionOnly && ![...f.elements, ...f.relations].some((id) => ctx.selected.has(id))) return false;
    if (!text) return true;
    if (f.message.toLowerCase().includes(text) || ctx.ruleTitle(f.rule).toLowerCase().includes(text)) return true;
    return subjectsOf(f, ctx.subjects).some((s) => s.name.toLowerCase().includes(text));
  });
}
