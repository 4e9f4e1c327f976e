import type { Workbench } from '../../store/workbench.ts';
import type { Messages } from '../i18n/messages.ts';

export interface TourStep {
  /** Its title and text are in the catalogue (tour.steps) under this id. */
  id: keyof Messages['tour']['steps'];
  /** CSS selectors of the part of the screen to show, the first one present wins; none present centres the card. */
  targets: string[];
  /** Brings the screen into the state the step talks about (opens a panel, selects an element). */
  enter?: (wb: Workbench) => void;
}

/** The first process of the open view that has a description: the element the explain step shows. */
function exampleElement(wb: Workbench): string | undefined {
  const { history, viewId, metamodel } = wb.store.getState();
  const doc = history.document;
  const view = doc.views.find((v) => v.id === viewId) ?? doc.views[0];
  const shown = view && view.elements !== 'all' ? new Set(view.elements) : null;
  const candidates = doc.elements.filter((e) => (!shown || shown.has(e.id)) && e.description);
  return (candidates.find((e) => metamodel.elementType(e.type)?.category === 'process') ?? candidates[0])?.id;
}

/** The guided tour: one step per part of the workbench a first-time user needs, in the order of a first session. */
export const TOUR: TourStep[] = [
  {
    id: 'canvas',
    targets: ['.workspace__centre .canvas', '.workspace__centre'],
  },
  {
    id: 'views',
    targets: ['.view-tabs'],
  },
  {
    id: 'palette',
    targets: ['.workspace__left'],
  },
  {
    id: 'method',
    targets: ['.stepper', '#tab-method'],
  },
  {
    id: 'explain',
    targets: ['.side-panel'],
    enter(wb) {
      wb.setSidePanel('inspector');
      const id = exampleElement(wb);
      if (id) wb.focusElement(id);
    },
  },
  {
    id: 'findings',
    targets: ['#panel-findings', '#tab-findings', '.side-panel'],
    enter: (wb) => wb.setSidePanel('findings'),
  },
  {
    id: 'evaluation',
    targets: ['#panel-evaluation', '.header__evaluate'],
    enter: (wb) => wb.setSidePanel('evaluation'),
  },
  {
    id: 'export',
    targets: ['#panel-export', '.header__export'],
    enter: (wb) => wb.setSidePanel('export'),
  },
  {
    id: 'help',
    targets: ['.header__help'],
  },
];
