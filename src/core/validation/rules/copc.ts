import * as z from 'zod';
import data from '../../../../models/validation/copc-required-metrics.json' with { type: 'json' };
import type { Rule } from '../types.ts';
import { describe, listing } from './describe.ts';

/** The required internal metrics of one COPC-2000 key process: how many measures of each metric category. */
export const CopcRequirement = z.strictObject({
  id: z.string().regex(/^[KS]\d$/, 'a KCRP is K1..K9, a KSP S1..S4'),
  name: z.string().min(1),
  required: z.record(z.string().min(1), z.number().int().min(1)),
});

export const CopcCatalogue = z.strictObject({
  source: z.string().min(1),
  processes: z.array(CopcRequirement).min(1),
});
export type CopcCatalogue = z.infer<typeof CopcCatalogue>;

/** The shipped catalogue (models/validation/copc-required-metrics.json), validated at load. */
export const copcCatalogue: CopcCatalogue = CopcCatalogue.parse(data);
const byId = new Map(copcCatalogue.processes.map((p) => [p.id, p]));

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
        const measure = r.type === 'measures' && r.target === el.id ? ctx.index.elements.get(r.source) : undefined;
        const category = measure && ctx.index.category(measure.type) === 'quality-measure' ? measure.properties.metricCategory : undefined;
        if (typeof category === 'string') have.set(category, (have.get(category) ?? 0) + 1);
      }
      const lacking = Object.entries(requirement.required)
        .filter(([category, count]) => (have.get(category) ?? 0) < count)
        .map(([category, count]) => (count > 1 ? `${category} (${have.get(category) ?? 0} of ${count})` : category));
      if (lacking.length === 0) return null;
      return {
        message: `${describe(el, ctx)} implements COPC ${requirement.id} "${requirement.name}" but lacks measures of ${listing(lacking)}.`,
        elements: [el.id],
      };
    },
  },
};
