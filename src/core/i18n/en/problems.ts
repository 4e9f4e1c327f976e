import { integrity } from './integrity.ts';
import { schema } from './schema.ts';

/** Why a file could not be opened, in English: the words Refmod has always used (tests and the README rely on them). */
export const problems = {
  ...schema,
  ...integrity,
  'file.not-text': () => 'The file could not be read as text.',
  'file.too-large': (p: { megabytes: string }) => `The file is ${p.megabytes} MB; Refmod opens models up to 20 MB.`,
  'file.empty': () => 'The file is empty.',
  'file.too-deep': (p: { levels: number }) => `The file is nested deeper than ${p.levels} levels.`,
  'file.not-json': (p: { detail: string; line?: number; column?: number }) =>
    `The file is not valid JSON (${p.detail}${p.line === undefined ? '' : ` at line ${p.line}, column ${p.column}`}). Was it cut off or edited by hand?`,
  'file.forbidden-key': (p: { key: string }) =>
    `The key "${p.key}" is not allowed in a model file (it could alter JavaScript objects).`,
  'exercise.not-exercise': () => 'This is not a Refmod exercise: an exercise file has "kind": "refmod-exercise".',
  'model.not-an-object': () => 'A Refmod model is a JSON object; this file holds something else.',
  'model.no-format-version': () => 'This is not a Refmod model: it has no valid "formatVersion".',
  'model.newer-format': (p: { version: number; current: number }) =>
    `This file was written by a newer Refmod (format ${p.version}); this version reads formats up to ${p.current}. Update Refmod to open it.`,
  'model.unreadable': (p: { error: string }) => `The model could not be read: ${p.error}`,
  'model.missing-field': (p: { expected: string }) => `This field is missing (expected ${p.expected}).`,
  'model.unknown-keys': (p: { keys: readonly string[] }) =>
    `Refmod does not know the key${p.keys.length > 1 ? 's' : ''} ${p.keys.map((k) => `"${k}"`).join(', ')} here.`,
};

/** Every language phrases each problem from the same parameters (tsc checks German and Korean against these). */
export type ProblemMessages = {
  [K in keyof typeof problems]: (params: Parameters<(typeof problems)[K]>[0]) => string;
};
