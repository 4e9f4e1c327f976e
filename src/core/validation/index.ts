/** Validation: rules grounded in the Guidelines of Modeling, profiles, and an incremental engine. */
import { builtInRules } from './rules/index.ts';
import type { RuleInfo } from './types.ts';

/** Every built-in rule as a user reads it: id, title, GoM principle, method step, default severity, hint. */
export const rules: readonly RuleInfo[] = builtInRules.map(({ id, title, principle, step, severity, hint }) => ({
  id,
  title,
  principle,
  step,
  severity,
  hint,
}));

/** The built-in rule with an id, or undefined. */
export function ruleById(id: string): RuleInfo | undefined {
  return rules.find((r) => r.id === id);
}

export {
  createValidator,
  findingsFor,
  type ValidationOptions,
  type ValidationReport,
  type Suppressed,
} from './engine.ts';
export { groupFindings, summarize, summaryText, findingsByElement } from './grouping.ts';
export { profiles, profileById, profileWords, Profile } from './profiles.ts';
export { integrityFindings } from './integrity.ts';
export { compilePattern } from './patterns.ts';
export { copcRequirements } from './rules/copc.ts';
export { PRINCIPLES, STEPS, type Finding, type Principle, type StepId, type RuleInfo } from './types.ts';
