import { describe, expect, it } from 'vitest';
import { applyFix, changed, cleanModel, element, findingsOf, relation } from '../fixtures.ts';

describe('process.no-cell', () => {
  it('reports a process without area or role, and offers the cell of the process it is linked to', () => {
    const doc = changed((d) => {
      d.elements.push(element('p2', 'delivery-process', { name: 'Close inquiry', area: null, role: null }));
      d.relations.push(relation('x5', 'flow', 'p1', 'p2'));
    });
    const [finding] = findingsOf('process.no-cell', doc);
    expect(finding).toMatchObject({ severity: 'error', step: 'macro-structure', elements: ['p2'] });
    expect(finding!.message).toBe(
      'Delivery process "Close inquiry" has no cell in the macro structure: it lacks an area and a role.',
    );
    expect(finding!.fix!.label).toBe(
      'Put in area Operations (like "Handle inquiry") and role Provider (like "Handle inquiry")',
    );
    const fixed = applyFix(doc, finding!);
    expect(fixed.elements.find((e) => e.id === 'p2')).toMatchObject({ area: 'operations', role: 'provider' });
    expect(findingsOf('process.no-cell', fixed)).toEqual([]);
  });

  it('offers no fix when no linked process has a cell, and leaves non-processes alone', () => {
    const doc = changed((d) => {
      d.elements[0]!.role = null;
      d.elements[1]!.role = null;
    });
    const findings = findingsOf('process.no-cell', doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/lacks a role\.$/);
    expect(findings[0]!.fix).toBeUndefined();
    expect(findingsOf('process.no-cell', cleanModel())).toEqual([]);
  });
});

describe('process.no-responsible', () => {
  it('notes a process no organisational role is responsible for', () => {
    const doc = changed((d) => {
      d.relations = d.relations.filter((r) => r.type !== 'responsible-for');
    });
    expect(findingsOf('process.no-responsible', doc)).toMatchObject([{ severity: 'info', elements: ['p1'] }]);
    expect(findingsOf('process.no-responsible', cleanModel())).toEqual([]);
  });
});

describe('process.no-io', () => {
  it('warns about a process with neither input nor output business object', () => {
    const doc = changed((d) => {
      d.relations = d.relations.filter((r) => r.type !== 'input' && r.type !== 'output');
    });
    expect(findingsOf('process.no-io', doc)).toMatchObject([
      { severity: 'warning', message: 'Delivery process "Handle inquiry" has no input and no output business object.' },
    ]);
  });

  it('is satisfied by an input alone', () => {
    const doc = changed((d) => {
      d.relations = d.relations.filter((r) => r.type !== 'output');
    });
    expect(findingsOf('process.no-io', doc)).toEqual([]);
  });
});

describe('process.no-measure', () => {
  it('warns about a process no quality measure measures', () => {
    const doc = changed((d) => {
      d.relations = d.relations.filter((r) => r.type !== 'measures');
    });
    expect(findingsOf('process.no-measure', doc)).toMatchObject([
      { elements: ['p1'], message: 'No quality measure measures Delivery process "Handle inquiry".' },
    ]);
    expect(findingsOf('process.no-measure', cleanModel())).toEqual([]);
  });
});

describe('measure.measures-nothing', () => {
  it('reports a quality measure without a measures relation as an error', () => {
    const doc = changed((d) => {
      d.elements.push(
        element('m2', 'quality-measure', { name: 'Backlog age', properties: { metricCategory: 'Backlog' } }),
      );
    });
    expect(findingsOf('measure.measures-nothing', doc)).toMatchObject([{ severity: 'error', elements: ['m2'] }]);
    expect(findingsOf('measure.measures-nothing', cleanModel())).toEqual([]);
  });
});
