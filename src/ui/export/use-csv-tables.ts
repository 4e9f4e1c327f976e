import { useMemo, useState } from 'react';
import { elementsToCsv, importCsv, parseCsv, relationsToCsv } from '../../core/io/csv.ts';
import { fileBase } from '../../core/i18n/file-name.ts';
import { useMessages } from '../i18n/messages.ts';
import { download } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { readFileArg, type FileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import { useDroppedFile } from './use-dropped-file.ts';

export type Table = 'elements' | 'relations';

/** A relations table has source and target columns; anything else is read as elements. */
function tableOf(text: string): Table {
  const parsed = parseCsv(text.slice(0, 2000).split(/\r?\n/)[0] ?? '');
  const header = parsed.ok ? (parsed.rows[0] ?? []).map((h) => h.trim()) : [];
  return header.includes('source') && header.includes('target') ? 'relations' : 'elements';
}

/**
 * The CSV dialog's state: the separator of the tables it writes, the tables chosen for import (read at once,
 * every problem named), and the import itself as one undoable step.
 */
export function useCsvTables(arg: string | undefined, onClose: () => void) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().export;
  const [separator, setSeparator] = useState<',' | ';'>(',');
  const [tables, setTables] = useState<Partial<Record<Table, FileArg>>>(() => {
    const file = readFileArg(arg);
    return file ? { [tableOf(file.text)]: file } : {};
  });
  // A table dropped onto the window while the dialog is open takes its place beside the other one.
  useDroppedFile(arg, (file) => file && setTables({ ...tables, [tableOf(file.text)]: file }));

  const result = useMemo(
    () =>
      tables.elements || tables.relations
        ? importCsv({ elements: tables.elements?.text, relations: tables.relations?.text }, doc, metamodel)
        : null,
    [tables, doc, metamodel],
  );

  const save = (table: Table) => {
    // A byte-order mark makes Excel read the file as UTF-8 (umlauts, Korean); Refmod's import skips it.
    const options = { separator, bom: true };
    download(
      `${fileBase(doc, table)}.csv`,
      table === 'elements' ? elementsToCsv(doc, options) : relationsToCsv(doc, options),
      'text/csv',
    );
  };
  const commit = () => {
    const fresh = importCsv(
      { elements: tables.elements?.text, relations: tables.relations?.text },
      wb.store.getState().history.document,
      metamodel,
    );
    if (!fresh.ok) return;
    wb.perform(fresh.edit);
    const { elements, updated, relations } = fresh.added;
    const showAll = fresh.document.views.filter((v) => v.elements === 'all').map((v) => `"${v.name}"`);
    const where = !elements ? '' : showAll.length ? m.newElementsIn(showAll.join(', ')) : m.newElementsNowhere;
    wb.notify('success', m.csvImported(elements, updated, relations, where));
    onClose();
  };

  return {
    doc,
    separator,
    setSeparator,
    tables,
    choose: async (table: Table, file: File) =>
      setTables({ ...tables, [table]: { name: file.name, text: await readTextFile(file) } }),
    remove: (table: Table) => setTables({ ...tables, [table]: undefined }),
    result,
    /** A table's name as a problem names it, in the active language. */
    tableName: (table: string) =>
      table === 'elements' ? m.elementsTableName : table === 'relations' ? m.relationsTableName : table,
    save,
    commit,
  };
}
