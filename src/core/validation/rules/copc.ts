import { sayFinding } from '../../i18n/say.ts';
import data from '../../../../models/catalogues/copc-2000.json' with { type: 'json' };
import { Catalogue } from '../../model/catalogue.ts';
import type { Rule } from '../types.ts';
import { ref } from './describe.ts';

/** A COPC-2000 key process and how many measures of each metric category the standard requires for it. */
export interface CopcRequirement {
  id: string;
  /** The catalogue entry, whose name the German and Korean catalogues translate. */
  entry: string;
  name: string;
  required: Record<string, number>;
}

/** The requirements per KCRP/KSP, read from the measures of the shipped COPC-2000 catalogue (models/catalogues/copc-2000.json). */
export const copcRequirements: readonly CopcRequirement[] = Catalogue.parse(data).entries.flatMap((entry) => {
  const id = entry.properties?.copcId;
  if (typeof id !== 'string') return [];
  const required: Record<string, number> = {};
  for (const m of entry.measures ?? []) required[m.metricCategory] = (required[m.metricCategory] ?? 0) + 1;
  return [{ id, entry: entry.id, name: entry.name, required }];
});
const byId = new Map(copcRequirements.map((p) => [p.id, p]));

export const copcRule: Rule = {
  id: 'copc.required-metrics',
  title: 'COPC key processes have their required metrics',
  principle: 'correctness',
  step: 'process-structure',
  severity: 'warning',
  hint: 'COPC-2000 requires internal metrics per key process (e.g. K2 answering calls: on time, abandonment, accuracy, call quality, volume and three efficiency metrics); a process marked as a KCRP or KSP should carry them.',
  element: {
    reads: [],
    check(el, ctx) {
      const copcId = el.properties.copcId;
      const requirement = typeof copcId === 'string' ? byId.get(copcId) : undefined;
      if (!requirement || ctx.index.category(el.type) !== 'process') return null;
      const have = new Map<string, number>();
      for (const r of ctx.index.relationsAt(el.id)) {
        const measure = r.type === 'measures' && r.target === el.id ? ctx.index.element(r.source) : undefined;
        const category =
          measure && ctx.index.category(measure.type) === 'quality-measure'
            ? measure.properties.metricCategory
            : undefined;
        if (typeof category === 'string') have.set(category, (have.get(category) ?? 0) + 1);
      }
      const lacking = Object.entries(requirement.required)
        .filter(([category, count]) => (have.get(category) ?? 0) < count)
        .map(([category, count]) => ({ category, have: have.get(category) ?? 0, count }));
      if (lacking.length === 0) return null;
      return {
        ...sayFinding(ctx.metamodel, 'copc.required-metrics', {
          element: ref(el),
          copc: requirement.id,
          entry: requirement.entry,
          process: requirement.name,
          lacking,
        }),
        elements: [el.id],
      };
    },
  },
};
