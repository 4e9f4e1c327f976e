import type { Lane } from '../../model/schema.ts';
import type { Draft, Rule } from '../types.ts';

const KINDS = [
  { kind: 'area', lanes: 'areas', plural: 'areas', example: 'Sales, Management, Operations' },
  { kind: 'role', lanes: 'roles', plural: 'roles', example: 'Client, Provider, Customer' },
] as const;

export const macroDefinedRule: Rule = {
  id: 'macro.defined',
  title: 'The macro structure has areas and roles with distinct names',
  principle: 'systematic-design',
  step: 'macro-structure',
  severity: 'error',
  hint: 'The framework (areas × roles) gives every later process its place; missing or twice-named lanes leave processes without an unambiguous cell.',
  model: {
    reads: ['macro'],
    check({ doc }) {
      const drafts: Draft[] = [];
      for (const { lanes, plural, example } of KINDS) {
        const list = doc.macroStructure[lanes];
        if (list.length === 0) drafts.push({ message: `The macro structure has no ${plural} (e.g. ${example}).` });
        const byName = new Map<string, Lane[]>();
        for (const lane of list) {
          const key = lane.name.trim().toLowerCase();
          byName.set(key, [...(byName.get(key) ?? []), lane]);
        }
        for (const same of byName.values()) {
          if (same.length > 1)
            drafts.push({
              message: `${same.length} ${plural} are named "${same[0]!.name}".`,
              subjects: same.map((l) => l.id),
            });
        }
      }
      return drafts;
    },
  },
};

export const laneEmptyRule: Rule = {
  id: 'lane.empty',
  title: 'Every area and role holds elements',
  principle: 'economic-efficiency',
  step: 'process-structure',
  severity: 'warning',
  hint: 'A lane that holds nothing costs reading effort for no content: fill it with the processes that belong there, or drop it.',
  model: {
    reads: ['macro', 'elements'],
    check({ doc, index }) {
      const drafts: Draft[] = [];
      for (const { kind, lanes } of KINDS) {
        for (const lane of doc.macroStructure[lanes]) {
          if (index.laneCount(kind, lane.id) === 0)
            drafts.push({ message: `The ${kind} "${lane.name}" holds no element.`, subjects: [lane.id] });
        }
      }
      return drafts;
    },
  },
};
