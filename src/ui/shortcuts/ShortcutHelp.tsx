import { Dialog } from '../shell/Dialog.tsx';
import { startTour } from '../tour/start.ts';
import { useActions } from '../workbench-context.ts';
import { useMessages } from '../i18n/messages.ts';
import { LanguageSwitch } from '../header/LanguageSwitch.tsx';

/** The keyboard shortcuts, opened with ? or the help button. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const wb = useActions();
  const m = useMessages().shortcuts;
  return (
    <Dialog title={m.title} onClose={onClose}>
      <p className="help__learn" style={{ display: 'flex', gap: 8, margin: '0 0 12px' }}>
        <button onClick={() => void (onClose(), startTour(wb))} title={m.tourTitle}>
          {m.takeTour}
        </button>
        <button onClick={() => void (onClose(), wb.openDialog('glossary'))} title={m.glossaryTitle}>
          {m.openGlossary}
        </button>
        {/* Here too: on a projector-sized screen the header has no room for the switch. */}
        <LanguageSwitch />
      </p>
      <table className="shortcuts">
        <tbody>
          {Object.values(m.keys).map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{m.footer}</p>
    </Dialog>
  );
}
