import { sayFinding, sayFix } from '../../i18n/say.ts';
import { addToView } from '../../commands/elements.ts';
import { assignCell } from '../../commands/fixes.ts';
import { edit } from '../../commands/history.ts';
import type { RefDocument, View } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { ref } from './describe.ts';

/** The role a perspective view is cut for. */
const ROLE_OF = { client: 'client', customer: 'customer', internal: 'provider' } as const;

/** The element ids a view shows, of those the model has. */
function shownIds(doc: RefDocument, view: View): string[] {
  if (view.elements === 'all') return doc.elements.map((e) => e.id);
  const ids = new Set(doc.elements.map((e) => e.id));
  return view.elements.filter((id) => ids.has(id));
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
    check({ doc, metamodel }) {
      if (doc.elements.length === 0) return [];
      return doc.views
        .filter((view) => shownIds(doc, view).length === 0)
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
    check({ doc, metamodel }) {
      return doc.views.flatMap((view) => {
        if (view.perspective === 'full') return [];
        const role = ROLE_OF[view.perspective];
        const lane = doc.macroStructure.roles.find((r) => r.id === role);
        const shown = shownIds(doc, view);
        if (!lane || shown.length === 0) return [];
        const roleOf = new Map(doc.elements.map((e) => [e.id, e.role]));
        if (shown.some((id) => roleOf.get(id) === role)) return [];
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
    reads: ['relations', 'macro', 'elements'],
    check(el, ctx) {
      if (el.area !== null || ctx.metamodel.categoryOf(el.type)?.id !== 'business-object') return null;
      const areas = new Set(ctx.doc.macroStructure.areas.map((a) => a.id));
      if (areas.size === 0) return null;
      // The area of a process it is connected with, else the first area.
      const neighbours = ctx.doc.relations
        .filter((r) => r.source === el.id || r.target === el.id)
        .map((r) => (r.source === el.id ? r.target : r.source));
      const byId = new Map(ctx.doc.elements.map((e) => [e.id, e]));
      const area =
        neighbours.map((id) => byId.get(id)?.area).find((a): a is string => !!a && areas.has(a)) ??
        ctx.doc.macroStructure.areas[0]!.id;
      const name = ctx.doc.macroStructure.areas.find((a) => a.id === area)!.name;
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
