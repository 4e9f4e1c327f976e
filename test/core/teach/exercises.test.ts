import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { problemMessage } from '../../../src/core/i18n/say.ts';
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
  it('says what is wrong with a file that is not an exercise, or a broken one, in German too', async () => {
    await setDataLanguage('de');
    onTestFinished(() => setDataLanguage('en'));
    const notOne = importExercise('{"formatVersion": 1}', crmBpoMetamodel);
    expect(notOne.ok ? null : notOne.errors[0]).toEqual({
      path: 'kind',
      message: 'This is not a Refmod exercise: an exercise file has "kind": "refmod-exercise".',
      text: { id: 'exercise.not-exercise', params: {} },
    });
    expect(notOne.ok ? '' : problemMessage(notOne.errors[0]!, 'de')).toBe(
      'Dies ist keine Refmod-Übung: Eine Übungsdatei hat "kind": "refmod-exercise".',
    );
    const text = readFileSync(`${dir}/${files[0]!}`, 'utf8').replace('"level": 1', '"level": 9');
    const result = importExercise(text, crmBpoMetamodel);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('level');
    // A name over the file format's limit in the starting model reads as the model's own problem would.
    const long = JSON.parse(readFileSync(`${dir}/${files[0]!}`, 'utf8')) as { start: { elements: { name: string }[] } };
    long.start.elements[0]!.name = 'n'.repeat(201);
    const tooLong = importExercise(JSON.stringify(long), crmBpoMetamodel);
    expect(tooLong.ok ? '' : problemMessage(tooLong.errors[0]!, 'de')).toBe(
      'Ein Name darf höchstens 200 Zeichen haben; dieser hat 201.',
    );
    expect(importExercise('{', crmBpoMetamodel).ok).toBe(false);
  });
});
