import type * as z from 'zod';
import { sayImport, type Said } from '../i18n/say.ts';
import { sentence } from '../model/problems.ts';

/**
 * Why a CSV cell does not fit the model's schema, as an import message: an id, an empty name, a text too long or a
 * value not among the allowed ones are said in any language; any other schema sentence stays as the schema words it.
 */
export function cellSchemaProblem(issue: z.core.$ZodIssue, row: unknown): Said | string {
  const english = sentence(issue.message);
  const said = schemaSaid(issue, row);
  // The schema's own words are the English ones: a message id only joins them where the catalogue says the same.
  return said?.message === english ? said : english;
}

function schemaSaid(issue: z.core.$ZodIssue, row: unknown): Said | null {
  if (issue.code === 'invalid_value') return sayImport('csv.not-one-of', { values: issue.values.map(String) });
  if (issue.code === 'invalid_format' && issue.format === 'regex' && /^an id /.test(issue.message))
    return sayImport('csv.bad-id', undefined);
  if (issue.code === 'too_small' && issue.origin === 'string') return sayImport('csv.empty-name', undefined);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    const key = String(issue.path.at(-1));
    const what = key === 'name' ? 'name' : key === 'label' ? 'label' : 'text';
    const value = valueAt(row, issue.path);
    const length = typeof value === 'string' ? value.length : 0;
    return sayImport('csv.too-long', { what, limit: Number(issue.maximum), length });
  }
  return null;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], value);
}
