import type { Problem } from '../model/problems.ts';
import { danglingRule } from './rules/references.ts';
import type { Finding } from './types.ts';

/**
 * Findings for a file whose references do not resolve (import stops at the integrity stage):
 * each problem becomes an error of reference.dangling that names the JSON path and the missing thing.
 */
export function integrityFindings(problems: readonly Problem[]): Finding[] {
  return problems.map((p) => ({
    rule: danglingRule.id,
    severity: 'error',
    message: `${p.path}: ${p.message}`,
    elements: [],
    relations: [],
    hint: danglingRule.hint,
    principle: danglingRule.principle,
    step: danglingRule.step,
  }));
}
