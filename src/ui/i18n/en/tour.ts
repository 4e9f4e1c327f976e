/** The guided tour: its offer, its card and its nine steps. */
export const tour = {
  offer: 'New to Refmod? A nine-step tour shows you around the workbench. You can also start it later from Help (?).',
  take: 'Take the tour',
  count: (step: number, of: number) => `Tour · step ${step} of ${of}`,
  skip: 'Skip tour',
  skipTitle: 'End the tour (Escape); Help (?) starts it again',
  back: 'Back',
  backTitle: 'Previous step (←)',
  next: 'Next',
  nextTitle: 'Next step (→)',
  finish: 'Finish',
  finishTitle: 'End the tour',
  steps: {
    canvas: {
      title: 'The model and its lanes',
      text: 'The canvas shows the open model. Its bands are the macro structure: roles as rows (Client, Provider, Customer) and areas as columns (Sales, Management, Operations). Every element sits in the cell of its role and area. Drag the background to pan, scroll to zoom.',
    },
    views: {
      title: 'Views for each perspective',
      text: 'Each view shows the model for one reader: the client, the customer, the provider’s internal view, or the full model. The number on a tab is how many elements it shows.',
    },
    palette: {
      title: 'Palette and outline',
      text: 'Drag a type from the palette onto a cell to add an element there. The outline below lists every element with its relations, so the whole model can also be read and edited with the keyboard.',
    },
    method: {
      title: 'The construction method',
      text: 'A reference model is built in five steps: structural goals, macro structure, process structure, design goals and design structure. Click a step to open its guidance and editor; the palette then offers the types that step works with.',
    },
    explain: {
      title: 'What an element means',
      text: 'Select any element and the inspector shows it. In the shipped models, “About this element” says in plain words what it is, which source it comes from, and links to the concepts in the glossary.',
    },
    findings: {
      title: 'Findings as you work',
      text: 'Refmod checks the model while you edit it: errors, warnings and notes against the metamodel, the method and the naming rules. Click a finding to go to the element it concerns.',
    },
    evaluation: {
      title: 'Evaluate the model',
      text: 'Evaluate the model against the checklists of the client, the customer and the provider, and against the quality criteria of the literature; the results stay with the model.',
    },
    export: {
      title: 'Share the model',
      text: 'Export the model or a view as Mermaid, an image, CSV or a written report. Save (Ctrl+S) keeps the whole model as a file you can open again or send to a colleague.',
    },
    help: {
      title: 'Help, glossary and more models',
      text: 'Help (?) lists the keyboard shortcuts and opens this tour and the glossary again. Models… opens the gallery: the other shipped models, a new model from the template, and your recent models.',
    },
  },
};
