import { deleteRelations, removeFromView } from '../../commands/elements.ts';
import { dropMissingReferences } from '../../commands/fixes.ts';
import type { Draft, Rule } from '../types.ts';
import { describe, listing } from './describe.ts';

export const danglingRule: Rule = {
  id: 'reference.dangling',
  title: 'References point to things that exist',
  principle: 'correctness',
  step: 'process-structure',
  severity: 'error',
  hint: 'Consistency within the model: a relation, view or goal reference to something missing is a broken link that no reader can follow.',
  relation: {
    reads: [],
    check(rel, { index }) {
      const { source, target } = index.ends(rel);
      if (source && target) return null;
      const missing = [source ? null : rel.source, target ? null : rel.target].filter((id) => id !== null);
      return {
        message: `Relation "${rel.id}" (${rel.type}) points to ${missing.length === 1 ? 'the element' : 'the elements'} ${listing(missing.map((id) => `"${id}"`))}, which ${missing.length === 1 ? 'does' : 'do'} not exist.`,
        elements: [source?.id, target?.id].filter((id) => id !== undefined),
        relations: [rel.id],
        fix: { label: 'Remove this relation', edit: deleteRelations([rel.id]) },
      };
    },
  },
  element: {
    reads: ['macro', 'goals'],
    check(el, ctx) {
      const { index } = ctx;
      const missing: string[] = [];
      if (el.area !== null && !index.isLane('area', el.area)) missing.push(`the area "${el.area}"`);
      if (el.role !== null && !index.isLane('role', el.role)) missing.push(`the role "${el.role}"`);
      for (const goal of el.goals) if (!index.isGoal(goal)) missing.push(`the structural goal "${goal}"`);
      if (missing.length === 0) return null;
      return {
        message: `${describe(el, ctx)} refers to ${listing(missing)}, which the model does not have.`,
        elements: [el.id],
        fix: { label: 'Remove the missing references', edit: dropMissingReferences(el.id) },
      };
    },
  },
  model: {
    reads: ['views', 'elementIds'],
    check({ doc, index }) {
      const drafts: Draft[] = [];
      for (const view of doc.views) {
        if (view.elements === 'all') continue;
        const missing = view.elements.filter((id) => !index.hasElement(id));
        if (missing.length === 0) continue;
        drafts.push({
          message: `View "${view.name}" shows ${listing(missing.map((id) => `"${id}"`))}, which ${missing.length === 1 ? 'is' : 'are'} not in the model.`,
          subjects: [view.id],
          fix: { label: 'Remove from the view', edit: removeFromView(view.id, missing) },
        });
      }
      return drafts;
    },
  },
};
