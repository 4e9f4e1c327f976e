import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRINCIPLES, Profile, profiles, rules, STEPS } from '../../../src/core/validation/index.ts';

/** The rule ids shared with the method gates and the evaluation checks, with their default severities. */
const CONTRACT = {
  'metamodel.properties': 'error',
  'metamodel.relation': 'error',
  'reference.dangling': 'error',
  'naming.duplicate': 'warning',
  'element.isolated': 'warning',
  'element.in-no-view': 'info',
  'process.no-cell': 'error',
  'process.no-responsible': 'info',
  'process.no-io': 'warning',
  'process.no-measure': 'warning',
  'measure.measures-nothing': 'error',
  'goal.defined': 'error',
  'goal.testable': 'warning',
  'goal.perspectives': 'warning',
  'goal.unserved': 'warning',
  'element.serves-no-goal': 'info',
  'macro.defined': 'error',
  'lane.empty': 'warning',
  'design.naming-rules': 'warning',
  'naming.rule': 'warning',
  'view.perspectives': 'warning',
  'view.too-many-elements': 'warning',
  'copc.required-metrics': 'warning',
  'element.undecided-optional': 'info',
  'view.empty': 'warning',
  'view.perspective-empty': 'warning',
  'object.no-area': 'warning',
};

describe('rules', () => {
  it('implement every shared rule id at its agreed severity, plus the settings check', () => {
    const bySeverity = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
    expect(bySeverity).toEqual({ ...CONTRACT, 'validation.settings': 'warning' });
  });

  it('each carry a GoM principle, a method step, a title and a hint', () => {
    const principles: string[] = PRINCIPLES.map((p) => p.id);
    for (const rule of rules) {
      expect(principles, rule.id).toContain(rule.principle);
      expect(STEPS, rule.id).toContain(rule.step);
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.hint.length, rule.id).toBeGreaterThan(40);
    }
  });
});

describe('profiles', () => {
  it('are the JSON files of models/validation, each valid and naming only existing rules', () => {
    const dir = new URL('../../../models/validation/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(profiles.map((p) => p.id).sort());
    const ids = new Set(rules.map((r) => r.id));
    for (const file of files) {
      const profile = Profile.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
      for (const rule of Object.keys(profile.severities)) expect(ids, `${file}: ${rule}`).toContain(rule);
    }
  });

  it('make publication stricter than the default: no rule is milder, optional elements are warnings', () => {
    const rank = { off: 0, info: 1, warning: 2, error: 3 } as const;
    const publication = profiles.find((p) => p.id === 'publication')!;
    for (const rule of rules)
      expect(rank[publication.severities[rule.id] ?? rule.severity], rule.id).toBeGreaterThanOrEqual(
        rank[rule.severity],
      );
    expect(publication.severities['element.undecided-optional']).toBe('warning');
    expect(profiles[0]).toMatchObject({ id: 'default', severities: {} });
  });
});
