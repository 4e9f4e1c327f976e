import type { Metamodel } from '../metamodel/metamodel.ts';
import { integrityProblems } from './integrity.ts';
import { formatPath, sentence, type Problem } from './problems.ts';
import { RefDocument } from './schema.ts';

/** Everything that keeps a document from being stored: the file format's schema first, then referential integrity. */
export function documentProblems(doc: RefDocument, metamodel: Metamodel): Problem[] {
  const parsed = RefDocument.safeParse(doc);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: sentence(i.message) }));
  return integrityProblems(doc, metamodel);
}
