import type { Wording } from '../text.ts';

/** What a derived model's part is: an element, a relation, or a lane or goal of its framework. */
export type DerivedSubject = 'element' | 'relation' | 'area' | 'role' | 'goal';
/** How a derived element departs from the reference (an adaptation other than "adopted"). */
export type LocalAdaptation = 'specialised' | 'extended' | 'renamed' | 'omitted' | 'new';
/** Why taking over a changed field clashes: the derived model holds a third value, or a relation's end is missing. */
export type Clash = { kind: 'value'; field: string; here: string; reference: string } | { kind: 'no-end'; id: string };

type Named = { name: string };
type Note = { note?: string };
type Ends = { type: string; source: string; target: string };
type Of = { subject: DerivedSubject; name: string };

const why = (p: Note) => (p.note ? ` (${p.note})` : '');
const s = (n: number) => (n === 1 ? '' : 's');
const value = (v: string) => (v === '' ? 'empty' : v);
/** English names the part of a framework as it is kept in the file; an element or relation is named without a noun. */
const the = (subject: DerivedSubject) => (subject === 'element' || subject === 'relation' ? '' : `the ${subject} `);

export function clash(c: Clash): string {
  return c.kind === 'value'
    ? `${c.field} is ${value(c.here)} here, ${value(c.reference)} in the reference`
    : `${c.id} has no counterpart in the derived model`;
}

/**
 * The conformance deviations and reference changes in English: the words the Conformance dialog has always shown
 * (tests rely on them). Relation types and fields are named by their ids, as the file has them.
 */
export const derive = {
  'deviation.new': (p: Named) => `"${p.name}" is new: the reference model has no such element.`,
  'deviation.stems-from-gone': (p: Named & { from: string }) =>
    `"${p.name}" stems from "${p.from}", which the reference model no longer has.`,
  'deviation.omitted': (p: Named & Note) => `"${p.name}" of the reference model was omitted${why(p)}.`,
  'deviation.renamed': (p: Named & Note & { was: string }) => `"${p.name}" renames "${p.was}"${why(p)}.`,
  'deviation.extended': (p: Named & Note & { count: number }) =>
    `"${p.name}" is extended by ${p.count} relation${s(p.count)} the reference model lacks${why(p)}.`,
  'deviation.specialised': (p: Named & Note & { was: string; fields: readonly string[] }) =>
    `"${p.name}" specialises "${p.was}"${p.fields.length ? `, changing ${p.fields.join(', ')}` : ''}${why(p)}.`,
  'deviation.no-counterpart': (p: Named) =>
    `"${p.name}" of the reference model has no counterpart in the derived model.`,
  'deviation.relation-omitted': (p: Ends) =>
    `The relation "${p.type}" from "${p.source}" to "${p.target}" was omitted.`,
  'deviation.relation-new': (p: Ends) => `The relation "${p.type}" from "${p.source}" to "${p.target}" is new.`,

  'change.added': (p: Of) => `The reference model added ${the(p.subject)}"${p.name}".`,
  'change.removed': (p: Of) => `The reference model removed ${the(p.subject)}"${p.name}".`,
  'change.changed': (p: Of & { fields: readonly string[] }) =>
    `The reference model changed ${p.fields.join(', ')} of ${the(p.subject)}"${p.name}".`,
  'change.relation-added': (p: Ends) =>
    `The reference model added the relation "${p.type}" from ${p.source} to ${p.target}.`,
  'change.relation-removed': (p: Ends) =>
    `The reference model removed the relation "${p.type}" from ${p.source} to ${p.target}.`,
  'change.relation-changed': (p: { relation: string; fields: readonly string[]; end: boolean }) =>
    `The reference model changed ${[...p.fields, ...(p.end ? ['an end'] : [])].join(', ')} of the relation ${p.relation}.`,

  'conflict.look-alike': (p: Named) =>
    `The derived model already has its own "${p.name}"; taking over links it to the reference element.`,
  'conflict.adapted': (p: Named & { adaptation: LocalAdaptation }) =>
    `"${p.name}" was ${p.adaptation} locally; taking over deletes it.`,
  'conflict.clashes': (p: { clashes: readonly Clash[]; local: boolean }) =>
    `${p.local ? 'Changed locally as well: ' : ''}${p.clashes.map(clash).join('; ')}.`,
  'conflict.ends-omitted': (p: { ends: readonly string[] }) =>
    `${p.ends.join(' and ')} ${p.ends.length > 1 ? 'were' : 'was'} omitted in the derived model.`,
  'conflict.ends-missing': (p: { ends: readonly string[] }) =>
    `${p.ends.join(' and ')} has no counterpart in the derived model.`,
  'conflict.own-lane': (p: Of) =>
    `The derived model has its own ${p.subject} "${p.name}" with this id; taking over replaces it.`,
  'conflict.lane-used': (p: { count: number }) =>
    `${p.count} element${s(p.count)} of the derived model use${p.count === 1 ? 's' : ''} it; taking over clears it there.`,
};

/** Every language phrases each derive message from the same parameters (tsc checks German and Korean against these). */
export type DeriveMessages = {
  [K in keyof typeof derive]: (params: Parameters<(typeof derive)[K]>[0], w: Wording) => string;
};
