import { useState } from 'react';
import { matookIndulska as mi } from '../../core/evaluation/checklists.ts';
import { updateEvaluation } from '../../core/evaluation/edits.ts';
import type { EvaluationRecord, QfdRecord } from '../../core/model/evaluation-record.ts';
import { SelectField } from '../inspector/fields.tsx';
import { useActions, useDocument } from '../workbench-context.ts';
import { QfdResult } from './QfdResult.tsx';
import { PhaseFulfilment } from './PhaseFulfilment.tsx';
import { NumberEntry } from './NumberEntry.tsx';
import { matookIndulskaCase } from '../../core/evaluation/qfd-case.ts';

type Correlation = 0 | 1 | 3 | 9;
const CORRELATIONS: { value: Correlation; label: string }[] = [
  { value: 0, label: '0 none' },
  { value: 1, label: '1 weak' },
  { value: 3, label: '3 medium' },
  { value: 9, label: '9 strong' },
];
const label = (id: string) => mi.characteristics.find((c) => c.id === id)?.label ?? id;

/** Matook & Indulska's House of Quality for one session: importance, phase × characteristic correlation and fulfilment in, RMQuality out. */
export function QfdTab({ initial }: { initial: string | null }) {
  const wb = useActions();
  const sessions = useDocument().evaluations;
  const [chosen, setChosen] = useState(initial ?? sessions.find((s) => s.qfd)?.id ?? sessions.at(-1)!.id);
  const record = sessions.find((s) => s.id === chosen) ?? sessions.at(-1)!;
  const qfd = record.qfd;
  const save = (next: QfdRecord | undefined, what: string) =>
    wb.perform(updateEvaluation(record.id, { qfd: next }, what));

  return (
    <div className="qfd">
      <p className="qfd__intro">
        How well was the model <em>built</em>? Matook and Indulska&apos;s quality function deployment: users rate how
        important each characteristic of a reference model is; each of the seven development phases serves the
        characteristics to some degree; the share of each phase&apos;s checklist activities that were done, weighted by
        the phase&apos;s relative importance, gives RMQuality from 0 to 1.
        <span className="qfd__citation">{mi.citation}</span>
      </p>
      <SelectField
        label="Session"
        value={record.id}
        options={sessions.map((s) => ({
          value: s.id,
          label: `${s.date} · ${s.evaluator.name} · ${s.title}${s.qfd ? ' · has a QFD check' : ''}`,
        }))}
        onChange={setChosen}
      />
      {!qfd ? (
        <div className="evaluation__empty">
          <p>This session has no QFD check of the construction process yet.</p>
          <button
            className="primary"
            onClick={() => save({ importance: {}, fulfilment: {} }, `Add a QFD check to ${record.title}`)}
          >
            Add a QFD check to this session
          </button>
        </div>
      ) : (
        <QfdForm record={record} qfd={qfd} save={save} />
      )}
    </div>
  );
}

