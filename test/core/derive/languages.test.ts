import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { conformance } from '../../../src/core/derive/conformance.ts';
import { deriveModel } from '../../../src/core/derive/derive.ts';
import { referenceChanges } from '../../../src/core/derive/reference-changes.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { derive as english } from '../../../src/core/i18n/en/derive.ts';
import { de } from '../../../src/core/i18n/de/index.ts';
import { ko } from '../../../src/core/i18n/ko/index.ts';
import { deriveMessage } from '../../../src/core/i18n/say.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { smallModel } from '../diff/fixtures.ts';

afterEach(() => setDataLanguage('en'));

const reference = smallModel();
const derived = produce(
  deriveModel(reference, { id: 'acme', name: 'ACME CRM', at: '2026-03-01T00:00:00.000Z' }),
  (d) => {
    d.elements[0]!.name = 'Interessent'; // lead: renamed
    d.elements = d.elements.filter((e) => e.id !== 'speed'); // omitted
  },
);
const newReference = produce(reference, (d) => {
  d.macroStructure.areas.push({ id: 'marketing', name: 'Marketing', colour: '#555555', description: '' });
  d.elements[0]!.name = 'Sales lead';
});

const deviations = () => conformance(reference, derived).deviations.map((d) => deriveMessage(d, crmBpoMetamodel));
const changes = () =>
  referenceChanges(reference, newReference, derived).map((c) => [
    deriveMessage({ message: c.summary, text: c.summaryText }, crmBpoMetamodel),
    c.conflict && c.conflictText ? deriveMessage({ message: c.conflict, text: c.conflictText }, crmBpoMetamodel) : null,
  ]);

describe('conformance deviations and reference changes in three languages', () => {
  it('reads in English as the dialog always said it', () => {
    expect(deviations()).toContain('"Interessent" renames "Lead".');
    expect(changes()).toContainEqual([
      'The reference model changed name of "Sales lead".',
      'Changed locally as well: name is "Interessent" here, "Sales lead" in the reference.',
    ]);
    expect(changes()).toContainEqual(['The reference model added the area "Marketing".', null]);
  });

  it('reads in German, with German quotation marks and field names', async () => {
    await setDataLanguage('de');
    expect(deviations()).toContain('„Interessent“ benennt „Lead“ um.');
    expect(deviations().some((m) => m.startsWith('„Speed of answer“ aus dem Referenzmodell wurde weggelassen'))).toBe(
      true,
    );
    expect(changes()).toContainEqual([
      'Das Referenzmodell hat „Sales lead“ geändert: Name.',
      'Auch hier geändert: Name ist hier "Interessent", in der Referenz "Sales lead".',
    ]);
    expect(changes()).toContainEqual(['Das Referenzmodell hat den Bereich „Marketing“ hinzugefügt.', null]);
  });

  it('reads in Korean', async () => {
    await setDataLanguage('ko');
    expect(deviations()).toContain('"Interessent"은(는) "Lead"의 이름을 바꾼 것입니다.');
    expect(changes()).toContainEqual([
      '참조 모델이 "Sales lead"을(를) 바꿨습니다: 이름.',
      '이 모델에서도 바뀌었습니다: 이름: 이 모델에서는 "Interessent", 참조 모델에서는 "Sales lead".',
    ]);
    expect(changes()).toContainEqual(['참조 모델에 영역 "Marketing"이(가) 추가되었습니다.', null]);
  });

  it('has German and Korean words for every message', () => {
    for (const catalogue of [de, ko]) expect(Object.keys(catalogue.derive).sort()).toEqual(Object.keys(english).sort());
  });
});
