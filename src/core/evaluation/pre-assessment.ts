import type { Metamodel } from '../metamodel/metamodel.ts';
import type { CriterionScore, Scale } from '../model/evaluation-record.ts';
import type { RefDocument } from '../model/schema.ts';
import type { Criterion, RuleCheck } from './checklist-schema.ts';
import { runQuery, type QueryResult } from './queries.ts';
import { scoreFromFulfilment } from './scoring.ts';

/** The part of a validation finding the pre-assessment reads (a validation `Finding` fits). */
export interface FindingLike {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  elements: readonly string[];
}

/** An automatic score proposal: the evaluator confirms or overrides it. */
export interface Proposal extends QueryResult {
  criterion: string;
  check: 'query' | 'rule';
  /** The proposal on the session's scale. */
  score: number;
}

export interface PreAssessment {
  proposals: Proposal[];
  /** Criteria with an automatic check that could not run, and why. */
  unavailable: { criterion: string; reason: string }[];
}

export interface PreAssessmentOptions {
  metamodel: Metamodel;
  scale: Scale;
  /** The findings of the validation engine; rule-based checks need them and are skipped without. */
  findings?: readonly FindingLike[];
}

/** Proposes scores for the criteria that carry an automatic check. Pure: the document is only read. */
export function preAssess(
  doc: RefDocument,
  criteria: readonly Criterion[],
  options: PreAssessmentOptions,
): PreAssessment {
  const result: PreAssessment = { proposals: [], unavailable: [] };
  for (const criterion of criteria) {
    const auto = criterion.auto;
    if (!auto) continue;
    let found: QueryResult;
    if ('query' in auto) found = runQuery(doc, auto, options.metamodel);
    else if (options.findings) found = fromFindings(auto, options.findings);
    else {
      result.unavailable.push({
        criterion: criterion.id,
        reason: 'Run the validation first: this check reads its findings.',
      });
      continue;
    }
    result.proposals.push({
      ...found,
      criterion: criterion.id,
      check: 'query' in auto ? 'query' : 'rule',
      score: scoreFromFulfilment(found.fulfilment, options.scale),
    });
  }
  return result;
}

/** Per rule: no finding 1, warnings or infos only 0.5, an error 0; averaged over the rules. */
function fromFindings(check: RuleCheck, findings: readonly FindingLike[]): QueryResult {
  const rules = Array.isArray(check.rule) ? check.rule : [check.rule];
  const clean: string[] = [];
  const sentences: string[] = [];
  const elements = new Set<string>();
  let sum = 0;
  for (const rule of rules) {
    const hits = findings.filter((f) => f.rule === rule);
    if (hits.length === 0) {
      sum += 1;
      clean.push(rule);
      continue;
    }
    const errors = hits.filter((f) => f.severity === 'error').length;
    sum += errors ? 0 : 0.5;
    for (const f of hits) f.elements.forEach((id) => elements.add(id));
    const counts = (['error', 'warning', 'info'] as const)
      .map((s) => [s, hits.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}${n > 1 ? 's' : ''}`);
    sentences.push(`${rule}: ${counts.join(', ')}, e.g. "${hits[0]!.message}"`);
  }
  if (clean.length) sentences.unshift(`No finding for ${clean.join(', ')}`);
  return { fulfilment: sum / rules.length, evidence: sentences.join('. ') + '.', elements: [...elements] };
}

/** A criterion score that takes a proposal: its score and evidence, marked as confirmed from the proposal; the evaluator's note is kept. */
export function acceptProposal(current: CriterionScore | undefined, proposal: Proposal): CriterionScore {
  const note = current?.note ?? '';
  return {
    score: proposal.score,
    note: note || proposal.evidence,
    evidence: [...proposal.elements],
    fromProposal: true,
  };
}
