import { localised, type DataSource } from '../i18n/data.ts';
import type { Method } from './schema.ts';
import { methodById } from './shipped.ts';

/** The shipped methods with German and Korean guidance (models/i18n), by id. */
const TRANSLATED: Record<string, DataSource> = { 'crm-bpo-construction': 'methods/crm-bpo-construction.json' };

/** A method in the active data language: a shipped one translated, a pack's copy where it keeps the shipped wording. */
export function localisedMethod(method: Method | undefined): Method | undefined {
  const source = method && TRANSLATED[method.id];
  const english = method && methodById(method.id);
  return method && source && english ? localised(source, method, english) : method;
}
