import { useRef } from 'react';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { OPEN_ACCEPT, openFileLater, saveModelLater } from '../shell/file-actions-lazy.ts';
import { SaveIndicator } from '../workspace/SaveIndicator.tsx';
import { ReuseMenu } from '../configure/ReuseMenu.tsx';
import { WorkshopEntry } from '../collab/WorkshopEntry.tsx';
import { labelText } from '../i18n/labels.ts';
import { useMessages } from '../i18n/messages.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

// The product's name is the same in every language.
const PRODUCT = 'Refmod';

/** The top bar: the model's name, undo/redo naming the command, open and save, present mode and help. */
export function Header({ onHelp }: { onHelp: () => void }) {
  const wb = useActions();
  const m = useMessages().header;
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  // Worded on every render: a language switch re-renders the header and re-words the steps.
  const undoStep = useWb((s) => s.history.past.at(-1)?.label);
  const redoStep = useWb((s) => s.history.future[0]?.label);
  const undoLabel = undoStep && labelText(undoStep, metamodel);
  const redoLabel = redoStep && labelText(redoStep, metamodel);
  const presenting = useWb((s) => s.presenting);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="header">
      <div className="header__brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>{PRODUCT}</span>
      </div>
      <div className="header__model">
        <h1 title={doc.meta.description || doc.meta.name} translate="no">
          {doc.meta.name}
        </h1>
        <span className="header__version">v{doc.meta.version}</span>
        <SaveIndicator />
      </div>
      <div className="header__actions">
        <button
          className="icon-button"
          onClick={wb.undo}
          disabled={!undoLabel}
          title={undoLabel ? m.undoTitle(undoLabel) : m.nothingToUndo}
          aria-label={undoLabel ? m.undoNamed(undoLabel) : m.undo}
        >
          ↶
        </button>
        <button
          className="icon-button"
          onClick={wb.redo}
          disabled={!redoLabel}
          title={redoLabel ? m.redoTitle(redoLabel) : m.nothingToRedo}
          aria-label={redoLabel ? m.redoNamed(redoLabel) : m.redo}
        >
          ↷
        </button>
        <span className="header__sep" />
        <button onClick={() => wb.openDialog('gallery')} title={m.modelsTitle}>
          {m.models}
        </button>
        <button onClick={() => fileInput.current?.click()} title={m.openTitle}>
          {m.open}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={OPEN_ACCEPT}
          hidden
          aria-label={m.openFile}
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFileLater(wb, file);
            e.target.value = '';
          }}
        />
        <button onClick={() => void saveModelLater(wb)} title={m.saveTitle}>
          {m.save}
        </button>
        <span className="header__sep" />
        <WorkshopEntry />
        <span className="header__sep" />
        <button className="header__export" onClick={() => wb.setSidePanel('export')} title={m.exportTitle}>
          {m.export}
        </button>
        <button className="header__evaluate" onClick={() => wb.setSidePanel('evaluation')} title={m.evaluateTitle}>
          {m.evaluate}
        </button>
        <ReuseMenu />
        <span className="header__sep" />
        <button
          className="header__present"
          onClick={wb.togglePresenting}
          aria-pressed={presenting}
          title={m.presentTitle}
          aria-label={presenting ? m.exitPresent : m.present}
        >
          {/* On a projector-sized screen only the sign shows: the header's words need the room. */}
          <span aria-hidden="true">▶</span>
          <span className="header__word">{presenting ? m.exitPresent : m.present}</span>
        </button>
        <LanguageSwitch />
        <button className="icon-button header__help" onClick={onHelp} title={m.helpTitle} aria-label={m.help}>
          ?
        </button>
      </div>
    </header>
  );
}
