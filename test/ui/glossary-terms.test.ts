import { describe, expect, it } from 'vitest';
import data from '../../models/glossary.json' with { type: 'json' };
import crmBpo from '../../models/reference/crm-bpo.json' with { type: 'json' };
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { Glossary } from '../../src/core/model/glossary.ts';
import { RefDocument } from '../../src/core/model/schema.ts';
import { glossaryTermsFor } from '../../src/ui/explain/glossary-terms.ts';

const glossary = Glossary.parse(data);
const doc = RefDocument.parse(crmBpo);
const element = (name: string) => doc.elements.find((e) => e.name === name)!;
const blank = { name: '', description: '', properties: {} };

describe('the glossary terms that explain an element', () => {
  it('starts with the concept the element type stands for, then what its properties name', () => {
    expect(glossaryTermsFor(element('Manage campaigns'), glossary)).toEqual(['Delivery process', 'Customer process']);
    expect(glossaryTermsFor(element('Answer end-user calls'), glossary).slice(0, 2)).toEqual([
      'Key customer-related process (KCRP)',
      'COPC-2000',
    ]);
    expect(glossaryTermsFor({ ...blank, type: 'objective', properties: { level: 'supporting' } }, glossary)).toEqual([
      'Supporting objective',
    ]);
  });

  it('adds terms the name or description mentions, the longest spelling winning over the terms inside it', () => {
    expect(
      glossaryTermsFor(
        { ...blank, type: 'key-support-process', description: 'A key support process of COPC-2000.' },
        glossary,
      ),
    ).toEqual(['Key support process (KSP)', 'COPC-2000']);
    expect(
      glossaryTermsFor(
        { ...blank, type: 'report', description: 'Costs per customer from activity-based costing.' },
        glossary,
      ),
    ).toEqual(['Activity-based costing']);
    expect(
      glossaryTermsFor({ ...blank, type: 'report', description: 'Runs the closed knowledge loop.' }, glossary),
    ).toEqual(['Closed knowledge loop']);
  });

  it('matches abbreviations only in capitals and single common words not at all', () => {
    expect(
      glossaryTermsFor({ ...blank, type: 'report', description: 'The BPO contract of the client.' }, glossary),
    ).toEqual(['Business process outsourcing (BPO)']);
    expect(
      glossaryTermsFor({ ...blank, type: 'report', description: 'The bpo of the client and the customer.' }, glossary),
    ).toEqual([]);
  });

  it('links every process of the CRM-in-BPO model but the client–provider coordination to a glossary term', () => {
    const processes = doc.elements.filter((e) => crmBpoMetamodel.categoryOf(e.type)?.id === 'process');
    const unexplained = processes.filter((p) => glossaryTermsFor(p, glossary).length === 0).map((p) => p.name);
    expect(unexplained).toEqual(['Coordinate client and provider']);
  });
});
