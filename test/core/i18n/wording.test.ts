import { describe, expect, it } from 'vitest';
import { wording } from '../../../src/core/i18n/text.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';

describe('the wording of messages', () => {
  it('is made once per metamodel and language, since validation words a finding for every element it flags', () => {
    const en = wording('en', crmBpoMetamodel);
    expect(wording('en', crmBpoMetamodel)).toBe(en);
    const de = wording('de', crmBpoMetamodel);
    expect(de).not.toBe(en);
    expect(de.quote('Angebot')).toBe('„Angebot“');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
