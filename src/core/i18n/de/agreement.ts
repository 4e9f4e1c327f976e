import type { Agreement } from '../en/agreement.ts';

const VIEW = { client: 'Auftraggeber', customer: 'Endkunden', internal: 'internen' } as const;

/** Why agreement is not computed for a choice of sessions, in German. */
export const agreement: Agreement = {
  'agreement.no-session': (p) => `Keine Sitzung hat die ID ${p.ids.map((id) => `„${id}“`).join(', ')}.`,
  'agreement.outside': (p) =>
    `${p.sessions} ${p.count === 1 ? 'nimmt' : 'nehmen'} die ${p.perspective === 'internal' ? 'interne Sicht' : `${VIEW[p.perspective]}-Sicht`} nicht ein.`,
  'agreement.versions': (p) =>
    `Die Sitzungen bewerten verschiedene Versionen des Modells (${p.groups}); Alpha vergleicht Bewertende einer Version. Wählen Sie Sitzungen einer Version.`,
  'agreement.scales': (p) =>
    `Die Sitzungen nutzen verschiedene Skalen (${p.groups}); ihre Werte lassen sich nicht Punkt für Punkt vergleichen. Wählen Sie Sitzungen einer Skala.`,
  'agreement.rater-twice': (p) =>
    p.raters.map((r) => `${r.name} hat ${r.count} Sitzungen (${r.sessions}); wählen Sie eine davon.`).join(' '),
  'agreement.too-few': () => 'Die Übereinstimmung braucht die Sitzungen von mindestens zwei Bewertenden.',
};
