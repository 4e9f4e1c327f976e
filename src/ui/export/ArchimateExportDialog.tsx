import { useMemo } from 'react';
import { exportArchimate } from '../../core/exchange/archimate/export.ts';
import { CATEGORY_MAPPING, ELEMENT_TYPE_MAPPING, RELATION_REASONS } from '../../core/exchange/archimate/mapping.ts';
import { importMessage } from '../../core/i18n/say.ts';
import type { DialogProps } from '../shell/features.tsx';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { download, fileNameFor } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import './export.css';

/** The ArchiMate export: how the metamodel maps, what travels as properties, and the download. */
export default function ArchimateExportDialog({ onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().export;
  const language = useLanguage();
  const result = useMemo(() => exportArchimate(doc, metamodel), [doc, metamodel]);
  const save = () => {
    const name = fileNameFor(doc, 'archimate.xml');
    download(name, result.xml, 'application/xml');
    wb.notify('success', m.archimateDownloaded(name));
  };
  const rows = [
    ...metamodel.data.categories.map((c) => ({ from: c.label, ...CATEGORY_MAPPING[c.id]! })),
    ...Object.entries(ELEMENT_TYPE_MAPPING).map(([type, mapping]) => ({
      from: m.elementTypeRow(metamodel.elementType(type)?.label ?? type),
      ...mapping,
    })),
  ].filter((r) => r.archimate);

  return (
    <Dialog title={m.archimateTitle} wide onClose={onClose}>
      <div className="archimate-export">
        <p>{m.archimateIntro(doc.views.length)}</p>
        <h3 className="import-heading">{m.howMaps}</h3>
        <table className="archimate-export__table">
          <thead>
            <tr>
              <th scope="col">{m.refmod}</th>
              <th scope="col">{m.archimate}</th>
              <th scope="col">{m.why}</th>
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
          <summary>{m.relations}</summary>
          <ul>
            {metamodel.data.relationTypes.map((t) => (
              <li key={t.id}>
                <strong>{t.label}</strong> → {RELATION_REASONS[t.id] ?? m.association}
              </li>
            ))}
          </ul>
        </details>
        <h3 className="import-heading">{m.keptAsProperties}</h3>
        <ul className="archimate-export__notes">
          {result.notes.map((n) => (
            <li key={n.text.id}>{importMessage(n, metamodel, language)}</li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button className="primary" onClick={save}>
          {m.downloadXml}
        </button>
        <button onClick={onClose}>{m.close}</button>
      </div>
    </Dialog>
  );
}
