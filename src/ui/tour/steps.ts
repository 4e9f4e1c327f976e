import type { Workbench } from '../../store/workbench.ts';

export interface TourStep {
  id: string;
  title: string;
  text: string;
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
    title: 'The model and its lanes',
    text: 'The canvas shows the open model. Its bands are the macro structure: roles as rows (Client, Provider, Customer) and areas as columns (Sales, Management, Operations). Every element sits in the cell of its role and area. Drag the background to pan, scroll to zoom.',
    targets: ['.workspace__centre .canvas', '.workspace__centre'],
  },
  {
    id: 'views',
    title: 'Views for each perspective',
    text: 'Each view shows the model for one reader: the client, the customer, the provider’s internal view, or the full model. The number on a tab is how many elements it shows.',
    targets: ['.view-tabs'],
  },
  {
    id: 'palette',
    title: 'Palette and outline',
    text: 'Drag a type from the palette onto a cell to add an element there. The outline below lists every element with its relations, so the whole model can also be read and edited with the keyboard.',
    targets: ['.workspace__left'],
  },
  {
    id: 'method',
    title: 'The construction method',
    text: 'A reference model is built in five steps: structural goals, macro structure, process structure, design goals and design structure. Click a step to open its guidance and editor; the palette then offers the types that step works with.',
    targets: ['.stepper', '#tab-method'],
  },
  {
    id: 'explain',
    title: 'What an element means',
    text: 'Select any element and the inspector shows it. In the shipped models, “About this element” says in plain words what it is, which source it comes from, and links to the concepts in the glossary.',
    targets: ['.side-panel'],
    enter(wb) {
      wb.setSidePanel('inspector');
      const id = exampleElement(wb);
      if (id) wb.focusElement(id);
    },
  },
  {
    id: 'findings',
    title: 'Findings as you work',
    text: 'Refmod checks the model while you edit it: errors, warnings and notes against the metamodel, the method and the naming rules. Click a finding to go to the element it concerns.',
    targets: ['#panel-findings', '#tab-findings', '.side-panel'],
    enter: (wb) => wb.setSidePanel('findings'),
  },
  {
    id: 'evaluation',
    title: 'Evaluate the model',
    text: 'Evaluate the model against the checklists of the client, the customer and the provider, and against the quality criteria of the literature; the results stay with the model.',
    targets: ['#panel-evaluation', '.header button[title^="Evaluate"]'],
    enter: (wb) => wb.setSidePanel('evaluation'),
  },
  {
    id: 'export',
    title: 'Share the model',
    text: 'Export the model or a view as Mermaid, an image, CSV or a written report. Save (Ctrl+S) keeps the whole model as a file you can open again or send to a colleague.',
    targets: ['#panel-export', '.header button[title^="Export"]'],
    enter: (wb) => wb.setSidePanel('export'),
  },
  {
    id: 'help',
    title: 'Help, glossary and more models',
    text: 'Help (?) lists the keyboard shortcuts and opens this tour and the glossary again. Models… opens the gallery: the other shipped models, a new model from the template, and your recent models.',
    targets: ['.header button[aria-label="Help and keyboard shortcuts"]'],
  },
];
