import { describe, expect, it } from 'vitest';
import { applyFix, changed, cleanModel, findingsOf, relation } from '../fixtures.ts';

describe('metamodel.properties', () => {
  it('reports a missing required property and an unknown type, naming the element', () => {
    const doc = changed((d) => {
      d.elements[3]!.properties = {};
      d.elements[1]!.type = 'gadget';
    });
    const findings = findingsOf('metamodel.properties', doc);
    expect(findings.map((f) => [f.elements, f.severity])).toEqual([
      [['o1'], 'error'],
      [['m1'], 'error'],
    ]);
    expect(findings[0]!.message).toMatch(
      /"Inquiry" has the type "gadget", which the CRM in BPO metamodel does not define/,
    );
    expect(findings[1]!.message).toMatch(
      /Quality measure "Inquiry response time": Quality measure needs a value for "Metric category"/,
    );
  });

  it('reports a value of the wrong kind', () => {
    const doc = changed((d) => {
      d.elements[2]!.properties = { priority: 'whenever' };
    });
    expect(findingsOf('metamodel.properties', doc)[0]!.message).toMatch(
      /"Priority" must be one of: low, normal, high, urgent/,
    );
  });

  it('accepts elements whose properties fit their type', () => {
    expect(findingsOf('metamodel.properties', cleanModel())).toEqual([]);
  });
});

describe('metamodel.relation', () => {
  it('reports a relation the metamodel does not allow and offers the only allowed type', () => {
    const doc = changed((d) => {
      d.relations[0]!.type = 'measures';
    });
    const [finding] = findingsOf('metamodel.relation', doc);
    expect(finding).toMatchObject({
      severity: 'error',
      elements: ['o1', 'p1'],
      relations: ['x1'],
      principle: 'correctness',
    });
    expect(finding!.message).toMatch(
      /Inquiry "Inquiry" → Delivery process "Handle inquiry": A Inquiry cannot "measures"/,
    );
    expect(finding!.fix!.label).toBe('Change to "is input to"');
    const fixed = applyFix(doc, finding!);
    expect(fixed.relations[0]!.type).toBe('input');
    expect(findingsOf('metamodel.relation', fixed)).toEqual([]);
  });

  it('offers to remove a relation of an unknown type', () => {
    const doc = changed((d) => {
      d.relations.push(relation('x9', 'likes', 'o1', 'o2'));
    });
    const [finding] = findingsOf('metamodel.relation', doc);
    expect(finding!.message).toMatch(/"likes", which the CRM in BPO metamodel does not define/);
    expect(applyFix(doc, finding!).relations.map((r) => r.id)).not.toContain('x9');
  });

  it('accepts relations between the types they allow', () => {
    expect(findingsOf('metamodel.relation', cleanModel())).toEqual([]);
  });
});
