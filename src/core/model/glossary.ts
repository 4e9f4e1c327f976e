import * as z from 'zod';
import { Name, Text } from './primitives.ts';

/** One concept: its definition, the broader concept it narrows (if any), and where the definition comes from. */
export const GlossaryTerm = z.strictObject({
  term: Name,
  definition: Text.trim().min(1, 'a term needs a definition'),
  broader: Name.optional().describe('The term of the broader concept, e.g. "Relationship marketing" for CRM'),
  source: Name.describe('A short citation, e.g. "Geib et al. 2005"'),
});

/** The shipped concept glossary (models/glossary.json): terms are unique and every broader term is itself defined. */
export const Glossary = z.strictObject({ terms: z.array(GlossaryTerm).min(1) }).superRefine((glossary, ctx) => {
  const known = new Set<string>();
  glossary.terms.forEach((t, i) => {
    if (known.has(t.term))
      ctx.addIssue({ code: 'custom', path: ['terms', i, 'term'], message: `The term "${t.term}" is defined twice.` });
    known.add(t.term);
  });
  glossary.terms.forEach((t, i) => {
    if (t.broader !== undefined && !known.has(t.broader)) {
      ctx.addIssue({
        code: 'custom',
        path: ['terms', i, 'broader'],
        message: `"${t.term}" narrows "${t.broader}", which the glossary does not define.`,
      });
    }
  });
});

export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type Glossary = z.infer<typeof Glossary>;

/** The chain of broader terms above a term, nearest first (stops at a cycle). */
export function broaderChain(glossary: Glossary, term: string): string[] {
  const byTerm = new Map(glossary.terms.map((t) => [t.term, t]));
  const chain: string[] = [];
  for (
    let next = byTerm.get(term)?.broader;
    next !== undefined && !chain.includes(next) && next !== term;
    next = byTerm.get(next)?.broader
  ) {
    chain.push(next);
  }
  return chain;
}
