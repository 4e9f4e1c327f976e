import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en/index.ts';
import { de } from '../../../src/ui/i18n/de/index.ts';
import { ko } from '../../../src/ui/i18n/ko/index.ts';

/** Every path of a catalogue down to its strings and functions, with what sits there. */
function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [`${at}: ${typeof value}`];
  if (Array.isArray(value)) return [`${at}: array of ${value.length}`];
  if (value === null || typeof value !== 'object') return [`${at}: ${String(value)}`];
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, at ? `${at}.${key}` : key));
}

describe('interface catalogues', () => {
  it.each([
    ['German', de],
    ['Korean', ko],
  ])('%s has every namespace and key of English, and nothing else', (_, translation) => {
    expect(Object.keys(translation).sort()).toEqual(Object.keys(en).sort());
    expect(shape(translation).sort()).toEqual(shape(en).sort());
  });
});
