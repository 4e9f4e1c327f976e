import type { Language } from './language.ts';

/** The words of a view's image (legend headings, tooltips of lanes and optional elements), in each language. */
export interface ImageWords {
  legendShapes: string;
  legendRoles: string;
  legendAreas: string;
  legendRelations: string;
  legendOptional: string;
  optionalUndecided: string;
  roleHead: (name: string) => string;
  areaHead: (name: string) => string;
}

// The app's export catalogues spread these, so the app and refmod export draw the same words.
export const IMAGE_WORDS: Record<Language, ImageWords> = {
  en: {
    legendShapes: 'Shapes',
    legendRoles: 'Roles',
    legendAreas: 'Areas',
    legendRelations: 'Relations',
    legendOptional: 'optional (?), undecided',
    optionalUndecided: ' (optional, undecided)',
    roleHead: (name) => `Role: ${name}`,
    areaHead: (name) => `Area: ${name}`,
  },
  de: {
    legendShapes: 'Formen',
    legendRoles: 'Rollen',
    legendAreas: 'Bereiche',
    legendRelations: 'Beziehungen',
    legendOptional: 'optional (?), offen',
    optionalUndecided: ' (optional, offen)',
    roleHead: (name) => `Rolle: ${name}`,
    areaHead: (name) => `Bereich: ${name}`,
  },
  ko: {
    legendShapes: '도형',
    legendRoles: '역할',
    legendAreas: '영역',
    legendRelations: '관계',
    legendOptional: '선택 사항(?), 미정',
    optionalUndecided: ' (선택 사항, 미정)',
    roleHead: (name) => `역할: ${name}`,
    areaHead: (name) => `영역: ${name}`,
  },
};
