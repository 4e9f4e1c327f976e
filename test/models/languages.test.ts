import { describe, expect, it } from 'vitest';
import { localizeDocument } from '../../src/core/i18n/localize.ts';
import { compilePattern, findingsFor } from '../../src/core/validation/index.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../support/models.ts';

const doc = shippedModel();
const HANGUL = /[\uac00-\ud7af]/;

describe('the shipped CRM-in-BPO model in German and Korean', () => {
  const items = [
    ...doc.elements.map((e) => ({ what: `element ${e.id}`, item: e })),
    ...doc.macroStructure.areas.map((a) => ({ what: `area ${a.id}`, item: a })),
    ...doc.macroStructure.roles.map((r) => ({ what: `role ${r.id}`, item: r })),
    ...doc.views.map((v) => ({ what: `view ${v.id}`, item: v })),
  ];

  it('names every element, area, role and view in German and in Korean', () => {
    const missing = items.flatMap(({ what, item }) =>
      (['de', 'ko'] as const).filter((l) => !item.translations?.[l]?.name?.trim()).map((l) => `${what} (${l})`),
    );
    expect(missing).toEqual([]);
    expect(localizeDocument(doc, 'ko').fallbacks.elements.size).toBe(0);
    expect(localizeDocument(doc, 'de').fallbacks.views.size).toBe(0);
  });

  it('writes the Korean names in Hangul', () => {
    expect(items.filter(({ item }) => !HANGUL.test(item.translations!.ko!.name!)).map((i) => i.what)).toEqual([]);
  });

  it("uses the domain's words for the three roles", () => {
    const roles = Object.fromEntries(doc.macroStructure.roles.map((r) => [r.id, r.translations]));
    expect(roles).toMatchObject({
      client: { de: { name: 'Auftraggeber' }, ko: { name: '고객사' } },
      provider: { de: { name: 'Dienstleister' }, ko: { name: 'BPO 사업자' } },
      customer: { de: { name: 'Endkunde' }, ko: { name: '최종 고객' } },
    });
    const ko = new Map(doc.elements.map((e) => [e.id, e.translations?.ko?.name]));
    expect(ko.get('m-first-contact-resolution')).toBe('첫 통화 해결률');
    expect(ko.get('p-complaint-management')).toBe('불만 관리');
  });

  it('names every glossary term in German and Korean', () => {
    expect(doc.designGoals.glossary.filter((g) => !g.translations?.de?.term || !g.translations.ko?.term)).toEqual([]);
  });

  it('follows its own naming rules in every language, each rule with an example that passes it', () => {
    expect(findingsFor(doc, crmBpoMetamodel).filter((f) => f.rule === 'naming.rule')).toEqual([]);
    for (const rule of doc.designGoals.namingRules)
      for (const [language, variant] of Object.entries(rule.languages ?? {})) {
        const compiled = compilePattern(variant.pattern);
        if (!compiled.ok) return expect.unreachable(`${rule.id} (${language}): ${compiled.reason.kind}`);
        expect(compiled.regex.test(variant.example), `${rule.id} (${language})`).toBe(true);
      }
  });
});
