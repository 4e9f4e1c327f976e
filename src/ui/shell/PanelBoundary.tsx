import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import type { Workbench } from '../../store/workbench.ts';
import { useActions } from '../workbench-context.ts';
import { Dialog } from './Dialog.tsx';
import { download, fileNameFor } from './download.ts';
import { messages, useMessages } from '../i18n/messages.ts';

/** A feature's code that could not be fetched even on the second try (offline, or Refmod was updated meanwhile). */
export class ChunkLoadError extends Error {}

interface Props {
  /** What the user calls the part, e.g. "the Findings panel". */
  name: string;
  /** Given for a dialog: the explanation then shows in a dialog that this closes. */
  onClose?: (() => void) | undefined;
  /** Prepares a fresh start before the part is shown again (e.g. a new load of its code). */
  onReload?: (() => void) | undefined;
  children: ReactNode;
}

/**
 * Keeps a crash inside one part of the workbench (the whole app, a side panel, a dialog): that part explains
 * and offers to reload itself or to download the model; everything else, the canvas and the model stay.
 */
export class PanelBoundary extends Component<Props, { error: Error | null; attempt: number }> {
  state = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Refmod: ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    const { name, onClose, onReload } = this.props;
    const reload = () => {
      onReload?.();
      this.setState({ error: null, attempt: attempt + 1 });
    };
    const crash = <PanelCrash name={name} error={error} onReload={reload} />;
    return onClose ? (
      <Dialog title={messages().shell.failed(capitalised(name))} onClose={onClose}>
        {crash}
      </Dialog>
    ) : (
      crash
    );
  }
}

function PanelCrash({ name, error, onReload }: { name: string; error: Error; onReload: () => void }) {
  const wb = useActions();
  const m = useMessages().shell;
  const why = error instanceof ChunkLoadError ? m.chunkFailed : m.crashed(error.message);
  return (
    // Laid out like the inspector, so the explanation reads as part of the panel it replaces.
    <section className="inspector panel-crash" role="alert" aria-label={m.failed(name)}>
      <h3>{m.notShown(capitalised(name))}</h3>
      <p>{why}</p>
      <p>{m.safe}</p>
      <div className="inspector__actions">
        <button onClick={onReload}>{m.reload}</button>
        <button onClick={() => void downloadModel(wb)}>{m.download}</button>
      </div>
    </section>
  );
}

/** Downloads the open model; one that the file format would refuse is still written out as it is, so nothing is lost. */
async function downloadModel(wb: Workbench) {
  const doc = wb.store.getState().history.document;
  let text: string;
  try {
    // Loaded on demand: the file format's writer is not part of the first screen.
    const { exportDocument } = await import('../../core/io/json.ts');
    text = exportDocument(doc);
  } catch {
    text = JSON.stringify(doc, null, 2);
  }
  download(fileNameFor(doc, 'refmod.json'), text);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
