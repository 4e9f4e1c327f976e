import type { FixMessages } from '../en/fixes.ts';

/** The quick fixes' button labels in German. */
export const fixes: FixMessages = {
  'fix.remove-relation': () => 'Diese Beziehung entfernen',
  'fix.remove-missing-references': () => 'Fehlende Verweise entfernen',
  'fix.remove-from-view': () => 'Aus der Sicht entfernen',
  'fix.retype-relation': (p, w) => `In ${w.quote(w.relationLabel(p.relation))} ändern`,
  'fix.keep-optional': () => 'Behalten („?“ entscheiden)',
  'fix.add-to-view': (p, w) => `Zur Sicht ${w.quote(p.view)} hinzufügen`,
  'fix.delete-empty-view': (p, w) => `Leere Sicht ${w.quote(p.view)} löschen`,
  'fix.show-all-in-view': (p, w) => `Alle Elemente in ${w.quote(p.view)} zeigen`,
  'fix.show-role-elements': (p, w) =>
    `${p.count === 1 ? 'Das Element' : `Die ${p.count} Elemente`} der Rolle ${w.quote(p.role)} in ${w.quote(p.view)} zeigen`,
  'fix.place-in-area': (p, w) => `In den Bereich ${w.quote(p.area)} legen`,
};
