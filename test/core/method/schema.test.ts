import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { loadMethod, methodProblems } from '../../../src/core/method/engine.ts';
import { GateRule, type Method } from '../../../src/core/method/schema.ts';
import { methodById, shippedMethods, shippedPacks } from '../../../src/core/method/shipped.ts';

const dir = join(import.meta.dirname, '../../../models/methods');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const crm = () => structuredClone(read('crm-bpo-construction.json')) as Method;

describe('shipped method files', () => {
  it.each(files)('%s loads with the method schema and fits the CRM-in-BPO metamodel', (file) => {
    const loaded = loadMethod(read(file));
    if (!loaded.ok) expect.fail(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(methodProblems(loaded.method, crmBpoMetamodel)).toEqual([]);
    expect(`${loaded.method.id}.json`).toBe(file);
  });

  it('ships every file in models/methods through the manifest, then the methods of the shipped packs', () => {
    const fromFiles = shippedMethods.filter((m) => !shippedPacks.some((p) => p.method?.id === m.id));
    expect(fromFiles.map((m) => `${m.id}.json`).sort()).toEqual([...files].sort());
  });

  it('gives the CRM-in-BPO method five steps in two phases, with the shared step ids', () => {
    const method = methodById('crm-bpo-construction')!;
    expect(method.phases.map((p) => p.title)).toEqual(['Structural', 'Graphical']);
    expect(method.steps.map((s) => [s.phase, s.id])).toEqual([
      ['structural', 'structural-goals'],
      ['structural', 'macro-structure'],
      ['structural', 'process-structure'],
      ['graphical', 'design-goals'],
      ['graphical', 'design-structure'],
    ]);
    for (const step of method.steps) {
      expect(step.exitCriteria.length, step.id).toBeGreaterThan(0);
      expect(step.example.join(' ').length, step.id).toBeGreaterThan(100);
      expect(step.references.length, step.id).toBeGreaterThan(0);
    }
    expect(method.steps[2]!.example.join(' ')).toMatch(
      /Answering end-user calls\* \(COPC K2\) sits in \*\*Provider × Operations/,
    );
  });

  it("gives Schütte's method his five phases", () => {
    expect(methodById('schuette-1998')!.steps.map((s) => s.id)).toEqual([
      'problem-definition',
      'frame-construction',
      'structure-construction',
      'completion',
      'application',
    ]);
  });

  it("lists all 40 of Matook & Indulska's activities in their seven phases", () => {
    const method = methodById('matook-indulska-2009')!;
    expect(method.steps).toHaveLength(7);
    const activities = method.steps.flatMap((s) => s.guidance.join('\n').match(/^- \d\.\d /gm) ?? []);
    expect(activities).toHaveLength(40);
  });

  it('is followed by the shipped reference model, at a step of the method', () => {
    const { method } = JSON.parse(readFileSync(join(dir, '../reference/crm-bpo.json'), 'utf8')) as {
      method: { methodId: string; currentStep: string };
    };
    expect(methodById(method.methodId)?.steps.map((s) => s.id)).toContain(method.currentStep);
  });

  it('names as gates only rules of the shared validation contract', () => {
    const rules = new Set(GateRule.options);
    for (const method of shippedMethods)
      for (const step of method.steps) for (const rule of step.exitCriteria) expect(rules.has(rule)).toBe(true);
  });
});

describe('loadMethod', () => {
  const errorsOf = (raw: unknown) => {
    const loaded = loadMethod(raw);
    return loaded.ok ? [] : loaded.errors;
  };

  it('reports a missing field and an unknown rule with their paths', () => {
    const method = crm() as unknown as Record<string, unknown> & { steps: Record<string, unknown>[] };
    delete method.steps[0]!.purpose;
    method.steps[1]!.exitCriteria = ['macro.defined', 'macro.typo'];
    const paths = errorsOf(method).map((e) => e.path);
    expect(paths).toContain('steps[0].purpose');
    expect(paths).toContain('steps[1].exitCriteria[1]');
  });

  it('rejects duplicate step ids, an unknown phase and steps out of phase order', () => {
    const dup = crm();
    dup.steps[1]!.id = 'structural-goals';
    expect(errorsOf(dup).map((e) => e.message)).toContain('The step id "structural-goals" is used twice.');

    const unknown = crm();
    unknown.steps[0]!.phase = 'nowhere';
    expect(errorsOf(unknown)[0]!.message).toMatch(/phase "nowhere", which the method does not list/);

    const mixed = crm();
    mixed.steps.push(structuredClone(mixed.steps[0]!));
    mixed.steps.at(-1)!.id = 'late-goals';
    expect(errorsOf(mixed).some((e) => e.message.includes('comes after a step of a later phase'))).toBe(true);
  });

  it('asks for three to six guiding questions', () => {
    const few = crm();
    few.steps[0]!.questions = ['Why?', 'For whom?'];
    expect(errorsOf(few).map((e) => e.path)).toContain('steps[0].questions');
  });

  it('does not throw on something that is not a method', () => {
    expect(loadMethod(null).ok).toBe(false);
    expect(loadMethod('method').ok).toBe(false);
  });

  it('reports palette entries the metamodel does not define', () => {
    const method = crm();
    method.steps[0]!.palette.elements.push('category:nothing', 'unicorn');
    method.steps[0]!.palette.relations.push('loves');
    const loaded = loadMethod(method);
    if (!loaded.ok) expect.fail('should load');
    expect(methodProblems(loaded.method, crmBpoMetamodel).map((p) => p.path)).toEqual([
      'steps[0].palette.elements[1]',
      'steps[0].palette.elements[2]',
      'steps[0].palette.relations[2]',
    ]);
  });
});
