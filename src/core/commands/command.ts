import { produce } from 'immer';
import type * as z from 'zod';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { integrityProblems } from '../model/integrity.ts';
import { issueProblem, type Problem } from '../model/problems.ts';
import { partSchemas } from '../model/part-schemas.ts';
import type { RefDocument } from '../model/schema.ts';
import { sayProblem, type Said } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';
import { relationNotAllowed } from '../io/relation-refusal.ts';
import type { Edit } from './history.ts';

/** Core's reason for refusing a command; with `text`, read in the user's language (refusalMessage). `field` names the form field to mark. */
export type Refusal = { ok: false; message: string; text?: Text; field?: string };

/** The one kind of command: the edit to perform, or a refusal. */
export type Checked = { ok: true; edit: Edit } | Refusal;

export const refuse = (message: string | Said, field?: string): Refusal => ({
  ok: false,
  ...(typeof message === 'string' ? { message } : message),
  ...(field ? { field } : {}),
});

/**
 * Admits an edit only if the document it makes could be stored: it passes the file format's schema and
 * integrity check, and every relation it adds or changes is one the metamodel allows. A refusal changes
 * nothing, so no door (inspector, canvas, paste, imports, CLI) can half-apply a change.
 */
export function checkEdit(doc: RefDocument, metamodel: Metamodel, edit: Edit): Checked {
  const next = produce(doc, (draft) => {
    edit.apply(draft);
  });
  if (next === doc) return { ok: true, edit };
  const problem =
    changedPartProblem(doc, next) ?? integrityProblems(next, metamodel)[0] ?? forbiddenRelation(doc, next, metamodel);
  return problem
    ? refuse(problem.text ? { message: problem.message, text: problem.text } : problem.message)
    : { ok: true, edit };
}

/**
 * The schema check of a change. The document before passed it and immer keeps unchanged parts by identity,
 * so only replaced parts are parsed: a rename in a 10,000-element model parses one element, not the model.
 */
function changedPartProblem(before: RefDocument, after: RefDocument): Problem | null {
  const [was, is] = [before as Record<string, unknown>, after as Record<string, unknown>];
  const { document, items } = partSchemas();
  const shape = document.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(is)) {
    const value = is[key];
    if (value === was[key]) continue;
    const schema = shape[key];
    if (!schema) return sayProblem(key, 'schema.unknown-part', { key });
    const partItems = items[key];
    if (partItems && Array.isArray(value) && Array.isArray(was[key])) {
      const unchanged = new Set<unknown>(was[key]);
      for (const item of value) {
        if (unchanged.has(item)) continue;
        const problem = firstIssue(partItems.safeParse(item, { reportInput: true }));
        if (problem) return problem;
      }
    } else {
      const problem = firstIssue(schema.safeParse(value, { reportInput: true }));
      if (problem) return problem;
    }
  }
  return null;
}

function firstIssue(result: z.ZodSafeParseResult<unknown>): Problem | null {
  const issue = result.error?.issues[0];
  return issue ? issueProblem(issue) : null;
}

// Only relations the edit touched: an older relation the metamodel now forbids is a finding, not a reason to block other edits.
function forbiddenRelation(before: RefDocument, after: RefDocument, metamodel: Metamodel): Said | null {
  const unchanged = new Set(before.relations);
  const typeOf = new Map(after.elements.map((e) => [e.id, e.type]));
  for (const rel of after.relations) {
    if (unchanged.has(rel)) continue;
    const reason = relationNotAllowed(metamodel, rel.type, typeOf.get(rel.source) ?? '', typeOf.get(rel.target) ?? '');
    if (reason) return reason;
  }
  return null;
}
