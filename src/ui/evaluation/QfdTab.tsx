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
import { formatNumber, useMessages } from '../i18n/messages.ts';
import { day } from './use-evaluation.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';

type Correlation = 0 | 1 | 3 | 9;
const CORRELATIONS: Correlation[] = [0, 1, 3, 9];
const label = (id: string) => mi.characteristics.find((c) => c.id === id)?.label ?? id;

/** Matook & Indulska's House of Quality for one session: importance, phase × characteristic correlation and fulfilment in, RMQuality out. */
export function QfdTab({ initial }: { initial: string | null }) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const sessions = useDocument().evaluations;
  const [chosen, setChosen] = useState(initial ?? sessions.find((s) => s.qfd)?.id ?? sessions.at(-1)!.id);
  const record = sessions.find((s) => s.id === chosen) ?? sessions.at(-1)!;
  const qfd = record.qfd;
  const save = (next: QfdRecord | undefined, what: Label) =>
    wb.perform(updateEvaluation(record.id, { qfd: next }, what));

  return (
    <div className="qfd">
      <p className="qfd__intro">
        {m.qfdIntroQuestion[0]}
        <em>{m.qfdIntroQuestion[1]}</em>
        {m.qfdIntroQuestion[2]} {m.qfdIntro}
        <span className="qfd__citation">{mi.citation}</span>
      </p>
      <SelectField
        label={m.session}
        value={record.id}
        options={sessions.map((s) => ({
          value: s.id,
          label: `${day(s.date)} · ${s.evaluator.name} · ${s.title}${s.qfd ? ` · ${m.hasQfd}` : ''}`,
        }))}
        onChange={setChosen}
      />
      {!qfd ? (
        <div className="evaluation__empty">
          <p>{m.noQfd}</p>
          <button
            className="primary"
            onClick={() =>
              save({ importance: {}, fulfilment: {} }, screenLabel('evaluation', 'undoAddQfd', record.title))
            }
          >
            {m.addQfd}
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
  save: (next: QfdRecord | undefined, what: Label) => void;
}) {
  const m = useMessages().evaluation;
  const matrix = qfd.correlation ?? mi.defaultCorrelation;
  const scale = qfd.scale ?? mi.importanceScale;
  const setImportance = (id: string, text: string) => {
    const importance = { ...qfd.importance };
    if (text.trim() === '') delete importance[id];
    else importance[id] = Number(text);
    save({ ...qfd, importance }, screenLabel('evaluation', 'undoImportance', label(id), text.trim()));
  };
  const setScale = (end: 'min' | 'max', text: string) =>
    save(
      { ...qfd, scale: { ...scale, [end]: Number(text) } },
      end === 'min' ? screenLabel('evaluation', 'undoScaleFrom', text) : screenLabel('evaluation', 'undoScaleTo', text),
    );
  const setCorrelation = (phase: string, characteristic: string, value: Correlation) => {
    const correlation = Object.fromEntries(Object.entries(matrix).map(([p, row]) => [p, { ...row }]));
    correlation[phase] = { ...correlation[phase], [characteristic]: value };
    save(
      { ...qfd, correlation },
      screenLabel(
        'evaluation',
        'undoCorrelation',
        mi.phases.find((p) => p.id === phase)?.label ?? phase,
        label(characteristic),
        value,
      ),
    );
  };
  return (
    <>
      <section aria-labelledby="qfd-importance">
        <h3 id="qfd-importance" className="results__heading">
          1 · {m.importanceHeading}
        </h3>
        <div className="qfd__scale">
          <span>{m.studyScaleFrom}</span>
          <NumberEntry
            label={m.importanceScaleFrom}
            value={scale.min}
            valid={(v) => v >= 0 && v < scale.max}
            onCommit={(t) => setScale('min', t)}
          />
          <span>{m.to}</span>
          <NumberEntry
            label={m.importanceScaleTo}
            value={scale.max}
            valid={(v) => v > scale.min && v <= 100}
            onCommit={(t) => setScale('max', t)}
          />
          <span className="field__hint">{m.meanRatingsHint(formatNumber(6.5))}</span>
        </div>
        <div className="qfd__importance">
          {mi.characteristics.map((c) => (
            <div key={c.id} className="qfd__rating" title={c.meaning}>
              <span className="qfd__rating-name">{c.label}</span>
              <span className="qfd__rating-meaning">{c.meaning}</span>
              <NumberEntry
                label={m.importanceOf(c.label)}
                value={qfd.importance[c.id]}
                placeholder={m.notRated}
                valid={(v) => v >= scale.min && v <= scale.max}
                invalid={m.numberFromTo(formatNumber(scale.min), formatNumber(scale.max))}
                onCommit={(t) => setImportance(c.id, t)}
              />
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="qfd-correlation">
        <h3 id="qfd-correlation" className="results__heading">
          2 · {m.correlationHeading}
        </h3>
        <p className="field__hint">
          {qfd.correlation ? m.ownMatrix : m.defaultMatrix}{' '}
          <button
            className="link-button"
            onClick={() =>
              save({ ...matookIndulskaCase.qfd }, screenLabel('evaluation', 'undoCaseInputs', matookIndulskaCase.title))
            }
            title={matookIndulskaCase.note}
          >
            {m.useCaseInputs(formatNumber(matookIndulskaCase.published.rmQuality))}
          </button>{' '}
          <button
            className="link-button"
            onClick={() => save({ ...qfd, correlation: undefined }, screenLabel('evaluation', 'undoDefaultMatrix'))}
            hidden={!qfd.correlation}
          >
            {m.backToDefaultMatrix}
          </button>
        </p>
        <div className="table-scroll">
          <table className="data-table qfd__matrix">
            <thead>
              <tr>
                <th scope="col">{m.phase}</th>
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
                        aria-label={m.correlationOf(p.label, c.label)}
                      >
                        {CORRELATIONS.map((o) => (
                          <option key={o} value={o}>
                            {o} {m.correlation[o]}
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
          3 · {m.fulfilmentHeading}
        </h3>
        <p className="field__hint">{m.fulfilmentHint}</p>
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
          onClick={() => save(undefined, screenLabel('evaluation', 'undoRemoveQfd', record.title))}
          title={m.removeQfdHint}
        >
          {m.removeQfd}
        </button>
      </div>
    </>
  );
}
