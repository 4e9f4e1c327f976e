import { describe, expect, it } from 'vitest';
import { fileBase, fileSlug, romanizeHangul } from '../../../src/core/i18n/file-name.ts';
import { slug, uniqueId } from '../../../src/core/model/ids.ts';

const model = (name: string, id = 'crm-bpo') => ({ meta: { name, id } });

describe('file names built from names', () => {
  it('keep Hangul readable, and never start with a dash', () => {
    expect(`${fileBase(model('고객 관계 관리 참조 모델'), 'elements')}.csv`).toBe(
      '고객-관계-관리-참조-모델-elements.csv',
    );
    expect(fileSlug('불만 관리')).toBe('불만-관리');
  });

  it('keep English names as before and German ones without accents', () => {
    expect(fileBase(model('CRM-in-BPO reference model'), { name: 'Client view', id: 'client' }, 'map')).toBe(
      'crm-in-bpo-reference-model-client-view-map',
    );
    expect(fileSlug('Geschäftsprozess: Übersicht für Großkunden')).toBe('geschaftsprozess-ubersicht-fur-grosskunden');
  });

  it("fall back to the model's id (and a view's id) when nothing of a name is readable", () => {
    expect(`${fileBase(model('!!!', 'workshop'), 'elements')}.csv`).toBe('workshop-elements.csv');
    expect(fileBase(model('???', '---'), { name: '…', id: 'v1' })).toBe('model-v1');
    expect(fileBase(model('Model'), '')).toBe('model');
  });
});

describe('ids built from Korean names', () => {
  it('romanize Hangul syllable by syllable', () => {
    expect(romanizeHangul('불만 관리')).toBe('bulman gwanri');
    expect(romanizeHangul('첫 통화 해결률 (FCR)')).toBe('cheot tonghwa haegyeolryul (FCR)');
  });

  it('give a readable id instead of an empty one', () => {
    expect(slug('불만 관리')).toBe('bulman-gwanri');
    expect(uniqueId(`p-${slug('고객 문의 응대')}`, new Set())).toBe('p-gogaek-munui-eungdae');
    expect(slug('Complaint management')).toBe('complaint-management');
  });
});
