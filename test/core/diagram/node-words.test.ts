import { afterAll, describe, expect, it } from 'vitest';
import { chipsOf } from '../../../src/core/diagram/node-box.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import type { Element } from '../../../src/core/model/schema.ts';

const measures = Array.from({ length: 7 }, (_, i) => ({ id: `m${i}`, name: `M${i}` }) as Element);
const chip = () => chipsOf({ measures, roles: [], systems: [] })[0]!;

afterAll(() => setDataLanguage('en'));

describe("a process's measures chip", () => {
  it('says its count in the language shown and is as wide as those words', async () => {
    const english = chip();
    expect(english.text).toBe('7 measures');
    await setDataLanguage('de');
    const german = chip();
    expect(german.text).toBe('7 Kennzahlen');
    expect(german.width).toBeGreaterThan(english.width);
    await setDataLanguage('ko');
    expect(chip().text).toBe('지표 7개');
  });
});
