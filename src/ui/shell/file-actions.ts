import { exportDocument, importDocument } from '../../core/io/json.ts';
import type { Workbench } from '../../store/workbench.ts';
import { fileArg } from '../export/file-arg.ts';
import { download, fileNameFor } from './download.ts';

/** What Open and dropping a file accept: models, images exported by Refmod, Mermaid flowcharts, CSV tables. */

/**
 * Reads a file the user chose or dropped: a model (.json, or the model inside a Refmod .svg/.png) opens;
 * a Mermaid flowchart or a CSV table opens its import dialog. A broken file never replaces the open model.
 */
export async function openFile(wb: Workbench, file: File): Promise<boolean> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!['json', 'svg', 'png', 'mmd', 'mermaid', 'csv'].includes(extension) && file.type !== 'application/json') {
    wb.notify(
      'error',
      `"${file.name}" was not opened: Refmod opens models (.json), images exported by Refmod (.svg, .png), Mermaid flowcharts (.mmd) and CSV tables (.csv). The open model is unchanged.`,
    );
    return false;
  }
  let text: string;
  try {
    if (extension === 'svg' || extension === 'png') {
      const { modelFromImage } = await import('../export/embedded-model.ts');
      const embedded = await modelFromImage(file);
      if (!embedded.ok) {
        wb.notify('error', `${embedded.message} The open model is unchanged.`);
        return false;
      }
      text = embedded.text;
    } else text = await file.text();
  } catch {
    wb.notify('error', `"${file.name}" could not be read. The open model is unchanged.`);
    return false;
  }
  if (extension === 'mmd' || extension === 'mermaid' || extension === 'csv') {
    wb.openDialog(extension === 'csv' ? 'csv' : 'mermaid-import', fileArg({ name: file.name, text }));
    return false;
  }
  const result = importDocument(text, wb.store.getState().metamodel);
  if (!result.ok) {
    const first = result.errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${e.message}`)
      .join(' · ');
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
    wb.notify('error', `"${file.name}" was not opened: ${first}${more}. The open model is unchanged.`);
    return false;
  }
  wb.open(result.document);
  wb.notify('success', `Opened "${result.document.meta.name}" from ${file.name}.`);
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
        types: [{ description: 'Refmod model', accept: { 'application/json': ['.json'] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      wb.notify('success', `Saved to ${handle.name}.`);
      return;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  download(name, text);
  wb.notify('success', `Downloaded ${name}.`);
}
