import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel as metamodel } from '../../../src/core/metamodel/crm-bpo.ts';

describe('the metamodel’s reasons', () => {
  it('says why no relation at all connects two types, and what the source type may do instead', () => {
    expect(metamodel.whyUnconnected('objective', 'inquiry')).toBe(
      'No relation of the CRM in BPO metamodel goes from an Objective to an Inquiry. An Objective may: "serves" (a process or strategy contributes to an objective or vision).',
    );
    expect(metamodel.whyUnconnected('contact', 'delivery-process')).toBeNull();
  });

  it('says why one relation type may not connect two types, naming the ones that may', () => {
    expect(metamodel.whyNot('flow', 'lead', 'product')).toMatch(
      /^A Lead cannot "feeds" a Product: .*Allowed between them: "belongs to", "refers to"\.$/,
    );
    expect(metamodel.whyNot('belongs-to', 'lead', 'product')).toBeNull();
    expect(metamodel.whyNot('bogus', 'lead', 'product')).toBe(
      '"bogus" is not a relation type of the CRM in BPO metamodel.',
    );
  });
});
