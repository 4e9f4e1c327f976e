import { sayFinding, sayFix } from '../../i18n/say.ts';
import { addNearNeighbours } from '../../commands/fixes.ts';
import type { View } from '../../model/schema.ts';
import type { Fix, Rule } from '../types.ts';
import { aboutElement, uncoveredPerspectives } from './say-about.ts';

export const viewPerspectivesRule: Rule = {
  id: 'view.perspectives',
  title: 'There is a view for the client, the customer and the provider',
  principle: 'clarity',
  step: 'design-structure',
  severity: 'warning',
  hint: 'Clarity depends on the addressee: a client manager, an end customer and a provider team each need a view cut for them.',
  model: {
    reads: ['views'],
    check({ doc, metamodel }) {
      // An emptied view does not count: it covers no perspective (view.empty reports it).
      return uncoveredPerspectives(metamodel, 'view.perspectives', (p) =>
        doc.views.some((v) => v.perspective === p && (v.elements === 'all' || v.elements.length > 0)),
      );
    },
  },
};

export const viewTooManyRule: Rule = {
  id: 'view.too-many-elements',
  title: "Views stay within the design goals' element limit",
  principle: 'clarity',
  step: 'design-structure',
  severity: 'warning',
  hint: 'A diagram with more elements than the design goals allow is hard to read on a projector or a page; split it into views or levels.',
  model: {
    reads: ['views', 'design', 'elementIds'],
    check({ doc, index, metamodel }) {
      const limit = doc.designGoals.maxElementsPerView;
      return doc.views.flatMap((view) => {
        const shown =
          view.elements === 'all' ? index.elementCount : view.elements.filter((id) => index.hasElement(id)).length;
        return shown > limit
          ? [
              {
                ...sayFinding(metamodel, 'view.too-many-elements', { view: view.name, shown, limit }),
                subjects: [view.id],
              },
            ]
          : [];
      });
    },
  },
};

/** The view an element is best added to: the first full view with a list of its own, else the first such view. */
function targetView(views: readonly View[]): View | undefined {
  const explicit = views.filter((v) => v.elements !== 'all');
  return explicit.find((v) => v.perspective === 'full') ?? explicit[0];
}

export const inNoViewRule: Rule = {
  id: 'element.in-no-view',
  title: 'Every element appears in some view',
  principle: 'clarity',
  step: 'design-structure',
  severity: 'info',
  hint: 'An element no view shows exists only in the file: readers of the diagrams never see it.',
  element: {
    reads: ['views'],
    check(el, ctx) {
      if (ctx.doc.views.length === 0 || ctx.index.isShown(el.id)) return null;
      const view = targetView(ctx.doc.views);
      const fix: Fix | undefined = view && {
        ...sayFix(ctx.metamodel, 'fix.add-to-view', { view: view.name }),
        edit: addNearNeighbours(view.id, el.id, view.name),
      };
      return { ...aboutElement('element.in-no-view', el, ctx), ...(fix ? { fix } : {}) };
    },
  },
};
