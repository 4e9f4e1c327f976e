import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/core/diff/diff.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { messages, setLanguage } from '../../../src/ui/i18n/messages.ts';
import { diffReport } from '../../../src/ui/workspace/diff-markdown.ts';
import { diffRows } from '../../../src/ui/workspace/diff-rows.ts';
import { smallModel } from '../../core/diff/fixtures.ts';

afterEach(() => setLanguage('en', false));

const a = smallModel();
const b = produce(a, (d) => {
  d.meta.version = '1.1.0';
  d.elements[0]!.name = 'Sales | lead';
  d.elements = d.elements.filter((e) => e.id !== 'speed');
  d.views[0]!.positions.lead = { x: 5, y: 5 };
});
const report = () => {
  const m = messages().workspace;
  const diff = diffDocuments(a, b);
  return diffReport(diff, diffRows(diff, a, b, crmBpoMetamodel, m), { a, b, before: 'v1', after: 'v2' }, m);
};

describe('the comparison as a Markdown report', () => {
  it('is written in English with the tables the dialog shows', async () => {
    await setLanguage('en', false);
    const md = report();
    expect(md).toContain('# Comparison: Small CRM model (1.0.0) → Small CRM model (1.1.0)');
    expect(md).toContain('**Summary:** 1 removed, 1 changed, 1 position (layout only)');
    expect(md).toContain('| Change | Name | Type | Details |');
    expect(md).toContain('| Changed | Sales \\| lead |');
    expect(md).toContain('## Layout only');
  });

  it('is written in German and in Korean, headings, kinds and summary included', async () => {
    await setLanguage('de', false);
    let md = report();
    expect(md).toContain('# Vergleich: Small CRM model (1.0.0) → Small CRM model (1.1.0)');
    expect(md).toMatch(/- \*\*Vorher:\*\* v1: Small CRM model, Version 1\.0\.0, gespeichert /);
    expect(md).toContain('| Änderung | Name | Typ | Einzelheiten |');
    expect(md).not.toMatch(/\b(Summary|Removed|Changed|Elements|Layout only)\b/);
    await setLanguage('ko', false);
    md = report();
    expect(md).toContain('# 비교: Small CRM model (1.0.0) → Small CRM model (1.1.0)');
    expect(md).not.toMatch(/\b(Summary|Removed|Changed|Elements|Before|After|version|saved)\b/);
  });

  it('says so when the two do not differ', async () => {
    await setLanguage('de', false);
    const m = messages().workspace;
    const diff = diffDocuments(a, a);
    expect(
      diffReport(diff, diffRows(diff, a, a, crmBpoMetamodel, m), { a, b: a, before: 'x', after: 'y' }, m),
    ).toContain(m.noDifference);
  });
});
