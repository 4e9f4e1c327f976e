import { useRef } from 'react';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { OPEN_ACCEPT, openFileLater, saveModelLater } from '../shell/file-actions-lazy.ts';
import { SaveIndicator } from '../workspace/SaveIndicator.tsx';
import { ReuseMenu } from '../configure/ReuseMenu.tsx';
import { WorkshopEntry } from '../collab/WorkshopEntry.tsx';

/** The top bar: the model's name, undo/redo naming the command, open and save, present mode and help. */
export function Header({ onHelp }: { onHelp: () => void }) {
  const wb = useActions();
  const doc = useDocument();
  const undoLabel = useWb((s) => s.history.past.at(-1)?.label);
  const redoLabel = useWb((s) => s.history.future[0]?.label);
  const presenting = useWb((s) => s.presenting);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="header">
      <div className="header__brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <span>Refmod</span>
      </div>
      <div className="header__model">
        <h1 title={doc.meta.description || doc.meta.name}>{doc.meta.name}</h1>
        <span className="header__version">v{doc.meta.version}</span>
        <SaveIndicator />
      </div>
      <div className="header__actions">
        <button
          className="icon-button"
          onClick={wb.undo}
          disabled={!undoLabel}
          title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
          aria-label={undoLabel ? `Undo: ${undoLabel}` : 'Undo'}
        >
          ↶
        </button>
        <button
          className="icon-button"
          onClick={wb.redo}
          disabled={!redoLabel}
          title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          aria-label={redoLabel ? `Redo: ${redoLabel}` : 'Redo'}
        >
          ↷
        </button>
        <span className="header__sep" />
        <button
          onClick={() => wb.openDialog('gallery')}
          title="Shipped models, templates and your recent models; start a new model"
        >
          Models…
        </button>
        <button
          onClick={() => fileInput.current?.click()}
          title="Open a model (.json), an image exported by Refmod (.svg, .png), a Mermaid flowchart (.mmd) or a CSV table; or drop the file onto the window"
        >
          Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={OPEN_ACCEPT}
          hidden
          aria-label="Open model file"
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFileLater(wb, file);
            e.target.value = '';
          }}
        />
        <button onClick={() => void saveModelLater(wb)} title="Save the model as a JSON file (Ctrl+S)">
          Save
        </button>
        <span className="header__sep" />
        <WorkshopEntry />
        <span className="header__sep" />
        <button
          onClick={() => wb.setSidePanel('export')}
          title="Export the model or a view: Mermaid, images, CSV, report"
        >
          Export
        </button>
        <button
          onClick={() => wb.setSidePanel('evaluation')}
          title="Evaluate the model with the client, customer and internal checklists"
        >
          Evaluate
        </button>
        <ReuseMenu />
        <span className="header__sep" />
        <button
          onClick={wb.togglePresenting}
          aria-pressed={presenting}
          title="Present: hide the panels so the canvas fills the screen"
        >
          {presenting ? 'Exit present' : 'Present'}
        </button>
        <button
          className="icon-button"
          onClick={onHelp}
          title="Keyboard shortcuts and help (?)"
          aria-label="Help and keyboard shortcuts"
        >
          ?
        </button>
      </div>
    </header>
  );
}
