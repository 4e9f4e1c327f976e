import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compilePattern } from '../../../src/core/validation/patterns.ts';
import { messages, setLanguage } from '../../../src/ui/i18n/messages.ts';
import { suggestions } from '../../../src/ui/method/editors/naming-presets.ts';
import { breakable, shortTitle } from '../../../src/ui/method/MethodStepper.tsx';
import { since } from '../../../src/ui/gallery/since.ts';
import type { Language } from '../../../src/core/i18n/language.ts';

// The German and Korean catalogues load on demand; the first load compiles them, which takes a while under load.
beforeAll(async () => {
  await setLanguage('de', false);
  await setLanguage('ko', false);
});
afterEach(() => setLanguage('en', false));

/** Whether the suggestion for a scope, in a language, accepts a name. */
async function accepts(language: Language, scope: string, name: string): Promise<boolean> {
  await setLanguage(language, false);
  const preset = suggestions(language, messages().method).find((s) => s.appliesTo === scope)!;
  const compiled = compilePattern(preset.pattern);
  if (!compiled.ok) throw new Error(`the ${language} preset for ${scope} does not compile: ${compiled.reason.kind}`);
  return compiled.regex.test(name);
}

describe('the naming-rule suggestions in each language', () => {
  it('ask English processes for verb + noun, German for object + infinitive, and let Korean names go without capitals', async () => {
    expect(await accepts('en', 'category:process', 'Manage complaints')).toBe(true);
    expect(await accepts('en', 'category:process', 'Complaint management')).toBe(false);
    expect(await accepts('de', 'category:process', 'Beschwerden bearbeiten')).toBe(true);
    expect(await accepts('de', 'category:process', 'Bearbeitung von Beschwerden')).toBe(false);
    expect(await accepts('ko', 'category:process', '불만 처리')).toBe(true);
    expect(await accepts('ko', 'category:business-object', '고객 문의')).toBe(true);
    expect(await accepts('ko', 'category:quality-measure', '호 포기율')).toBe(true);
  });

  it('give each language its own words and an example that follows its own pattern', async () => {
    for (const language of ['en', 'de', 'ko'] as const) {
      await setLanguage(language, false);
      for (const preset of suggestions(language, messages().method)) {
        const compiled = compilePattern(preset.pattern);
        expect(compiled.ok && compiled.regex.test(preset.example), `${language} ${preset.appliesTo}`).toBe(true);
      }
    }
    await setLanguage('ko', false);
    expect(suggestions('ko', messages().method)[0]!.label).toBe('프로세스: 대상 + 행위');
  });
});

describe('the method bar', () => {
  it("shortens every language's step titles by their shared verb, and lets German compounds break between parts", () => {
    expect(shortTitle('Set macro structure')).toBe('Macro structure');
    expect(shortTitle('Ordnungsrahmen festlegen')).toBe('Ordnungsrahmen');
    expect(shortTitle('매크로 구조 설정')).toBe('매크로 구조');
    expect(breakable('Gestaltungsziele')).toBe('Gestaltungs\u00ADziele');
    expect(breakable('Design goals')).toBe('Design goals');
  });

  it('counts the steps done in the active language', async () => {
    expect(messages().method.stepsDone(1, 5)).toBe('1 of 5 steps done');
    await setLanguage('de', false);
    expect(messages().method.stepsDone(1, 5)).toBe('1 von 5 Schritten erledigt');
    await setLanguage('ko', false);
    expect(messages().method.stepsDone(1, 5)).toBe('5단계 중 1단계 완료');
  });
});

describe('the gallery', () => {
  it('says how long ago a model changed in the active language, and a date as the language writes it', async () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(since('2026-12-07T11:55:00Z', now)).toBe('5 min ago');
    await setLanguage('de', false);
    expect(since('2026-12-07T09:00:00Z', now)).toBe('vor 3 Std.');
    expect(since('2026-11-24T09:00:00Z', now)).toBe('24.11.2026');
    await setLanguage('ko', false);
    expect(since('2026-12-07T11:59:50Z', now)).toBe('방금');
    expect(since('2026-11-24T09:00:00Z', now)).toBe('2026. 11. 24.에');
  });
});
