import { useMemo, useRef, useState } from 'react';
import { elementsToCsv, importCsv, parseCsv, relationsToCsv } from '../../core/io/csv.ts';
import { slug } from '../../core/model/ids.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { download } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { Choice } from './Choice.tsx';
import { readFileArg, type FileArg } from './file-arg.ts';
import { readTextFile } from './read-text-file.ts';
import './export.css';

type Table = 'elements' | 'relations';

/** A relations table has source and target columns; anything else is read as elements. */
function tableOf(text: string): Table {
  const parsed = parseCsv(text.slice(0, 2000).split(/\r?\n/)[0] ?? '');
  const header = parsed.ok ? (parsed.rows[0] ?? []).map((h) => h.trim()) : [];
  return header.includes('source') && header.includes('target') ? 'relations' : 'elements';
}

/** Export the elements and relations as two CSV tables, and import such tables back with every problem named by row and column. */
export default function CsvDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const [separator, setSeparator] = useState<',' | ';'>(',');
  const [tables, setTables] = useState<Partial<Record<Table, FileArg>>>(() => {
    const file = readFileArg(arg);
    return file ? { [tableOf(file.text)]: file } : {};
  });
  const [seenArg, setSeenArg] = useState(arg);
  const inputs = { elements: useRef<HTMLInputElement>(null), relations: useRef<HTMLInputElement>(null) };
  // A table dropped onto the window while the dialog is open takes its place beside the other one.
  if (arg !== seenArg) {
    setSeenArg(arg);
    const file = readFileArg(arg);
    if (file) setTables({ ...tables, [tableOf(file.text)]: file });
  }

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
      `${slug(doc.meta.name)}-${table}.csv`,
      table === 'elements' ? elementsToCsv(doc, options) : relationsToCsv(doc, options),
      'text/csv',
    );
  };
  const choose = async (table: Table, file: File) =>
    setTables({ ...tables, [table]: { name: file.name, text: await readTextFile(file) } });
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
    const where = !elements
      ? ''
      : showAll.length
        ? ` New elements appear in ${showAll.join(', ')}.`
        : ' New elements are in no view yet: add them with "Add existing element".';
    wb.notify(
      'success',
      `Imported the CSV tables: ${elements} new and ${updated} changed elements, ${relations} relations.${where} Ctrl+Z undoes the import.`,
    );
    onClose();
  };

  return (
    <Dialog title="CSV tables for spreadsheets" wide onClose={onClose}>
      <div className="csv-dialog">
        <section className="csv-dialog__export" aria-labelledby="csv-export">
          <h3 id="csv-export" className="import-heading">
            Export
          </h3>
          <p className="field__hint">
            One row per element (its properties as <code>prop:…</code> columns) and one per relation. Edit them with the
            client in a spreadsheet, then import them here.
          </p>
          <Choice
            legend="Separator"
            value={separator}
            onChange={setSeparator}
            options={[
              { value: ',', label: 'Comma', hint: 'most spreadsheet programs' },
              { value: ';', label: 'Semicolon', hint: 'Excel with German, French or Dutch settings' },
            ]}
          />
          <div className="export-actions">
            <button onClick={() => save('elements')}>Download elements ({doc.elements.length})</button>
            <button onClick={() => save('relations')}>Download relations ({doc.relations.length})</button>
          </div>
        </section>
        <section className="csv-dialog__import" aria-labelledby="csv-import">
          <h3 id="csv-import" className="import-heading">
            Import
          </h3>
          <p className="field__hint">
            Rows add elements and relations, or replace those with the same id. Either table may come alone.
          </p>
          {(['elements', 'relations'] as const).map((table) => (
            <div key={table} className="csv-slot">
              <span className="csv-slot__label">{table === 'elements' ? 'Elements table' : 'Relations table'}</span>
              <span className={`csv-slot__file${tables[table] ? '' : ' muted'}`}>
                {tables[table]?.name ?? 'none chosen'}
              </span>
              <button onClick={() => inputs[table].current?.click()}>{tables[table] ? 'Replace…' : 'Choose…'}</button>
              {tables[table] ? (
                <button
                  className="icon-button"
                  aria-label={`Remove the ${table} table`}
                  title="Remove"
                  onClick={() => setTables({ ...tables, [table]: undefined })}
                >
                  ×
                </button>
              ) : null}
              <input
                ref={inputs[table]}
                type="file"
                accept=".csv,text/csv"
                hidden
                aria-label={table === 'elements' ? 'Elements CSV file' : 'Relations CSV file'}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void choose(table, file);
                  e.target.value = '';
                }}
              />
            </div>
          ))}
          {result && !result.ok ? (
            <div className="import-problems" role="alert">
              <h3>
                {result.errors.length} problem{result.errors.length === 1 ? '' : 's'}: nothing is imported until they
                are fixed
              </h3>
              <table className="csv-problems">
                <thead>
                  <tr>
                    <th scope="col">Table</th>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.slice(0, 200).map((e, i) => (
                    <tr key={i}>
                      <td>{e.table}</td>
                      <td>{e.row || '—'}</td>
                      <td>{e.column ? <code>{e.column}</code> : '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.errors.length > 200 ? (
                <p className="field__hint">… and {result.errors.length - 200} more.</p>
              ) : null}
            </div>
          ) : null}
          {result?.ok ? (
            <>
              <ul className="import-counts">
                <li>
                  <strong>{result.added.elements}</strong> new elements
                </li>
                <li>
                  <strong>{result.added.updated}</strong> changed
                </li>
                <li>
                  <strong>{result.added.relations}</strong> relations
                </li>
                <li>
                  <strong>{result.added.lanes}</strong> new lanes
                </li>
              </ul>
              {result.warnings.length ? (
                <section className="import-problems import-problems--warning">
                  <h3>
                    {result.warnings.length} reference{result.warnings.length === 1 ? ' is' : 's are'} left out
                  </h3>
                  <ul>
                    {result.warnings.map((w, i) => (
                      <li key={i}>
                        <span className="import-problems__where">
                          {w.table} row {w.row}, {w.column}
                        </span>{' '}
                        {w.message}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          ) : null}
        </section>
      </div>
      <div className="dialog-actions">
        <button className="primary" onClick={commit} disabled={!result?.ok}>
          {result?.ok
            ? `Import ${result.added.elements + result.added.updated} elements and ${result.added.relations} relations`
            : 'Import'}
        </button>
        <button onClick={onClose}>Close</button>
      </div>
    </Dialog>
  );
}
