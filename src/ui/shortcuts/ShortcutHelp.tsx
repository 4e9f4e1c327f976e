import { Dialog } from '../shell/Dialog.tsx';
import { startTour } from '../tour/start.ts';
import { useActions } from '../workbench-context.ts';

export const SHORTCUTS: [string, string][] = [
  ['Ctrl+Z', 'Undo (the button tooltip names the command)'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Ctrl+C / Ctrl+X / Ctrl+V', 'Copy, cut, paste elements (also into another model)'],
  ['Ctrl+D', 'Duplicate the selection'],
  ['Delete', 'Remove from this view (in the full model view: delete)'],
  ['Shift+Delete', 'Delete from the model, with its relations'],
  ['Ctrl+A', 'Select everything in the view'],
  ['Shift+drag', 'Select with a box; Shift+click adds to the selection'],
  ['Arrow keys', 'Nudge the selection (Shift: further); on a focused node they move between nodes'],
  ['C', 'Connect the selected element to another: find it by name, pick the relation type'],
  [
    'Tab, then arrow keys',
    'On the canvas: one tab stop; arrows move to the next node and select it, Enter opens a cell',
  ],
  ['Alt+arrow keys', 'Nudge the selection while a node has the keyboard focus'],
  ['F2 or double-click', 'Rename in place (on the map of a large view, double-click zooms into the element)'],
  ['Ctrl+F', 'Find an element by name or type'],
  ['Ctrl+S', 'Save the model as a file'],
  ['Escape', 'Cancel, clear the selection'],
  ['?', 'This list'],
];

/** The keyboard shortcuts, opened with ? or the help button. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <p className="help__learn" style={{ display: 'flex', gap: 8, margin: '0 0 12px' }}>
        <button
          onClick={() => void (onClose(), startTour(wb))}
          title="Nine steps over the workbench: canvas, palette, method, explanations, findings, evaluation, export"
        >
          Take the tour
        </button>
        <button
          onClick={() => void (onClose(), wb.openDialog('glossary'))}
          title="The concepts behind the models: CRM, BPO, reference model, COPC-2000 and more"
        >
          Open the glossary
        </button>
      </p>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Every action is also on a button or in a panel. Drop a model file anywhere on the window to open it.
      </p>
    </Dialog>
  );
}
