import { useId, useState } from 'react';
import type { AdaptationRecord } from '../../core/derive/adaptations.ts';
import type { Conformance } from '../../core/derive/conformance.ts';
import { omitElement, setAdaptation } from '../../core/commands/derive.ts';
import type { LinkAdaptation } from '../../core/model/derivation.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { localizeDocument } from '../../core/i18n/localize.ts';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { fieldName } from './diff-rows.ts';

type Settable = Exclude<LinkAdaptation, 'omitted'>;
const SETTABLE: readonly Settable[] = ['adopted', 'specialised', 'extended', 'renamed'];

/** Every element with its adaptation: inferred from the model, or set by a person with the reason; elements can be omitted here. */
export function AdaptationTable({ reference, figures }: { reference: RefDocument; figures: Conformance }) {
  const doc = useDocument();
  const id = useId();
  const [show, setShow] = useState<'adapted' | 'all'>('adapted');
  const [query, setQuery] = useState('');
  const m = useMessages().workspace;
  const language = useLanguage();
  // Names as the canvas shows them: in the interface's language where the models have it.
  const names = new Map(localizeDocument(doc, language).doc.elements.map((e) => [e.id, e.name]));
  const referenceNames = new Map(localizeDocument(reference, language).doc.elements.map((e) => [e.id, e.name]));
  const needle = query.trim().toLowerCase();
  const rows = figures.adaptations.filter((a) => {
    if (show === 'adapted' && a.adaptation === 'adopted') return false;
    const text = `${names.get(a.element) ?? ''} ${referenceNames.get(a.derivedFrom ?? '') ?? ''}`.toLowerCase();
    return !needle || text.includes(needle);
  });
  return (
    <div className="adaptations">
      <div className="adaptations__filter">
        <label htmlFor={`${id}-show`}>{m.show}</label>
        <select id={`${id}-show`} value={show} onChange={(e) => setShow(e.target.value as 'adapted' | 'all')}>
          <option value="adapted">{m.adaptedOnly}</option>
          <option value="all">{m.allElements(figures.adaptations.length)}</option>
        </select>
        <label htmlFor={`${id}-find`}>{m.findElement}</label>
        <input
          id={`${id}-find`}
          className="adaptations__search"
          type="search"
          value={query}
          placeholder={m.elementName}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {rows.length === 0 ? (
        <p className="muted">{show === 'adapted' && !needle ? m.allAdopted : m.noMatch}</p>
      ) : (
        <table className="adaptations__table">
          <thead>
            <tr>
              <th scope="col">{m.element}</th>
              <th scope="col">{m.stemsFrom}</th>
              <th scope="col">{m.adaptationColumn}</th>
              <th scope="col">{m.why}</th>
              <th scope="col">
                <span className="visually-hidden">{m.actions}</span>
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
  const m = useMessages().workspace;
  const label = m.adaptation[record.adaptation];
  const inferredLabel = m.adaptation[record.inferred].toLowerCase();
  const linked = record.derivedFrom !== null && record.adaptation !== 'omitted' && record.inferred !== 'new';
  return (
    <tr>
      <td className={record.adaptation === 'omitted' ? 'adaptations__omitted' : ''} translate="no">
        {name ?? origin ?? record.element}
      </td>
      <td translate="no">{origin ?? <span className="muted">—</span>}</td>
      <td>
        {linked ? (
          <select
            aria-label={m.adaptationOf(name ?? record.element)}
            value={record.explicit ? record.adaptation : ''}
            disabled={readOnly}
            onChange={(e) => wb.perform(setAdaptation(record.element, (e.target.value || null) as Settable | null))}
          >
            <option value="">{m.asInferred(inferredLabel)}</option>
            {SETTABLE.map((s) => (
              <option key={s} value={s}>
                {m.adaptation[s]}
              </option>
            ))}
          </select>
        ) : (
          <span className={`adaptation adaptation--${record.adaptation}`}>{label}</span>
        )}
        {record.fields.length ? (
          <div className="adaptations__fields">
            {m.changedFields(record.fields.map((f) => fieldName(m, f)).join(', '))}
          </div>
        ) : null}
      </td>
      <td>
        {linked ? (
          <input
            aria-label={m.whyAdapted(name ?? record.element)}
            defaultValue={record.note}
            key={record.note}
            disabled={readOnly}
            placeholder={m.reasonPlaceholder}
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
          <button onClick={() => setOmitting(true)} disabled={readOnly} title={m.omitTitle}>
            {m.omitAsk}
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
              title={m.omitConfirmTitle}
            >
              {m.omit}
            </button>
            <button onClick={() => setOmitting(false)}>{m.cancel}</button>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
