import { useMemo } from 'react';
import { exportArchimate } from '../../core/exchange/archimate/export.ts';
import { CATEGORY_MAPPING, ELEMENT_TYPE_MAPPING, RELATION_REASONS } from '../../core/exchange/archimate/mapping.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { download, fileNameFor } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import './export.css';

/** The ArchiMate export: how the metamodel maps, what travels as properties, and the download. */
export default function ArchimateExportDialog({ onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const result = useMemo(() => exportArchimate(doc, metamodel), [doc, metamodel]);
  const save = () => {
    const name = fileNameFor(doc, 'archimate.xml');
    download(name, result.xml, 'application/xml');
    wb.notify('success', `Downloaded ${name}: open it in Archi with File → Import → Open Exchange XML Model.`);
  };
  const rows = [
    ...metamodel.data.categories.map((c) => ({ from: c.label, ...CATEGORY_MAPPING[c.id]! })),
    ...Object.entries(ELEMENT_TYPE_MAPPING).map(([type, m]) => ({
      from: `${metamodel.elementType(type)?.label ?? type} (element type)`,
      ...m,
    })),
  ].filter((r) => r.archimate);

  return (
    <Dialog title="Export to ArchiMate (Open Exchange Format)" wide onClose={onClose}>
      <div className="archimate-export">
        <p>
          An ArchiMate 3.1 exchange file (.xml, also read as 3.2) of the whole model with its {doc.views.length} view
          {doc.views.length === 1 ? '' : 's'} as diagrams. Archi and other ArchiMate tools open it; Refmod opens it back
          without loss.
        </p>
        <h3 className="import-heading">How the model maps</h3>
        <table className="archimate-export__table">
          <thead>
            <tr>
              <th scope="col">Refmod</th>
              <th scope="col">ArchiMate</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.from}>
                <td>{r.from}</td>
                <td>{r.archimate}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <details className="import-list">
          <summary>Relations</summary>
          <ul>
            {metamodel.data.relationTypes.map((t) => (
              <li key={t.id}>
                <strong>{t.label}</strong> → {RELATION_REASONS[t.id] ?? 'Association (directed)'}
              </li>
            ))}
          </ul>
        </details>
        <h3 className="import-heading">What ArchiMate has no place for, kept as properties</h3>
        <ul className="archimate-export__notes">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button className="primary" onClick={save}>
          Download .xml
        </button>
        <button onClick={onClose}>Close</button>
      </div>
    </Dialog>
  );
}
