import { afterEach, describe, expect, it } from 'vitest';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { findings as english } from '../../../src/core/i18n/en/findings.ts';
import { de } from '../../../src/core/i18n/de/index.ts';
import { ko } from '../../../src/core/i18n/ko/index.ts';
import {
  findingMessage,
  fixLabel,
  problemMessage,
  propertyProblemMessage,
  ruleWords,
} from '../../../src/core/i18n/say.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { FORMAT_VERSION } from '../../../src/core/model/schema.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { metamodelFor } from '../../../src/core/metamodel/registry.ts';
import { createValidator, profileWords, rules } from '../../../src/core/validation/index.ts';
import { changed, element } from '../validation/fixtures.ts';

afterEach(() => setDataLanguage('en'));

const doc = changed((d) => {
  d.elements.push(element('o3', 'complaint', { name: 'Rechnung falsch' }));
});
const isolated = () =>
  createValidator(crmBpoMetamodel)
    .run(doc)
    .findings.find((f) => f.rule === 'element.isolated')!;

describe('a finding in three languages', () => {
  it('is written in English as before, with its id and parameters for the other languages', () => {
    const finding = isolated();
    expect(finding.message).toBe('Complaint "Rechnung falsch" has no relation to any other element.');
    expect(finding.text).toEqual({
      id: 'element.isolated',
      params: { element: { type: 'complaint', name: 'Rechnung falsch' } },
    });
    expect(findingMessage(finding, crmBpoMetamodel, 'en')).toBe(finding.message);
  });

  it('reads in German and Korean once the language is loaded, still naming the element with its type', async () => {
    const finding = isolated();
    await setDataLanguage('de');
    expect(findingMessage(finding, metamodelFor(doc))).toBe(
      'Beschwerde „Rechnung falsch“ hat keine Beziehung zu einem anderen Element.',
    );
    await setDataLanguage('ko');
    expect(findingMessage(finding, metamodelFor(doc))).toBe('불만 "Rechnung falsch"에 다른 요소와의 관계가 없습니다.');
    expect(ruleWords(rules.find((r) => r.id === 'element.isolated')!).title).toBe(
      '모든 요소가 다른 요소와 관계를 가진다',
    );
  });

  it('stays English for a language not loaded, and for a message without an id', async () => {
    const finding = isolated();
    expect(findingMessage(finding, crmBpoMetamodel, 'de')).toBe(finding.message);
    await setDataLanguage('de');
    expect(findingMessage({ message: 'A rule of the model’s own.' }, crmBpoMetamodel)).toBe(
      'A rule of the model’s own.',
    );
  });

  it('has German and Korean words for every finding and every built-in rule', () => {
    for (const catalogue of [de, ko]) {
      expect(Object.keys(catalogue.findings).sort()).toEqual(Object.keys(english).sort());
      expect(rules.map((r) => r.id).filter((id) => !catalogue.rules[id])).toEqual([]);
      expect(Object.keys(catalogue.rules).filter((id) => !rules.some((r) => r.id === id))).toEqual([]);
    }
  });
});

describe('an import error in three languages', () => {
  it('says why a newer file cannot be opened, in English as before, then in German and Korean', async () => {
    const result = importDocument(JSON.stringify({ formatVersion: 99 }), crmBpoMetamodel);
    expect(result.ok).toBe(false);
    const problem = !result.ok ? result.errors[0]! : null!;
    expect(problem.message).toBe(
      `This file was written by a newer Refmod (format 99); this version reads formats up to ${FORMAT_VERSION}. Update Refmod to open it.`,
    );
    await setDataLanguage('de');
    expect(problemMessage(problem)).toMatch(/^Diese Datei wurde von einem neueren Refmod geschrieben \(Format 99\)/);
    await setDataLanguage('ko');
    expect(problemMessage(problem)).toMatch(/^이 파일은 더 새로운 Refmod\(형식 99\)로 작성되었습니다/);
  });

  it('names unknown keys in the reader’s language', async () => {
    const result = importDocument('{"formatVersion": 1, "meta": {}, "colour": "red"}', crmBpoMetamodel);
    const problem = !result.ok ? result.errors.find((p) => p.text?.id === 'model.unknown-keys') : undefined;
    expect(problem?.message).toBe('Refmod does not know the key "colour" here.');
    await setDataLanguage('de');
    expect(problemMessage(problem!)).toBe('Refmod kennt den Schlüssel „colour“ an dieser Stelle nicht.');
  });
});

