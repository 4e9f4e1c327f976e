import type { GomPrinciple } from '../evaluation/checklist-schema.ts';
import type { Language } from './language.ts';

/**
 * The six Guidelines of Modeling principles by name, in the words each language's literature uses (Becker and
 * Schütte's Grundsätze ordnungsmäßiger Modellierung). The interface and the CLI both read them here. German breaks
 * its long compounds at soft hyphens (the radar chart needs it); a terminal gets them without (plainPrincipleNames).
 */
export const PRINCIPLE_NAMES: Record<Language, Record<GomPrinciple, string>> = {
  en: {
    correctness: 'Correctness',
    relevance: 'Relevance',
    'economic-efficiency': 'Economic efficiency',
    clarity: 'Clarity',
    comparability: 'Comparability',
    'systematic-design': 'Systematic design',
  },
  de: {
    correctness: 'Richtigkeit',
    relevance: 'Relevanz',
    'economic-efficiency': 'Wirtschaft\u00adlichkeit',
    clarity: 'Klarheit',
    comparability: 'Vergleich\u00adbarkeit',
    'systematic-design': 'Systematischer Aufbau',
  },
  ko: {
    correctness: '정확성',
    relevance: '관련성',
    'economic-efficiency': '경제성',
    clarity: '명확성',
    comparability: '비교 가능성',
    'systematic-design': '체계적 구성',
  },
};

/** The principles' names without soft hyphens, for text that is not laid out by a browser. */
export function plainPrincipleNames(language: Language): Record<GomPrinciple, string> {
  const names = PRINCIPLE_NAMES[language];
  return Object.fromEntries(Object.entries(names).map(([id, name]) => [id, name.replace(/\u00ad/g, '')])) as Record<
    GomPrinciple,
    string
  >;
}
