import * as z from 'zod';
import { parseUntrustedJson } from '../io/safe-json.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { integrityProblems } from '../model/integrity.ts';
import { sayProblem } from '../i18n/say.ts';
import { issueProblem, type Problem } from '../model/problems.ts';
import { SCHEMA_ID } from '../model/json-schema.ts';
import { RefDocument } from '../model/schema.ts';
import { Exercise } from './exercise.ts';

/** The published JSON Schema of an exercise file, so a teacher's editor can check it while writing. */
export function exerciseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Exercise, {
    io: 'input',
    target: 'draft-2020-12',
    // The starting model and the solution are Refmod models: point to that schema instead of repeating it twice.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== RefDocument) return;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      jsonSchema.$ref = SCHEMA_ID;
    },
  });
  return {
    ...schema,
    $id: 'https://refmod.example/schema/refmod-exercise.schema.json',
    title: 'Refmod exercise',
    description: 'A modelling exercise: task, starting model, sample solution and rubric.',
  };
}

/** Reads an exercise file a teacher wrote: every problem with its path, or the exercise. */
export function importExercise(
  text: string,
  metamodel: Metamodel,
): { ok: true; exercise: Exercise } | { ok: false; errors: Problem[] } {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value as { kind?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.kind !== 'refmod-exercise')
    return { ok: false, errors: [sayProblem('kind', 'exercise.not-exercise')] };
  // With its input, a text over its limit says how long it is, in any language (issueProblem).
  const result = Exercise.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.map(issueProblem) };
  const errors = (['start', 'solution'] as const).flatMap((part) =>
    integrityProblems(result.data[part], metamodel).map((p) => ({ ...p, path: `${part}.${p.path}` })),
  );
  return errors.length ? { ok: false, errors } : { ok: true, exercise: result.data };
}
