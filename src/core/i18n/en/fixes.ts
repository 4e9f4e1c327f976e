import type { Wording } from '../text.ts';

/** The quick fixes' button labels in English: the words they have always had (tests and the README rely on them). */
export const fixes = {
  'fix.remove-relation': () => 'Remove this relation',
  'fix.remove-missing-references': () => 'Remove the missing references',
  'fix.remove-from-view': () => 'Remove from the view',
  'fix.retype-relation': (p: { relation: string }, w: Wording) => `Change to "${w.relationLabel(p.relation)}"`,
  'fix.keep-optional': () => 'Keep it (decide "?")',
  'fix.add-to-view': (p: { view: string }) => `Add to view "${p.view}"`,
  'fix.delete-empty-view': (p: { view: string }) => `Delete the empty view "${p.view}"`,
  'fix.show-all-in-view': (p: { view: string }) => `Show every element in "${p.view}"`,
  'fix.show-role-elements': (p: { count: number; role: string; view: string }) =>
    `Show the ${p.count} ${p.role} element${p.count === 1 ? '' : 's'} in "${p.view}"`,
  'fix.place-in-area': (p: { area: string }) => `Place it in ${p.area}`,
};

/** Every language labels each quick fix from the same parameters (tsc checks German and Korean against these). */
export type FixMessages = {
  [K in keyof typeof fixes]: (params: Parameters<(typeof fixes)[K]>[0], w: Wording) => string;
};
