import { importMessage } from '../../core/i18n/say.ts';
import { exportDocument, importDocument } from '../../core/io/json.ts';
import type { Workbench } from '../../store/workbench.ts';
import { fileArg } from '../export/file-arg.ts';
import { LARGE_MODEL_BYTES, openLargeModel } from '../workspace/open-large.ts';
import { download, fileNameFor } from './download.ts';
import { modelProblems, refuseFile } from './not-opened.ts';
import { language, messages } from '../i18n/messages.ts';

/** What Open and dropping a file accept: models, images exported by Refmod, Mermaid flowcharts, CSV tables, ArchiMate and draw.io files. */

/**
 * Reads a file the user chose or dropped: a model (.json, or the model inside a Refmod .svg/.png) opens;
 * an ArchiMate exchange file (.xml) opens as a model; a Mermaid flowchart, a CSV table or a draw.io diagram opens its
 * import dialog. A broken file never replaces the open model.
 */
export async function openFile(wb: Workbench, file: File): Promise<boolean> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (
    !['json', 'svg', 'png', 'mmd', 'mermaid', 'csv', 'xml', 'drawio'].includes(extension) &&
    file.type !== 'application/json'
  ) {
    wb.notify('error', messages().shell.unsupported(file.name));
    return false;
  }
  if (extension === 'json' && file.size > LARGE_MODEL_BYTES) return openLargeModel(wb, file);
  let text: string;
  try {
    if (extension === 'svg' || extension === 'png') {
      const { modelFromImage } = await import('../export/embedded-model.ts');
      const embedded = await modelFromImage(file);
      if (!embedded.ok) {
        wb.notify('error', messages().shell.unchanged(embedded.message));
        return false;
      }
      text = embedded.text;
    } else text = await file.text();
  } catch {
    wb.notify('error', messages().shell.unreadable(file.name));
    return false;
  }
  if (extension === 'mmd' || extension === 'mermaid' || extension === 'csv' || extension === 'drawio') {
    const dialog = extension === 'csv' ? 'csv' : extension === 'drawio' ? 'drawio-import' : 'mermaid-import';
    wb.openDialog(dialog, fileArg({ name: file.name, text }));
    return false;
  }
  if (extension === 'xml') return openArchimate(wb, file.name, text);
  let raw: unknown = null;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // importDocument reports the syntax error with its line and column.
  }
  const { looksLikePack } = await import('../../core/method/pack.ts');
  if (looksLikePack(raw)) {
    // A method pack is not a model: its dialog says what it holds and starts a model with it.
    wb.openDialog('method-pack', fileArg({ name: file.name, text }));
    return false;
  }
  const { metamodelForFile } = await import('../../core/metamodel/file-metamodel.ts');
  const result = importDocument(text, metamodelForFile(raw));
  if (!result.ok) {
    refuseFile(wb, file.name, modelProblems(result.errors));
    return false;
  }
  if (!(await storedFirst())) return false;
  wb.open(result.document);
  wb.notify('success', messages().shell.opened(result.document.meta.name, file.name));
  return true;
}

/** Opens an ArchiMate exchange file as a model of its own, saying what it left out; a broken one changes nothing. */
async function openArchimate(wb: Workbench, name: string, text: string): Promise<boolean> {
  const { importArchimate } = await import('../../core/exchange/archimate/import.ts');
  const metamodel = wb.store.getState().metamodel;
  const result = importArchimate(text, metamodel, language());
  const said = (s: Parameters<typeof importMessage>[0]) => importMessage(s, metamodel, language());
  const m = messages().shell;
  if (!result.ok) {
    refuseFile(
      wb,
      name,
      result.errors.map((e) => ({ where: e.line ? m.line(e.line) : '', message: said(e) })),
    );
    return false;
  }
  if (!(await storedFirst())) return false;
  wb.open(result.document);
  const left = result.notes.length ? ` ${result.notes.map(said).join(' ')}` : '';
  wb.notify(result.notes.length ? 'warning' : 'success', `${m.opened(result.document.meta.name, name)}${left}`);
  return true;
}

/** Saves the model as canonical JSON: through the File System Access API where the browser has it, else as a download. */
export async function saveModel(wb: Workbench) {
  const doc = wb.store.getState().history.document;
  const text = exportDocument(doc);
  const name = fileNameFor(doc, 'refmod.json');
  const picker = (window as unknown as { showSaveFilePicker?: (o: object) => Promise<FileSystemFileHandle> })
    .showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({
        suggestedName: name,
        types: [{ description: messages().shell.fileType, accept: { 'application/json': ['.json'] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      wb.notify('success', messages().shell.saved(handle.name));
      return;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  download(name, text);
  wb.notify('success', messages().shell.downloaded(name));
}

/** The open model's changes are stored, or downloaded at the user's word, before a file replaces it (see settle). */
async function storedFirst(): Promise<boolean> {
  const { settle } = await import('../workspace/session.ts');
  return settle({ askWithoutStorage: true });
}
