import type { EvaluationPerspective } from '../../model/evaluation-record.ts';

/** A rater with more than one session among those chosen: the name, how many, and which (names and ids). */
interface RaterTwice {
  name: string;
  count: number;
  sessions: string;
}

/** Why agreement is not computed for a choice of sessions, in English: the words the evaluation has always shown. */
export const agreement = {
  'agreement.no-session': (p: { ids: string[] }) => `No session has the id ${p.ids.map((id) => `"${id}"`).join(', ')}.`,
  'agreement.outside': (p: { sessions: string; count: number; perspective: EvaluationPerspective }) =>
    `${p.sessions} ${p.count === 1 ? 'does' : 'do'} not take the ${p.perspective} view.`,
  'agreement.versions': (p: { groups: string }) =>
    `The sessions judged different versions of the model (${p.groups}): alpha compares raters of one version. Choose sessions of one version.`,
  'agreement.scales': (p: { groups: string }) =>
    `The sessions use different scales (${p.groups}): their values cannot be compared point by point. Choose sessions on one scale.`,
  'agreement.rater-twice': (p: { raters: RaterTwice[] }) =>
    p.raters.map((r) => `${r.name} has ${r.count} sessions (${r.sessions}): take one of them.`).join(' '),
  'agreement.too-few': () => 'Agreement needs the sessions of at least two raters.',
};

/** Every language says why from the same parameters. */
export type Agreement = { [K in keyof typeof agreement]: (params: Parameters<(typeof agreement)[K]>[0]) => string };
