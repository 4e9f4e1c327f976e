import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dataLanguage, setDataLanguage } from '../../../src/core/i18n/data.ts';
import { loadTranslation, localise, translationKeys } from '../../../src/core/i18n/data-load.ts';
import { TRANSLATED_DATA, type DataSource } from '../../../src/core/i18n/translated-data.ts';
import { localisedGlossary, withTranslatedBroader } from '../../../src/core/i18n/glossary.ts';
import { DataTranslation, dataTranslationJsonSchema } from '../../../src/core/i18n/translation-schema.ts';
import { checklistsOf } from '../../../src/core/evaluation/checklists.ts';
import { Checklist } from '../../../src/core/evaluation/checklist-schema.ts';
import { loadMethod } from '../../../src/core/method/engine.ts';
import { localisedMethod } from '../../../src/core/method/localised.ts';
import { methodById } from '../../../src/core/method/shipped.ts';
import { crmBpoData, crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { metamodelFor } from '../../../src/core/metamodel/registry.ts';
import { MetamodelData } from '../../../src/core/metamodel/schema.ts';
import { Catalogue } from '../../../src/core/model/catalogue.ts';
import { Gallery } from '../../../src/core/model/gallery.ts';
import { ValidationProfile } from '../../../src/core/method/profile-schema.ts';
import { Glossary } from '../../../src/core/model/glossary.ts';

const SOURCES = Object.keys(TRANSLATED_DATA) as DataSource[];
const LANGUAGES = ['de', 'ko'] as const;
const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../models/${path}`, import.meta.url), 'utf8')) as unknown;
const translation = (language: string, source: DataSource) => DataTranslation.parse(read(`i18n/${language}/${source}`));

/** Each translated file read by the schema of its English original, after translation. */
const SCHEMAS: Record<DataSource, (data: unknown) => unknown> = {
  'metamodel/crm-bpo.json': (d) => MetamodelData.parse(d),
  'methods/crm-bpo-construction.json': (d) => {
    const loaded = loadMethod(d);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return loaded.method;
  },
  'checklists/common.json': (d) => Checklist.parse(d),
  'checklists/client.json': (d) => Checklist.parse(d),
  'checklists/customer.json': (d) => Checklist.parse(d),
  'checklists/internal.json': (d) => Checklist.parse(d),
  'catalogues/copc-2000.json': (d) => Catalogue.parse(d),
  'catalogues/geib-2005-processes.json': (d) => Catalogue.parse(d),
  'glossary.json': (d) => Glossary.parse(d),
  'index.json': (d) => Gallery.parse(d),
  'validation/default.json': (d) => ValidationProfile.parse(d),
  'validation/publication.json': (d) => ValidationProfile.parse(d),
};

afterEach(() => setDataLanguage('en'));

describe('the shipped data in German and Korean', () => {
  for (const language of LANGUAGES)
    for (const source of SOURCES)
      it(`${language}: ${source} has every key of the English file and no other`, () => {
        const file = translation(language, source);
        expect([file.language, file.source]).toEqual([language, source]);
        const english = Object.keys(translationKeys(source, read(source)));
        const translated = Object.keys(file.strings);
        expect(english.filter((k) => !translated.includes(k))).toEqual([]);
        expect(translated.filter((k) => !english.includes(k))).toEqual([]);
      });

  for (const language of LANGUAGES)
    for (const source of SOURCES)
      it(`${language}: ${source} translated still passes its schema`, () => {
        const english = read(source);
        let translated = localise(source, english, translation(language, source).strings);
        if (source === 'glossary.json') translated = withTranslatedBroader(english as Glossary, translated as Glossary);
        expect(() => SCHEMAS[source](translated)).not.toThrow();
        expect(translated).not.toEqual(english);
      });

  it('every data file is translated into both languages, and the published schema is the zod one', () => {
    const missing = LANGUAGES.flatMap((l) =>
      SOURCES.filter((s) => !existsSync(new URL(`../../../models/i18n/${l}/${s}`, import.meta.url))),
    );
    expect(missing).toEqual([]);
    const published = JSON.parse(
      readFileSync(new URL('../../../public/schema/data-translation.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(published).toEqual(dataTranslationJsonSchema());
  });

  it('refuses a translation with an empty text or an unknown source file', () => {
    const good = translation('de', 'glossary.json');
    expect(DataTranslation.safeParse({ ...good, strings: { 'terms/Client/term': ' ' } }).success).toBe(false);
    expect(DataTranslation.safeParse({ ...good, source: 'models/reference/crm-bpo.json' }).success).toBe(false);
  });
});

describe('the domain vocabulary', () => {
  const text = (language: string, source: DataSource) =>
    Object.values(translation(language, source).strings).join('\n');

  it('German names the GoM principles, the Ordnungsrahmen and the parties as the German literature does', () => {
    const glossary = text('de', 'glossary.json');
    for (const term of [
      'Richtigkeit',
      'Relevanz',
      'Wirtschaftlichkeit',
      'Klarheit',
      'Vergleichbarkeit',
      'Systematischer Aufbau',
      'Ordnungsrahmen',
    ])
      expect(glossary).toContain(term);
    const labels = translation('de', 'metamodel/crm-bpo.json').strings;
    expect(labels['categories/quality-measure/label']).toBe('Qualitätskennzahl');
    const method = text('de', 'methods/crm-bpo-construction.json');
    for (const role of ['Auftraggeber', 'Dienstleister', 'Endkunde']) expect(method).toContain(role);
  });

  it('German avoids the ambiguous "Kunde" for a party, and the glossary says why', () => {
    const strings = translation('de', 'glossary.json').strings;
    expect(strings['terms/Client/term']).toBe('Auftraggeber');
    expect(strings['terms/Customer/term']).toBe('Endkunde');
    expect(strings['terms/Naming the parties/definition']).toMatch(/„Kunde“.*mehrdeutig.*Auftraggeber.*Endkunden/s);
  });

  it('Korean uses the contact-centre and COPC terms Korean practitioners use', () => {
    const all = SOURCES.map((s) => text('ko', s)).join('\n');
    for (const term of [
      '서비스 수준',
      '응대율',
      '첫 통화 해결률',
      '평균 처리 시간',
      '고객 만족도',
      '모니터링',
      '코칭',
      '포기호율',
      '고객사',
      '최종 고객',
      'BPO 사업자',
    ])
      expect(all).toContain(term);
  });
});

describe('loading the data in a language', () => {
  it('switches the metamodel, method, checklists and glossary, and English is the shipped data itself', async () => {
    await setDataLanguage('ko');
    expect(dataLanguage()).toBe('ko');
    expect(metamodelFor({}).elementType('inquiry')?.label).toBe('문의');
    expect(localisedMethod(methodById('crm-bpo-construction'))?.steps[1]?.title).toBe('참조 프레임워크 설정');
    expect(checklistsOf({}).find((c) => c.id === 'crm-bpo-client')?.title).toBe('고객사 뷰');
    await setDataLanguage('de');
    expect(metamodelFor({}).relationType('measures')?.label).toBe('misst');
    await setDataLanguage('en');
    expect(metamodelFor({})).toBe(crmBpoMetamodel);
    expect(localisedMethod(methodById('crm-bpo-construction'))).toBe(methodById('crm-bpo-construction'));
  });

  it('keeps a pack’s own wording where it differs from the shipped metamodel', async () => {
    await setDataLanguage('de');
    const own = structuredClone(crmBpoData);
    own.elementTypes.find((t) => t.id === 'inquiry')!.label = 'Ticket';
    const metamodel = metamodelFor({ pack: { metamodel: own } });
    expect(metamodel.elementType('inquiry')?.label).toBe('Ticket');
    expect(metamodel.elementType('complaint')?.label).toBe('Beschwerde');
  });

  it('translates a broader glossary term with its term, so the hierarchy holds in every language', async () => {
    const english = Glossary.parse(read('glossary.json'));
    await setDataLanguage('de');
    const german = localisedGlossary(english);
    expect(Glossary.safeParse(german).success).toBe(true);
    expect(german.terms.find((t) => t.term === 'Richtigkeit')?.broader).toBe(
      'Grundsätze ordnungsmäßiger Modellierung (GoM)',
    );
  });

  it('has no strings for English, and none for a language without a file', async () => {
    expect(await loadTranslation('en', 'glossary.json')).toEqual({});
  });
});
