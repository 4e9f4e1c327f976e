import type { Language } from '../../../core/i18n/language.ts';
import type { Messages } from '../../i18n/messages.ts';

/** Common conventions to start from (Matook & Indulska 2009, activity 4.2); the user edits the pattern before adding. */
export const SUGGESTIONS = [
  {
    appliesTo: 'category:process',
    pattern: '^(?!.*\\p{L}(?:ment|ing|tion|sion)$)\\p{Lu}\\p{Ll}+ \\S.*$',
    kind: 'Process',
  },
  {
    appliesTo: 'category:business-object',
    pattern: "^(?=.{1,40}$)\\p{Lu}[\\p{L}\\p{N} '/()-]*$",
    kind: 'Object',
  },
  {
    appliesTo: 'category:quality-measure',
    pattern: '^(?=.{1,45}$)[\\p{Lu}\\p{N}][^.!?:]*$',
    kind: 'Measure',
  },
] as const;

/**
 * The same conventions for names in German (a process is object + infinitive, "Beschwerden bearbeiten", not
 * "Bearbeitung von Beschwerden") and Korean (no capitals; a process is object + verbal noun, "불만 처리").
 */
const PATTERNS: Partial<Record<Language, Record<(typeof SUGGESTIONS)[number]['kind'], string>>> = {
  de: {
    Process: '^\\p{Lu}\\p{L}*(?: [\\p{L}-]+)* \\p{Ll}+n$',
    Object: SUGGESTIONS[1].pattern,
    Measure: SUGGESTIONS[2].pattern,
  },
  ko: {
    Process: '^(?=.{1,40}$)[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}]+)+$',
    Object: "^(?=.{1,40}$)[\\p{L}\\p{N}][\\p{L}\\p{N} '/()-]*$",
    Measure: '^(?=.{1,45}$)[\\p{L}\\p{N}][^.!?:]*$',
  },
};

/** The suggestions in the interface's language: its words, its example names and a pattern that fits them. */
export function suggestions(language: Language, m: Messages['method']) {
  return SUGGESTIONS.map((s) => ({
    appliesTo: s.appliesTo,
    pattern: PATTERNS[language]?.[s.kind] ?? s.pattern,
    label: m[`preset${s.kind}Label`],
    description: m[`preset${s.kind}Text`],
    example: m[`preset${s.kind}Example`],
  }));
}
