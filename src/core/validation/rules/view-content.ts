import { sayFinding, sayFix } from '../../i18n/say.ts';
import { addToView } from '../../commands/elements.ts';
import { assignCell } from '../../commands/fixes.ts';
import { edit } from '../../commands/history.ts';
import type { Element, RefDocument, Relation, View } from '../../model/schema.ts';
import type { ModelIndex } from '../model-index.ts';
import type { Context, Rule } from '../types.ts';
import { ref } from './describe.ts';

/** The role a perspective view is cut for. */
const ROLE_OF = { client: 'client', customer: 'customer', internal: 'provider' } as const;

/** True when a view shows none of the model's elements. */
function showsNothing(doc: RefDocument, index: ModelIndex, view: View): boolean {
  return view.elements === 'all' ? doc.elements.length === 0 : !view.elements.some((id) => index.hasElement(id));
}

/** True when a view shows some element of the model in a role. */
function showsRole(doc: RefDocument, index: ModelIndex, view: View, role: string): boolean {
  const ids = view.elements === 'all' ? doc.elements.map((e) => e.id) : view.elements;
  return ids.some((id) => index.element(id)?.role === role);
}

/**
 * The area of the element that the first relation, in the document's order, links the element with and that sits in
 * an area of the model; only a tie between different areas needs the document's order.
 */
function neighbourArea(el: Element, { doc, index }: Context): string | undefined {
  let first: Relation | undefined;
  let area: string | undefined;
  for (const r of index.relationsAt(el.id)) {
    const other = index.element(r.source === el.id ? r.target : r.source)?.area;
    if (!other || !index.isLane('area', other) || other === area) continue;
    if (
      first === undefined ||
      index.relationPosition(doc.relations, r) < index.relationPosition(doc.relations, first)
    ) {
      first = r;
      area = other;
    }
  }
  return area;
}

export const viewEmptyRule: Rule = {
  id: 'view.empty',
  title: 'Every view shows something',
  principle: 'clarity',
  step: 'design-structure',
  severity: 'warning',
  hint: 'An empty view tells its readers nothing, and it makes the model look as if that perspective were covered.',
  model: {
    reads: ['views', 'elementIds'],
    check({ doc, index, metamodel }) {
      if (doc.elements.length === 0) return [];
      return doc.views
        .filter((view) => showsNothing(doc, index, view))
        .map((view) => ({
          ...sayFinding(metamodel, 'view.empty', { view: view.name }),
          subjects: [view.id],
          fix:
            doc.views.length > 1
              ? {
                  ...sayFix(metamodel, 'fix.delete-empty-view', { view: view.name }),
                  edit: edit({ id: 'view.delete', params: { view: view.name } }, (draft) => {
                    draft.views = draft.views.filter((v) => v.id !== view.id);
                  }),
                }
              : {
                  ...sayFix(metamodel, 'fix.show-all-in-view', { view: view.name }),
                  edit: edit({ id: 'view.show-all', params: { view: view.name } }, (draft) => {
                    const v = draft.views.find((x) => x.id === view.id);
                    if (v) v.elements = 'all';
                  }),
                },
        }));
    },
  },
};

export const viewPerspectiveEmptyRule: Rule = {
  id: 'view.perspective-empty',
  title: "A perspective view shows elements of its reader's role",
  principle: 'relevance',
  step: 'design-structure',
  severity: 'warning',
  hint: 'A client view without client elements, or a customer view without customer elements, is cut for nobody.',
  model: {
    reads: ['views', 'elements', 'macro'],
    check({ doc, index, metamodel }) {
      return doc.views.flatMap((view) => {
        if (view.perspective === 'full') return [];
        const role = ROLE_OF[view.perspective];
        const lane = doc.macroStructure.roles.find((r) => r.id === role);
        if (!lane || showsNothing(doc, index, view) || showsRole(doc, index, view, role)) return [];
        const missing = doc.elements.filter((e) => e.role === role).map((e) => e.id);
        return [
          {
            ...sayFinding(metamodel, 'view.perspective-empty', {
              view: view.name,
              perspective: view.perspective,
              role: lane.name,
            }),
            subjects: [view.id],
            ...(missing.length && view.elements !== 'all'
              ? {
                  fix: {
                    ...sayFix(metamodel, 'fix.show-role-elements', {
                      count: missing.length,
                      role: lane.name,
                      view: view.name,
                    }),
                    edit: {
                      ...addToView(view.id, missing),
                      label: { id: 'view.show-role-elements', params: { role: lane.name, view: view.name } },
                    },
                  },
                }
              : {}),
          },
        ];
      });
    },
  },
};

export const objectNoAreaRule: Rule = {
  id: 'object.no-area',
  title: 'Every business object sits in an area',
  principle: 'systematic-design',
  step: 'process-structure',
  severity: 'warning',
  hint: 'A business object outside every area has no place in the framework: readers cannot tell which part of the business owns it.',
  element: {
    // Like process.no-cell, it reads its neighbours, whose edits the engine rechecks it for.
    reads: ['macro'],
    check(el, ctx) {
      if (el.area !== null || ctx.metamodel.categoryOf(el.type)?.id !== 'business-object') return null;
      const { areas } = ctx.doc.macroStructure;
      if (areas.length === 0) return null;
      // The area of an element it is connected with, else the first area.
      const area = neighbourArea(el, ctx) ?? areas[0]!.id;
      const name = areas.find((a) => a.id === area)!.name;
      return {
        ...sayFinding(ctx.metamodel, 'object.no-area', { element: ref(el) }),
        elements: [el.id],
        fix: {
          ...sayFix(ctx.metamodel, 'fix.place-in-area', { area: name }),
          edit: assignCell(el.id, { area }, { id: 'element.place-in-area', params: { name: el.name, area: name } }),
        },
      };
    },
  },
};
