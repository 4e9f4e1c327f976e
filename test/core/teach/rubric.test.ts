import { describe, expect, it } from 'vitest';
import { updateElement, deleteRelations } from '../../../src/core/commands/elements.ts';
import { perform, startHistory, type Edit } from '../../../src/core/commands/history.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { Exercise } from '../../../src/core/teach/exercise.ts';
import { checkExercise } from '../../../src/core/teach/rubric.ts';
import { smallModel } from '../diff/fixtures.ts';

const change = (doc: RefDocument, ...edits: Edit[]) =>
  edits.reduce((h, e) => perform(h, e), startHistory(doc)).document;

const exercise = Exercise.parse({
  kind: 'refmod-exercise',
  id: 'small',
  title: 'Small',
  level: 1,
  task: 'Place and connect.',
  start: smallModel(),
  solution: smallModel(),
  rubric: [
    {
      id: 'lead',
      kind: 'element',
      what: 'the lead',
      match: { type: 'lead' },
      role: 'client',
      area: 'sales',
      hint: 'Who raises it?',
    },
    {
      id: 'qualify',
      kind: 'element',
      what: 'a process that qualifies leads',
      match: { names: ['qualify lead', 'Qualify leads'] },
      points: 2,
    },
    {
      id: 'flow',
      kind: 'relation',
      what: 'the lead going into qualification',
      type: 'input',
      source: { type: 'lead' },
      target: { type: 'delivery-process' },
    },
  ],
});

describe('checkExercise', () => {
  it('scores a model that meets the rubric as passed', () => {
    const check = checkExercise(exercise, smallModel());
    expect(check).toMatchObject({ earned: 4, total: 4, score: 1, passed: true });
    expect(check.results.every((r) => r.status === 'met' && r.hint === '')).toBe(true);
  });

  it('names what is misplaced without saying where it belongs', () => {
    const check = checkExercise(exercise, change(smallModel(), updateElement('lead', { role: 'provider' })));
    expect(check).toMatchObject({ earned: 3, total: 4, passed: false });
    expect(check.results[0]).toMatchObject({
      status: 'misplaced',
      hint: '“Lead” is not in the right lane yet. Who raises it?',
    });
    expect(check.results[0]!.hint).not.toMatch(/client/i);
  });

  it('names what is missing by its description, not its name, and finds unconnected, reversed and mistyped relations', () => {
    const renamed = checkExercise(exercise, change(smallModel(), updateElement('qualify', { name: 'Sort leads' })));
    expect(renamed.results[1]).toMatchObject({
      status: 'missing',
      hint: 'Still missing: a process that qualifies leads.',
    });
    expect(renamed.score).toBe(0.5);
    const unconnected = checkExercise(exercise, change(smallModel(), deleteRelations(['r1'])));
    expect(unconnected.results[2]).toMatchObject({
      status: 'unconnected',
      hint: 'Not connected yet: the lead going into qualification.',
    });
    const flipped = smallModel();
    const reversed = {
      ...flipped,
      relations: flipped.relations.map((r) => (r.id === 'r1' ? { ...r, source: r.target, target: r.source } : r)),
    };
    expect(checkExercise(exercise, reversed).results[2]!.status).toBe('reversed');
    const mistyped = {
      ...flipped,
      relations: flipped.relations.map((r) => (r.id === 'r1' ? { ...r, type: 'refers-to' } : r)),
    };
    expect(checkExercise(exercise, mistyped).results[2]).toMatchObject({
      status: 'mistyped',
      hint: 'The lead going into qualification: the connection is there, but of the wrong kind.',
    });
  });

  it('passes at the pass mark', () => {
    const lenient = { ...exercise, passMark: 0.75 };
    expect(checkExercise(lenient, change(smallModel(), updateElement('lead', { role: 'provider' }))).passed).toBe(true);
  });
});
