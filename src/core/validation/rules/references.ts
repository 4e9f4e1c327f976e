import { sayFinding, sayFix } from '../../i18n/say.ts';
import { deleteRelations, removeFromView } from '../../commands/elements.ts';
import { dropMissingReferences } from '../../commands/fixes.ts';
import type { Draft, Rule } from '../types.ts';
import { ref } from './describe.ts';

export const danglingRule: Rule = {
  id: 'reference.dangling',
  title: 'References point to things that exist',
  principle: 'correctness',
  step: 'process-structure',
  severity: 'error',
  hint: 'Consistency within the model: a relation, view or goal reference to something missing is a broken link that no reader can follow.',
  relation: {
    reads: [],
    check(rel, { index, metamodel }) {
      const ends = index.ends(rel);
      // An end has a type exactly when its element exists; the types are at hand without reading the elements.
      if (ends.sourceType !== undefined && ends.targetType !== undefined) return null;
      const { source, target } = ends;
      const missing = [source ? null : rel.source, target ? null : rel.target].filter((id) => id !== null);
      return {
        ...sayFinding(metamodel, 'reference.dangling-relation', { relation: rel.id, type: rel.type, missing }),
        elements: [source?.id, target?.id].filter((id) => id !== undefined),
        relations: [rel.id],
        fix: { ...sayFix(metamodel, 'fix.remove-relation'), edit: deleteRelations([rel.id]) },
      };
    },
  },
  element: {
    reads: ['macro', 'goals'],
    check(el, ctx) {
      const { index } = ctx;
      // Made at the first missing reference: most elements have none, and a list for each would be garbage.
      let missing: { kind: 'area' | 'role' | 'goal'; id: string }[] | undefined;
      if (el.area !== null && !index.isLane('area', el.area)) (missing ??= []).push({ kind: 'area', id: el.area });
      if (el.role !== null && !index.isLane('role', el.role)) (missing ??= []).push({ kind: 'role', id: el.role });
      for (const goal of el.goals) if (!index.isGoal(goal)) (missing ??= []).push({ kind: 'goal', id: goal });
      if (!missing) return null;
      return {
        ...sayFinding(ctx.metamodel, 'reference.dangling-element', { element: ref(el), missing }),
        elements: [el.id],
        fix: { ...sayFix(ctx.metamodel, 'fix.remove-missing-references'), edit: dropMissingReferences(el.id) },
      };
    },
  },
  model: {
    reads: ['views', 'elementIds'],
    check({ doc, index, metamodel }) {
      const drafts: Draft[] = [];
      for (const view of doc.views) {
        if (view.elements === 'all') continue;
        const missing = view.elements.filter((id) => !index.hasElement(id));
        if (missing.length === 0) continue;
        drafts.push({
          ...sayFinding(metamodel, 'reference.dangling-view', { view: view.name, missing }),
          subjects: [view.id],
          fix: { ...sayFix(metamodel, 'fix.remove-from-view'), edit: removeFromView(view.id, missing) },
        });
      }
      return drafts;
    },
  },
};
