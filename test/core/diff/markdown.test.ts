import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/core/diff/diff.ts';
import { diffToMarkdown } from '../../../src/core/diff/markdown.ts';
import { smallModel } from './fixtures.ts';

describe('diffToMarkdown', () => {
  const a = smallModel();

  it('says so when two models do not differ', () => {
    expect(diffToMarkdown(diffDocuments(a, a), a, a)).toContain('The two models do not differ.');
  });

  it('writes one table per kind of change with names, lanes and old → new values', () => {
    const b = produce(a, (d) => {
      d.meta.version = '1.1.0';
      d.elements[0]!.name = 'Sales | lead';
      d.elements[1]!.role = 'client';
      d.elements[2]!.type = 'contact';
      d.elements = d.elements.filter((e) => e.id !== 'speed');
      d.relations = d.relations.filter((r) => r.id !== 'r3');
      d.relations.push({ id: 'r9', type: 'refers-to', source: 'account', target: 'lead', label: '' });
      d.views[0]!.positions.lead = { x: 5, y: 5 };
    });
    const md = diffToMarkdown(diffDocuments(a, b), a, b);
    expect(md).toContain('# Comparison: Small CRM model (1.0.0) → Small CRM model (1.1.0)');
    expect(md).toContain(
      '**Summary:** 1 element removed, 1 element changed, 1 element retyped, 1 element moved to another lane, 1 relation added, 1 relation removed, 1 position changed.',
    );
    expect(md).toContain('| Speed of answer | quality-measure | Operations | Provider |');
    expect(md).toContain('| Sales \\| lead | name | Lead | Sales \\| lead |');
    expect(md).toContain('| Account | account | contact |');
    expect(md).toContain('| Qualify lead | (same) | (same) | Provider | Client |');
    expect(md).toContain('| Account | refers-to | Sales \\| lead |  |');
    expect(md).toContain('| full | 1 | 0 | 0 |');
    expect(md).toContain('| version | 1.0.0 | 1.1.0 |');
  });
});
