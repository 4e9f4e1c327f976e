import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Element } from '../../core/model/schema.ts';
import { useMessages } from '../i18n/messages.ts';

/** The elements an import would add, folded away under one line. */
export function NewElements({ created, metamodel }: { created: readonly Element[]; metamodel: Metamodel }) {
  const m = useMessages().export;
  if (!created.length) return null;
  return (
    <details className="import-list">
      <summary>{m.newElements}</summary>
      <ul>
        {created.map((el) => (
          <li key={el.id}>
            {el.name} <span className="muted">· {metamodel.elementType(el.type)?.label ?? el.type}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A choice of element type, grouped by the metamodel's categories: what an imported shape becomes. */
export function ElementTypeSelect(props: {
  id: string;
  value: string;
  onChange: (type: string) => void;
  metamodel: Metamodel;
}) {
  const { data } = props.metamodel;
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      {data.categories.map((c) => (
        <optgroup key={c.id} label={c.label}>
          {data.elementTypes
            .filter((t) => t.category === c.id)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The dialog's buttons: import what the preview shows (`added`, null while there is nothing to import), or leave the model as it is. */
export function ImportActions(props: {
  added: { elements: number; relations: number } | null;
  onImport: () => void;
  onClose: () => void;
}) {
  const { added } = props;
  const m = useMessages().export;
  return (
    <div className="dialog-actions">
      <button className="primary" onClick={props.onImport} disabled={!added}>
        {added ? m.importCount(added.elements, added.relations) : m.import}
      </button>
      <button onClick={props.onClose}>{m.cancel}</button>
    </div>
  );
}

/** A count in a sentence of the active language ("5 new elements", "새 요소 5개"), its number in bold. */
export function Count({ text, n }: { text: string; n: number }) {
  const number = String(n);
  const at = text.indexOf(number);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong>{number}</strong>
      {text.slice(at + number.length)}
    </>
  );
}