function QfdForm({
  record,
  qfd,
  save,
}: {
  record: EvaluationRecord;
  qfd: QfdRecord;
  save: (next: QfdRecord | undefined, what: string) => void;
}) {
  const matrix = qfd.correlation ?? mi.defaultCorrelation;
  const scale = qfd.scale ?? mi.importanceScale;
  const setImportance = (id: string, text: string) => {
    const importance = { ...qfd.importance };
    if (text.trim() === '') delete importance[id];
    else importance[id] = Number(text);
    save({ ...qfd, importance }, `QFD importance of ${label(id)} ${text.trim() || 'cleared'}`);
  };
  const setScale = (end: 'min' | 'max', text: string) =>
    save(
      { ...qfd, scale: { ...scale, [end]: Number(text) } },
      `QFD importance scale ${end === 'min' ? 'from' : 'to'} ${text}`,
    );
  const setCorrelation = (phase: string, characteristic: string, value: Correlation) => {
    const correlation = Object.fromEntries(Object.entries(matrix).map(([p, row]) => [p, { ...row }]));
    correlation[phase] = { ...correlation[phase], [characteristic]: value };
    save(
      { ...qfd, correlation },
      `QFD correlation of ${mi.phases.find((p) => p.id === phase)?.label} with ${label(characteristic)} ${value}`,
    );
  };
  return (
    <>
      <section aria-labelledby="qfd-importance">
        <h3 id="qfd-importance" className="results__heading">
          1 · Importance of each characteristic
        </h3>
        <div className="qfd__scale">
          <span>The study&apos;s scale: from</span>
          <NumberEntry
            label="Importance scale from"
            value={scale.min}
            valid={(v) => v >= 0 && v < scale.max}
            onCommit={(t) => setScale('min', t)}
          />
          <span>to</span>
          <NumberEntry
            label="Importance scale to"
            value={scale.max}
            valid={(v) => v > scale.min && v <= 100}
            onCommit={(t) => setScale('max', t)}
          />
          <span className="field__hint">Enter the users&apos; mean ratings as they are: 6.5 stays 6.5.</span>
        </div>
        <div className="qfd__importance">
          {mi.characteristics.map((c) => (
            <div key={c.id} className="qfd__rating" title={c.meaning}>
              <span className="qfd__rating-name">{c.label}</span>
              <span className="qfd__rating-meaning">{c.meaning}</span>
              <NumberEntry
                label={`Importance of ${c.label}`}
                value={qfd.importance[c.id]}
                placeholder="not rated"
                valid={(v) => v >= scale.min && v <= scale.max}
                invalid={`Give a number from ${scale.min} to ${scale.max}.`}
                onCommit={(t) => setImportance(c.id, t)}
              />
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="qfd-correlation">
        <h3 id="qfd-correlation" className="results__heading">
          2 · Correlation of each phase with each characteristic
        </h3>
        <p className="field__hint">
          {qfd.correlation
            ? 'A matrix of your own. '
            : "Refmod's default matrix, not the one of the paper's case: adjust it to your project. "}
          <button
            className="link-button"
            onClick={() => save({ ...matookIndulskaCase.qfd }, `QFD inputs of ${matookIndulskaCase.title}`)}
            title={matookIndulskaCase.note}
          >
            Use the inputs of Matook &amp; Indulska&apos;s case (RMQuality {matookIndulskaCase.published.rmQuality})
          </button>{' '}
          <button
            className="link-button"
            onClick={() => save({ ...qfd, correlation: undefined }, 'QFD correlation: back to the default matrix')}
            hidden={!qfd.correlation}
          >
            Back to the default matrix
          </button>
        </p>
        <div className="table-scroll">
          <table className="data-table qfd__matrix">
            <thead>
              <tr>
                <th scope="col">Phase</th>
                {mi.characteristics.map((c) => (
                  <th scope="col" key={c.id}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mi.phases.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.number} {p.label}
                  </th>
                  {mi.characteristics.map((c) => (
                    <td key={c.id}>
                      <select
                        value={matrix[p.id]?.[c.id] ?? 0}
                        onChange={(e) => setCorrelation(p.id, c.id, Number(e.target.value) as Correlation)}
                        aria-label={`Correlation of ${p.label} with ${c.label}`}
                      >
                        {CORRELATIONS.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="qfd-fulfilment">
        <h3 id="qfd-fulfilment" className="results__heading">
          3 · Fulfilment of each phase&apos;s activities
        </h3>
        <p className="field__hint">
          Tick the activities of the development checklist that were done, or give a share (0 to 1) per phase.
        </p>
        <div className="qfd__phases">
          {mi.phases.map((p) => (
            <PhaseFulfilment
              key={p.id}
              phase={p}
              entry={qfd.fulfilment[p.id]}
              onChange={(entry, what) => {
                const fulfilment = { ...qfd.fulfilment };
                if (entry) fulfilment[p.id] = entry;
                else delete fulfilment[p.id];
                save({ ...qfd, fulfilment }, what);
              }}
            />
          ))}
        </div>
      </section>
      <QfdResult qfd={qfd} />
      <div className="evaluation__actions">
        <button
          className="danger"
          onClick={() => save(undefined, `Remove the QFD check of ${record.title}`)}
          title="Remove the QFD check from this session (undo with Ctrl+Z)"
        >
          Remove the QFD check
        </button>
      </div>
    </>
  );
}
