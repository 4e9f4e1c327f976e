/** A row of the list: the keys, and what they do. */
const key = (keys: string, what: string): [keys: string, what: string] => [keys, what];

/** The keyboard shortcuts dialog (Help) and what shortcuts say on the canvas. */
export const shortcuts = {
  title: 'Keyboard shortcuts',
  takeTour: 'Take the tour',
  tourTitle: 'Nine steps over the workbench: canvas, palette, method, explanations, findings, evaluation, export',
  openGlossary: 'Open the glossary',
  glossaryTitle: 'The concepts behind the models: CRM, BPO, reference model, COPC-2000 and more',
  footer: 'Every action is also on a button or in a panel. Drop a model file anywhere on the window to open it.',
  keys: {
    undo: key('Ctrl+Z', 'Undo (the button tooltip names the command)'),
    redo: key('Ctrl+Shift+Z or Ctrl+Y', 'Redo'),
    clipboard: key('Ctrl+C / Ctrl+X / Ctrl+V', 'Copy, cut, paste elements (also into another model)'),
    duplicate: key('Ctrl+D', 'Duplicate the selection'),
    remove: key('Delete', 'Remove from this view (in the full model view: delete)'),
    delete: key('Shift+Delete', 'Delete from the model, with its relations'),
    selectAll: key('Ctrl+A', 'Select everything in the view'),
    box: key('Shift+drag', 'Select with a box; Shift+click adds to the selection'),
    nudge: key('Arrow keys', 'Nudge the selection (Shift: further); on a focused node they move between nodes'),
    connect: key('C', 'Connect the selected element to another: find it by name, pick the relation type'),
    roving: key(
      'Tab, then arrow keys',
      'On the canvas: one tab stop; arrows move to the next node and select it, Enter opens a cell',
    ),
    altNudge: key('Alt+arrow keys', 'Nudge the selection while a node has the keyboard focus'),
    rename: key(
      'F2 or double-click',
      'Rename in place (on the map of a large view, double-click zooms into the element)',
    ),
    find: key('Ctrl+F', 'Find an element by name or type'),
    save: key('Ctrl+S', 'Save the model as a file'),
    escape: key('Escape', 'Cancel, clear the selection'),
    help: key('?', 'This list'),
  },
  /** What a delete, cut or removal from the view says when it did more than the one element in sight. */
  went: {
    deleted: (n: number, names: string) => `Deleted ${n} element${n === 1 ? '' : 's'}${n ? `: ${names}` : ''}.`,
    cut: (n: number, names: string) => `Cut ${n} element${n === 1 ? '' : 's'}${n ? `: ${names}` : ''}.`,
    removed: (n: number, names: string) =>
      `Removed ${n} element${n === 1 ? '' : 's'} from this view${n ? `: ${names}` : ''}.`,
    offScreen: (names: string) => `Not on screen: ${names}.`,
    kept: (n: number) => `${n} selected item${n === 1 ? '' : 's'} outside this view kept.`,
    more: (n: number) => `${n} more`,
    undo: 'Undo',
    nothingSelected: 'Nothing in this view is selected, so nothing was deleted.',
    removedOnly: 'Removed from this view only; the elements stay in the model. Shift+Delete deletes from the model.',
    pasted: (n: number, leftOut: string) => `Pasted ${n} element${n === 1 ? '' : 's'}; left out: ${leftOut}`,
    selectFirst: 'Select one element of this view first; C then connects it to another.',
  },
};
