import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { exerciseJsonSchema, importExercise } from '../../../src/core/teach/import.ts';
import { checkExercise } from '../../../src/core/teach/rubric.ts';

const dir = 'models/exercises';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string) => {
  const result = importExercise(readFileSync(`${dir}/${file}`, 'utf8'), crmBpoMetamodel);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.exercise;
};

describe('the shipped exercises', () => {
  it('are five, from easy to hard', () => {
    expect(files.map((f) => load(f).level)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(files)('%s: the sample solution passes with full marks and the starting model does not pass', (file) => {
    const exercise = load(file);
    expect(checkExercise(exercise, exercise.solution)).toMatchObject({ score: 1, passed: true });
    const start = checkExercise(exercise, exercise.start);
    expect(start.passed).toBe(false);
    expect(start.results.filter((r) => r.status !== 'met').every((r) => r.hint.length > 0)).toBe(true);
  });

  it('never name the answer in a hint: no hint for a misplaced element names a lane', () => {
    for (const file of files) {
      const exercise = load(file);
      const lanes = [...exercise.start.macroStructure.roles, ...exercise.start.macroStructure.areas].map((l) => l.name);
      for (const r of checkExercise(exercise, exercise.start).results)
        if (r.status === 'misplaced') for (const lane of lanes) expect(r.hint).not.toContain(`“${lane}”`);
    }
  });

  it('are described by the published JSON Schema', () => {
    const published: unknown = JSON.parse(readFileSync('public/schema/refmod-exercise.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(exerciseJsonSchema())));
  });
});

describe('importExercise', () => {
  it('says what is wrong with a file that is not an exercise, or a broken one', () => {
    const notOne = importExercise('{"formatVersion": 1}', crmBpoMetamodel);
    expect(notOne.ok ? null : notOne.errors[0]).toEqual({
      path: 'kind',
      message: 'This is not a Refmod exercise: an exercise file has "kind": "refmod-exercise".',
    });
    const text = readFileSync(`${dir}/${files[0]!}`, 'utf8').replace('"level": 1', '"level": 9');
    const result = importExercise(text, crmBpoMetamodel);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('level');
    expect(importExercise('{', crmBpoMetamodel).ok).toBe(false);
  });
});
