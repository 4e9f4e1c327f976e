import { describe, expect, it } from 'vitest';
import { changed, cleanModel, element, findingsOf } from '../fixtures.ts';

describe('naming.duplicate', () => {
  it('reports elements of one type whose names differ only in case', () => {
    const doc = changed((d) => {
      d.elements.push(element('o3', 'inquiry', { name: 'inquiry' }));
    });
    const [finding] = findingsOf('naming.duplicate', doc);
    expect(finding).toMatchObject({ severity: 'warning', principle: 'clarity', elements: ['o1', 'o3'] });
    expect(finding!.message).toBe('2 elements of the type Inquiry are named "Inquiry".');
  });

  it('allows one name for elements of different types', () => {
    const doc = changed((d) => {
      d.elements.push(element('o3', 'complaint', { name: 'Inquiry' }));
    });
    expect(findingsOf('naming.duplicate', doc)).toEqual([]);
    expect(findingsOf('naming.duplicate', cleanModel())).toEqual([]);
  });
});

describe('design.naming-rules', () => {
  it('asks for naming rules when the design goals have none', () => {
    const doc = changed((d) => {
      d.designGoals.namingRules = [];
    });
    expect(findingsOf('design.naming-rules', doc)).toMatchObject([
      { severity: 'warning', step: 'design-goals', principle: 'comparability' },
    ]);
    expect(findingsOf('design.naming-rules', cleanModel())).toEqual([]);
  });
});

describe('naming.rule', () => {
  it('reports a name that breaks a naming rule, quoting the rule and its example', () => {
    const doc = changed((d) => {
      d.elements[0]!.name = 'inquiry handling';
    });
    const [finding] = findingsOf('naming.rule', doc);
    expect(finding).toMatchObject({ elements: ['p1'], severity: 'warning' });
    expect(finding!.message).toBe(
      'Delivery process "inquiry handling" breaks the naming rule "verb + noun" (e.g. "Handle inquiry").',
    );
  });

  it('checks only the types a rule applies to', () => {
    const doc = changed((d) => {
      d.elements[1]!.name = 'inquiry';
    });
    expect(findingsOf('naming.rule', doc)).toEqual([]);
    expect(findingsOf('naming.rule', cleanModel())).toEqual([]);
  });

  it('reports an unusable pattern as a finding instead of failing', () => {
    const doc = changed((d) => {
      d.designGoals.namingRules.push({
        id: 'nr-bad',
        appliesTo: 'category:process',
        pattern: '([a-z])\\1',
        description: '',
        example: '',
      });
      d.designGoals.namingRules.push({
        id: 'nr-broken',
        appliesTo: 'inquiry',
        pattern: '(unclosed',
        description: 'Broken',
        example: '',
      });
    });
    const findings = findingsOf('naming.rule', doc);
    expect(findings.map((f) => f.subjects)).toEqual([['nr-bad'], ['nr-broken']]);
    expect(findings[0]!.message).toMatch(/refers back to a group/);
    expect(findings[1]!.message).toMatch(
      /"Broken" cannot be checked: its pattern \/\(unclosed\/ is unusable because it is not a valid regular expression/,
    );
  });
});
