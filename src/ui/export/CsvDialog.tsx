import { useMemo, useRef, useState } from 'react';
import { elementsToCsv, importCsv, parseCsv, relationsToCsv } from '../../core/io/csv.ts';
import { fileBase } from '../../core/i18n/file-name.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { download } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { Choice } from './Choice.tsx';
import { Count } from './import-parts.tsx';
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
  const m = useMessages().export;
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

  const tableName = (table: string) =>
    table === 'elements' ? m.elementsTableName : table === 'relations' ? m.relationsTableName : table;
  const save = (table: Table) => {
    // A byte-order mark makes Excel read the file as UTF-8 (umlauts, Korean); Refmod's import skips it.
    const options = { separator, bom: true };
    download(
      `${fileBase(doc, table)}.csv`,
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
    const where = !elements ? '' : showAll.length ? m.newElementsIn(showAll.join(', ')) : m.newElementsNowhere;
    wb.notify('success', m.csvImported(elements, updated, relations, where));
    onClose();
  };

  return (
    <Dialog title={m.csvTitle} wide onClose={onClose}>
      <div className="csv-dialog">
        <section className="csv-dialog__export" aria-labelledby="csv-export">
          <h3 id="csv-export" className="import-heading">
            {m.export}
          </h3>
          <p className="field__hint">
            {m.csvExportBefore} <code>{'prop:…'}</code> {m.csvExportAfter}
          </p>
          <Choice
            legend={m.separator}
            value={separator}
            onChange={setSeparator}
            options={[
              { value: ',', label: m.comma, hint: m.commaHint },
              { value: ';', label: m.semicolon, hint: m.semicolonHint },
            ]}
          />
          <div className="export-actions">
            <button onClick={() => save('elements')}>{m.downloadElements(doc.elements.length)}</button>
            <button onClick={() => save('relations')}>{m.downloadRelations(doc.relations.length)}</button>
          </div>
        </section>
        <section className="csv-dialog__import" aria-labelledby="csv-import">
          <h3 id="csv-import" className="import-heading">
            {m.import}
          </h3>
          <p className="field__hint">{m.csvImportHint}</p>
          {(['elements', 'relations'] as const).map((table) => (
            <div key={table} className="csv-slot">
              <span className="csv-slot__label">{table === 'elements' ? m.elementsTable : m.relationsTable}</span>
              <span className={`csv-slot__file${tables[table] ? '' : ' muted'}`}>
                {tables[table]?.name ?? m.noneChosen}
              </span>
              <button onClick={() => inputs[table].current?.click()}>{tables[table] ? m.replace : m.choose}</button>
              {tables[table] ? (
                <button
                  className="icon-button"
                  aria-label={table === 'elements' ? m.removeElementsTable : m.removeRelationsTable}
                  title={m.remove}
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
                aria-label={table === 'elements' ? m.elementsFile : m.relationsFile}
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
              <h3>{m.problems(result.errors.length)}</h3>
              <table className="csv-problems">
                <thead>
                  <tr>
                    <th scope="col">{m.table}</th>
                    <th scope="col">{m.row}</th>
                    <th scope="col">{m.column}</th>
                    <th scope="col">{m.problem}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.slice(0, 200).map((e, i) => (
                    <tr key={i}>
                      <td>{tableName(e.table)}</td>
                      <td>{e.row || '—'}</td>
                      <td>{e.column ? <code>{e.column}</code> : '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.errors.length > 200 ? <p className="field__hint">{m.more(result.errors.length - 200)}</p> : null}
            </div>
          ) : null}
          {result?.ok ? (
            <>
              <ul className="import-counts">
                <li>
                  <Count n={result.added.elements} text={m.countNewElements(result.added.elements)} />
                </li>
                <li>
                  <Count n={result.added.updated} text={m.countChanged(result.added.updated)} />
                </li>
                <li>
                  <Count n={result.added.relations} text={m.countRelations(result.added.relations)} />
                </li>
                <li>
                  <Count n={result.added.lanes} text={m.countNewLanes(result.added.lanes)} />
                </li>
              </ul>
              {result.warnings.length ? (
                <section className="import-problems import-problems--warning">
                  <h3>{m.referencesLeftOut(result.warnings.length)}</h3>
                  <ul>
                    {result.warnings.map((w, i) => (
                      <li key={i}>
                        <span className="import-problems__where">
                          {m.tableRow(tableName(w.table), w.row, w.column)}
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
          {result?.ok ? m.importCount(result.added.elements + result.added.updated, result.added.relations) : m.import}
        </button>
        <button onClick={onClose}>{m.close}</button>
      </div>
    </Dialog>
  );
}
