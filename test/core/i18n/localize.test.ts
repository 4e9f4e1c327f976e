import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  localDescription,
  localizeDocument,
  localName,
  marked,
  modelLanguages,
  primaryLanguage,
  textChanges,
} from '../../../src/core/i18n/localize.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { cleanModel } from '../validation/fixtures.ts';

const complaint = {
  name: 'Manage complaints',
  description: 'Takes complaints in and resolves them.',
  translations: {
    de: { name: 'Beschwerden bearbeiten' },
    'ko-KR': { name: '불만 처리', description: '불만을 접수하고 해결한다.' },
  },
};

describe('localName and localDescription', () => {
  it('give the translation in the language asked for', () => {
    expect(localName(complaint, 'de', 'en')).toEqual({
      text: 'Beschwerden bearbeiten',
      language: 'de',
      fallback: false,
    });
    expect(localName(complaint, 'ko', 'en')).toEqual({ text: '불만 처리', language: 'ko', fallback: false });
    expect(localDescription(complaint, 'ko-KR', 'en').text).toBe('불만을 접수하고 해결한다.');
  });

  it("fall back to the model's own text and say so", () => {
    expect(localDescription(complaint, 'de', 'en')).toEqual({
      text: 'Takes complaints in and resolves them.',
      language: 'en',
      fallback: true,
    });
    expect(localName({ name: 'Inquiry' }, 'ko', 'en')).toEqual({ text: 'Inquiry', language: 'en', fallback: true });
    expect(marked(localName({ name: 'Inquiry' }, 'ko', 'en'))).toBe('Inquiry [en]');
  });

  it("give the model's own text without a fallback in the model's own language", () => {
    expect(localName(complaint, 'en-GB', 'en')).toEqual({ text: 'Manage complaints', language: 'en', fallback: false });
  });

  it('do not call an empty description a missing translation', () => {
    expect(localDescription({ name: 'Inquiry', description: '' }, 'de', 'en').fallback).toBe(false);
  });
});

describe('textChanges', () => {
  it("sets the model's own name in its own language", () => {
    expect(textChanges(complaint, 'name', 'Handle complaints', 'en', 'en')).toEqual({ name: 'Handle complaints' });
  });

  it('sets a translation, keeping the other languages and fields', () => {
    expect(textChanges(complaint, 'description', 'Nimmt Beschwerden an.', 'de', 'en')).toEqual({
      translations: {
        de: { name: 'Beschwerden bearbeiten', description: 'Nimmt Beschwerden an.' },
        'ko-KR': complaint.translations['ko-KR'],
      },
    });
    expect(textChanges(complaint, 'name', '고객 불만 처리', 'ko', 'en').translations?.['ko-KR']?.name).toBe(
      '고객 불만 처리',
    );
  });

  it('removes an emptied translation, and the map when it is the last', () => {
    const one = { name: 'Inquiry', translations: { de: { name: 'Anfrage' } } };
    expect(textChanges(one, 'name', '', 'de', 'en')).toEqual({ translations: undefined });
  });
});

describe('localizeDocument', () => {
  it('reads names, lanes, views and glossary in a language, and counts what stands in', () => {
    const doc = cleanModel();
    doc.elements[0]!.translations = { ko: { name: '문의 처리' } };
    doc.macroStructure.areas[0]!.translations = { ko: { name: '운영' } };
    doc.designGoals.glossary = [{ term: 'Inquiry', definition: 'A question.', translations: { ko: { term: '문의' } } }];
    const { doc: ko, fallbacks } = localizeDocument(doc, 'ko');
    expect(ko.elements[0]!.name).toBe('문의 처리');
    expect(ko.elements[1]!.name).toBe('Inquiry');
    expect(ko.macroStructure.areas[0]!.name).toBe('운영');
    expect(ko.designGoals.glossary[0]!.term).toBe('문의');
    expect(ko.meta.language).toBe('ko');
    expect([...fallbacks.elements]).toEqual(doc.elements.slice(1).map((e) => e.id));
    expect(fallbacks.areas.size).toBe(0);
    expect(fallbacks.roles.size).toBe(doc.macroStructure.roles.length);
    expect(localizeDocument(doc, 'ko', { mark: true }).doc.elements[1]!.name).toBe('Inquiry [en]');
    expect(modelLanguages(doc)).toEqual(['en', 'ko']);
  });

  it('is the document itself in its own language, and keeps unchanged items identical across edits', () => {
    const doc = cleanModel();
    expect(localizeDocument(doc, 'en').doc).toBe(doc);
    const first = localizeDocument(doc, 'de').doc;
    const edited = { ...doc, elements: [{ ...doc.elements[0]!, name: 'Handle inquiries' }, ...doc.elements.slice(1)] };
    const second = localizeDocument(edited, 'de').doc;
    expect(second.elements[1]).toBe(first.elements[1]);
    expect(second.elements[0]!.name).toBe('Handle inquiries');
  });
});

describe('primaryLanguage', () => {
  it('reads the primary subtag', () => {
    expect(['de-AT', 'KO', 'en_GB'].map(primaryLanguage)).toEqual(['de', 'ko', 'en']);
  });
});

describe('an old file', () => {
  it('opens as it is: no translations, every name its own in every language', () => {
    // A format-1 file written before translations existed.
    const old = readFileSync('test/fixtures/workshop-model.json', 'utf8');
    const result = importDocument(old, crmBpoMetamodel);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.elements.every((e) => e.translations === undefined)).toBe(true);
    const ko = localizeDocument(result.document, 'ko');
    expect(ko.doc.elements.map((e) => e.name)).toEqual(result.document.elements.map((e) => e.name));
    expect(ko.fallbacks.elements.size).toBe(result.document.elements.length);
  });

  it('refuses a translation under something that is not a language tag, naming where', () => {
    const doc = JSON.parse(readFileSync('test/fixtures/workshop-model.json', 'utf8')) as {
      elements: { translations?: unknown }[];
    };
    doc.elements[0]!.translations = { Korean: { name: '문의' } };
    const result = importDocument(JSON.stringify(doc), crmBpoMetamodel);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toMatch(/^elements\[0\]\.translations/);
  });
});
