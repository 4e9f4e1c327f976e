import * as z from 'zod';
import { Checklist } from '../evaluation/checklist-schema.ts';
import { MetamodelData } from '../metamodel/schema.ts';
import { formatPath, type Problem } from '../model/problems.ts';
import { Id, Name, Text } from '../model/primitives.ts';
import { ValidationProfile } from './profile-schema.ts';
import { Method } from './schema.ts';

/** The version of the method-pack format this build reads and writes. */
export const PACK_FORMAT = 1;

/**
 * A method pack: one file with a metamodel, a construction method, checklists and a validation profile, or any
 * of them. A model that uses a pack carries it inside the file, so it opens the same anywhere.
 */
export const MethodPack = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    packFormat: z.literal(PACK_FORMAT).describe('The method-pack format version: 1'),
    id: Id,
    name: Name,
    version: z.string().min(1).max(50),
    description: Text.default(''),
    authors: z.array(z.string().max(200)).default([]),
    metamodel: MetamodelData.optional().describe(
      "The element and relation types; absent: Refmod's CRM-in-BPO metamodel",
    ),
    method: Method.optional().describe('The construction method: phases and steps with guidance and gates'),
    checklists: z.array(Checklist).default([]).describe('Evaluation checklists, one per perspective or "all"'),
    profile: ValidationProfile.optional().describe('A validation profile: rule severities'),
  })
  .superRefine((pack, ctx) => {
    if (!pack.metamodel && !pack.method && pack.checklists.length === 0 && !pack.profile)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'A method pack holds at least one of: metamodel, method, checklists, profile.',
      });
    const ids = pack.checklists.map((c) => c.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['checklists', i, 'id'],
          message: `The checklist id "${id}" is used twice.`,
        });
    });
  });
export type MethodPack = z.infer<typeof MethodPack>;

export type LoadedPack = { ok: true; pack: MethodPack } | { ok: false; errors: Problem[] };

/** Reads a method pack (parsed JSON) and reports every schema problem with its path. Never throws. */
export function loadPack(raw: unknown): LoadedPack {
  const result = MethodPack.safeParse(raw);
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** Whether a parsed JSON file is meant as a method pack rather than a model. */
export function looksLikePack(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'packFormat' in raw;
}
