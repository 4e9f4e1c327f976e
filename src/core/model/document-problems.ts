import type { Metamodel } from '../metamodel/metamodel.ts';
import { integrityProblems } from './integrity.ts';
import { issueProblem, type Problem } from './problems.ts';
import { RefDocument } from './schema.ts';

/** Everything that keeps a document from being stored: the file format's schema first, then referential integrity. */
export function documentProblems(doc: RefDocument, metamodel: Metamodel): Problem[] {
  const parsed = RefDocument.safeParse(doc, { reportInput: true });
  if (!parsed.success) return parsed.error.issues.map(issueProblem);
  return integrityProblems(doc, metamodel);
}
