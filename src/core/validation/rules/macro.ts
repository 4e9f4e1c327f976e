import { sayFinding } from '../../i18n/say.ts';
import type { Lane } from '../../model/schema.ts';
import type { Draft, Rule } from '../types.ts';

const KINDS = [
  { kind: 'area', lanes: 'areas' },
  { kind: 'role', lanes: 'roles' },
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
    check({ doc, metamodel }) {
      const drafts: Draft[] = [];
      for (const { lanes } of KINDS) {
        const list = doc.macroStructure[lanes];
        if (list.length === 0) drafts.push(sayFinding(metamodel, 'macro.no-lanes', { lanes }));
        const byName = new Map<string, Lane[]>();
        for (const lane of list) {
          const key = lane.name.trim().toLowerCase();
          byName.set(key, [...(byName.get(key) ?? []), lane]);
        }
        for (const same of byName.values()) {
          if (same.length > 1)
            drafts.push({
              ...sayFinding(metamodel, 'macro.same-name', { count: same.length, lanes, name: same[0]!.name }),
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
    check({ doc, index, metamodel }) {
      const drafts: Draft[] = [];
      for (const { kind, lanes } of KINDS) {
        for (const lane of doc.macroStructure[lanes]) {
          if (index.laneCount(kind, lane.id) === 0)
            drafts.push({ ...sayFinding(metamodel, 'lane.empty', { kind, name: lane.name }), subjects: [lane.id] });
        }
      }
      return drafts;
    },
  },
};