describe('quick fixes, profiles and rules of the model’s own in three languages', () => {
  const optional = changed((d) => {
    d.elements[0]!.optional = true;
    d.validation.rules.push({
      id: 'target',
      kind: 'required-property',
      title: 'Measures state their target',
      severity: 'warning',
      hint: '',
      appliesTo: 'quality-measure',
      property: 'target',
    });
  });

  it('labels a quick fix and names a profile in English as before, then in German and Korean', async () => {
    const report = createValidator(crmBpoMetamodel).run(optional);
    const fix = report.findings.find((f) => f.rule === 'element.undecided-optional')!.fix!;
    expect(fix.label).toBe('Keep it (decide "?")');
    expect(profileWords(report.profile)).toMatchObject({ name: 'Default' });
    await setDataLanguage('de');
    expect(fixLabel(fix, metamodelFor(optional))).toBe('Behalten („?“ entscheiden)');
    expect(profileWords(report.profile).name).toBe('Standard');
    await setDataLanguage('ko');
    expect(fixLabel(fix, metamodelFor(optional))).toBe('유지("?" 결정)');
    expect(profileWords(report.profile).name).toBe('기본');
  });

  it('says a rule of the model’s own in the language, keeping its title, and gives its default hint there', async () => {
    const finding = createValidator(crmBpoMetamodel)
      .run(optional)
      .findings.find((f) => f.rule === 'user.target')!;
    expect(finding.message).toMatch(
      /^Quality measure ".+" has no value for "Target" \(rule "Measures state their target"\)\.$/,
    );
    await setDataLanguage('de');
    expect(findingMessage(finding, metamodelFor(optional))).toMatch(
      /^Qualitätskennzahl „.+“ hat keinen Wert für „.+“ \(Regel „Measures state their target“\)\.$/,
    );
    expect(ruleWords({ id: finding.rule, title: 'Measures state their target', hint: finding.hint }).hint).toBe(
      'Die Autoren des Modells verlangen diese Eigenschaft für Elemente dieses Typs.',
    );
  });
});

describe('technical reasons in three languages', () => {
  const withBadValues = changed((d) => {
    d.elements.push(element('q1', 'inquiry', { name: 'Anruf', properties: { channel: 'pigeon', colour: 'red' } }));
    d.designGoals.namingRules.push({
      id: 'broken',
      appliesTo: 'inquiry',
      pattern: '(a)\\1',
      description: 'Broken',
      example: '',
    });
  });
  const found = (rule: string) =>
    createValidator(crmBpoMetamodel)
      .run(withBadValues)
      .findings.find((f) => f.rule === rule)!;

  it('words a property value that does not fit its type with the metamodel’s labels, English as before', async () => {
    const finding = found('metamodel.properties');
    expect(finding.message).toBe(
      'Inquiry "Anruf": "Channel" must be one of: phone, e-mail/web, fax/mail, chat, face-to-face, multi-channel. Inquiry has no property "colour".',
    );
    await setDataLanguage('de');
    expect(findingMessage(finding, metamodelFor(withBadValues))).toBe(
      'Anfrage „Anruf“: „Kanal“ muss einer dieser Werte sein: phone, e-mail/web, fax/mail, chat, face-to-face, multi-channel. Anfrage hat keine Eigenschaft „colour“.',
    );
    const check = metamodelFor(withBadValues).propertyProblems('inquiry', { channel: 'pigeon' })[0]!;
    expect(propertyProblemMessage(check.problem, metamodelFor(withBadValues))).toMatch(/^„Kanal“ muss einer/);
    await setDataLanguage('ko');
    expect(findingMessage(finding, metamodelFor(withBadValues))).toBe(
      '문의 "Anruf": "채널"은(는) 다음 중 하나여야 합니다: phone, e-mail/web, fax/mail, chat, face-to-face, multi-channel. 문의에는 "colour" 속성이 없습니다.',
    );
  });

  it('says why a naming pattern is unusable in the reader’s language', async () => {
    const finding = found('naming.rule');
    expect(finding.message).toMatch(/is unusable because it refers back to a group/);
    await setDataLanguage('de');
    expect(findingMessage(finding, metamodelFor(withBadValues))).toMatch(
      /ist unbrauchbar \(es verweist auf eine Gruppe zurück/,
    );
    await setDataLanguage('ko');
    expect(findingMessage(finding, metamodelFor(withBadValues))).toMatch(/그룹을 다시 참조/);
  });

  it('has German and Korean words for every reason kind the core gives', () => {
    for (const catalogue of [de, ko]) {
      expect(catalogue.patternReason({ kind: 'too-large', steps: 2000 })).not.toMatch(/expands|steps/);
      expect(
        catalogue.propertyProblem({ kind: 'url', type: 'x', property: 'p' }, { type: 'X', property: 'P' }),
      ).not.toMatch(/must/);
    }
  });
});
