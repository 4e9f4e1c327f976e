import { useRef } from 'react';
import { importMessage } from '../../core/i18n/say.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { useWb } from '../workbench-context.ts';
import { Choice } from './Choice.tsx';
import { FileInput, ImportCounts, LeftOut } from './import-view.tsx';
import { useCsvTables } from './use-csv-tables.ts';
import './export.css';

/** Export the elements and relations as two CSV tables, and import such tables back with every problem named by row and column. */
export default function CsvDialog({ arg, onClose }: DialogProps) {
  const m = useMessages().export;
  const csv = useCsvTables(arg, onClose);
  const metamodel = useWb((s) => s.metamodel);
  const { doc, tables, result, tableName } = csv;
  const inputs = { elements: useRef<HTMLInputElement>(null), relations: useRef<HTMLInputElement>(null) };

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
            value={csv.separator}
            onChange={csv.setSeparator}
            options={[
              { value: ',', label: m.comma, hint: m.commaHint },
              { value: ';', label: m.semicolon, hint: m.semicolonHint },
            ]}
          />
          <div className="export-actions">
            <button onClick={() => csv.save('elements')}>{m.downloadElements(doc.elements.length)}</button>
            <button onClick={() => csv.save('relations')}>{m.downloadRelations(doc.relations.length)}</button>
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
                  onClick={() => csv.remove(table)}
                >
                  ×
                </button>
              ) : null}
              <FileInput
                ref={inputs[table]}
                accept=".csv,text/csv"
                label={table === 'elements' ? m.elementsFile : m.relationsFile}
                onFile={(file) => void csv.choose(table, file)}
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
                      <td>{importMessage(e, metamodel)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.errors.length > 200 ? <p className="field__hint">{m.more(result.errors.length - 200)}</p> : null}
            </div>
          ) : null}
          {result?.ok ? (
            <>
              <ImportCounts
                counts={[
                  [result.added.elements, m.countNewElements(result.added.elements)],
                  [result.added.updated, m.countChanged(result.added.updated)],
                  [result.added.relations, m.countRelations(result.added.relations)],
                  [result.added.lanes, m.countNewLanes(result.added.lanes)],
                ]}
              />
              <LeftOut
                title={m.referencesLeftOut(result.warnings.length)}
                parts={result.warnings.map((w) => ({
                  where: m.tableRow(tableName(w.table), w.row, w.column),
                  reason: importMessage(w, metamodel),
                }))}
              />
            </>
          ) : null}
        </section>
      </div>
      <div className="dialog-actions">
        <button className="primary" onClick={csv.commit} disabled={!result?.ok}>
          {result?.ok ? m.importCount(result.added.elements + result.added.updated, result.added.relations) : m.import}
        </button>
        <button onClick={onClose}>{m.close}</button>
      </div>
    </Dialog>
  );
}
