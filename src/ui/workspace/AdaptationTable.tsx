import { useId, useState } from 'react';
import type { AdaptationRecord } from '../../core/derive/adaptations.ts';
import type { Conformance } from '../../core/derive/conformance.ts';
import { omitElement, setAdaptation } from '../../core/commands/derive.ts';
import type { LinkAdaptation } from '../../core/model/derivation.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { ADAPTATIONS } from './Conformance.tsx';

type Settable = Exclude<LinkAdaptation, 'omitted'>;
const SETTABLE: readonly Settable[] = ['adopted', 'specialised', 'extended', 'renamed'];

/** Every element with its adaptation: inferred from the model, or set by a person with the reason; elements can be omitted here. */
export function AdaptationTable({ reference, figures }: { reference: RefDocument; figures: Conformance }) {
  const doc = useDocument();
  const id = useId();
  const [show, setShow] = useState<'adapted' | 'all'>('adapted');
  const [query, setQuery] = useState('');
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  const referenceNames = new Map(reference.elements.map((e) => [e.id, e.name]));
  const needle = query.trim().toLowerCase();
  const rows = figures.adaptations.filter((a) => {
    if (show === 'adapted' && a.adaptation === 'adopted') return false;
    const text = `${names.get(a.element) ?? ''} ${referenceNames.get(a.derivedFrom ?? '') ?? ''}`.toLowerCase();
    return !needle || text.includes(needle);
  });
  return (
    <div className="adaptations">
      <div className="adaptations__filter">
        <label htmlFor={`${id}-show`}>Show</label>
        <select id={`${id}-show`} value={show} onChange={(e) => setShow(e.target.value as 'adapted' | 'all')}>
          <option value="adapted">Adapted elements only</option>
          <option value="all">All elements ({figures.adaptations.length})</option>
        </select>
        <label htmlFor={`${id}-find`}>Find element</label>
        <input
          id={`${id}-find`}
          className="adaptations__search"
          type="search"
          value={query}
          placeholder="Element name"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {rows.length === 0 ? (
        <p className="muted">
          {show === 'adapted' && !needle
            ? 'Every element is adopted unchanged so far. Rename, omit or change elements on the canvas, or choose “All elements” to set an adaptation here.'
            : 'No element matches.'}
        </p>
      ) : (
        <table className="adaptations__table">
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Stems from</th>
              <th scope="col">Adaptation</th>
              <th scope="col">Why</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <Row
                key={`${a.element}:${a.adaptation}`}
                record={a}
                name={names.get(a.element)}
                origin={referenceNames.get(a.derivedFrom ?? '')}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Row({
  record,
  name,
  origin,
}: {
  record: AdaptationRecord;
  name: string | undefined;
  origin: string | undefined;
}) {
  const wb = useActions();
  const readOnly = useWb((s) => s.readOnly);
  const [omitting, setOmitting] = useState(false);
  const label = ADAPTATIONS.find((x) => x.id === record.adaptation)?.label ?? record.adaptation;
  const inferredLabel = ADAPTATIONS.find((x) => x.id === record.inferred)?.label.toLowerCase() ?? record.inferred;
  const linked = record.derivedFrom !== null && record.adaptation !== 'omitted' && record.inferred !== 'new';
  return (
    <tr>
      <td className={record.adaptation === 'omitted' ? 'adaptations__omitted' : ''}>
        {name ?? origin ?? record.element}
      </td>
      <td>{origin ?? <span className="muted">—</span>}</td>
      <td>
        {linked ? (
          <select
            aria-label={`Adaptation of ${name ?? record.element}`}
            value={record.explicit ? record.adaptation : ''}
            disabled={readOnly}
            onChange={(e) => wb.perform(setAdaptation(record.element, (e.target.value || null) as Settable | null))}
          >
            <option value="">As inferred: {inferredLabel}</option>
            {SETTABLE.map((s) => (
              <option key={s} value={s}>
                {ADAPTATIONS.find((x) => x.id === s)!.label}
              </option>
            ))}
          </select>
        ) : (
          <span className={`adaptation adaptation--${record.adaptation}`}>{label}</span>
        )}
        {record.fields.length ? <div className="adaptations__fields">changed: {record.fields.join(', ')}</div> : null}
      </td>
      <td>
        {linked ? (
          <input
            aria-label={`Why ${name ?? record.element} is adapted`}
            defaultValue={record.note}
            key={record.note}
            disabled={readOnly}
            placeholder="Reason (optional)"
            onBlur={(e) =>
              e.target.value !== record.note &&
              wb.perform(
                setAdaptation(record.element, record.explicit ? (record.adaptation as Settable) : null, e.target.value),
              )
            }
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
        ) : (
          <span className="muted">{record.note}</span>
        )}
      </td>
      <td className="adaptations__actions">
        {linked && !omitting ? (
          <button
            onClick={() => setOmitting(true)}
            disabled={readOnly}
            title="Leave this element out of the derived model (undoable)"
          >
            Omit…
          </button>
        ) : null}
        {omitting ? (
          <span className="adaptations__omit">
            <button
              className="danger"
              onClick={() =>
                wb.perform(
                  omitElement(
                    record.element,
                    wb.store.getState().history.document.derivation?.links[record.element]?.note ?? '',
                  ),
                )
              }
              title="Delete the element from this model and record it as omitted, with the reason under “Why”"
            >
              Omit
            </button>
            <button onClick={() => setOmitting(false)}>Cancel</button>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
