import { useId, useState, type FormEvent } from 'react';
import { checklistsOf } from '../../core/evaluation/checklists.ts';
import { storedWorkspace } from '../workspace/session.ts';
import { addEvaluation } from '../../core/evaluation/edits.ts';
import { checklistsFor, newEvaluation } from '../../core/evaluation/session.ts';
import type { EvaluationPerspective, Scale } from '../../core/model/evaluation-record.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { useEvaluationPlace, useOpenSession } from './evaluation-ui.ts';
import { sessionId } from './session-actions.ts';
import { today } from './use-evaluation.ts';
import { messages, useMessages } from '../i18n/messages.ts';

const PERSPECTIVES: EvaluationPerspective[] = ['client', 'customer', 'internal'];

/** The form that starts a session: views, evaluator, scale and checklists. */
export function StartSession() {
  const wb = useActions();
  const m = useMessages().evaluation;
  const [, setPlace] = useEvaluationPlace();
  const openSession = useOpenSession();
  const ids = useId();
  const [perspectives, setPerspectives] = useState<EvaluationPerspective[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [scale, setScale] = useState<Scale>('0-2');
  const [date, setDate] = useState(today);
  const [left, setLeft] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const own = useWb((s) => s.history.document.pack);
  const applicable = checklistsFor(perspectives, checklistsOf({ pack: own })).filter(
    (c) => c.perspective !== 'all' || perspectives.length > 0,
  );
  const chosen = applicable.filter((c) => !left.includes(c.id));
  const problems = {
    perspectives: perspectives.length === 0 ? m.chooseView : null,
    name: name.trim() ? null : m.sayWhoEvaluates,
    checklists: perspectives.length && chosen.length === 0 ? m.keepChecklist : null,
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : m.dateFormat,
  };
  const cancel = () => setPlace({ starting: false });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    // The title is the session's data, written once in the language active when it starts.
    const { evaluation } = messages();
    const title = evaluation.sessionTitle(perspectives.map((p) => evaluation.perspective[p]).join(' + '), name.trim());
    const doc = wb.store.getState().history.document;
    const record = newEvaluation(
      doc,
      {
        id: sessionId(wb, title),
        title,
        perspectives: PERSPECTIVES.filter((p) => perspectives.includes(p)),
        evaluator: { name: name.trim(), role: role.trim() },
        date,
        scale,
      },
      chosen,
    );
    wb.perform(addEvaluation(record));
    openSession(record.id);
    // The model as this session sees it is kept, so that a later change can be listed against it.
    const workspace = storedWorkspace();
    if (workspace)
      void workspace
        .createVersion(doc.meta.id, { name: evaluation.evaluatedVersion(title), automatic: true, document: doc })
        .catch(() => undefined);
  };
  const error = (text: string | null, id: string) =>
    tried && text ? (
      <div className="field__error" id={id} role="alert">
        {text}
      </div>
    ) : null;

  return (
    <form className="evaluation start-session" onSubmit={submit} noValidate aria-label={m.startEvaluation}>
      <h2 className="evaluation__heading">{m.startEvaluation}</h2>
      <fieldset className="evaluation__group" aria-describedby={`${ids}-p`}>
        <legend>{m.viewsToEvaluate}</legend>
        {PERSPECTIVES.map((p) => (
          <label key={p} className="choice">
            <input
              type="checkbox"
              checked={perspectives.includes(p)}
              onChange={(e) =>
                setPerspectives(e.target.checked ? [...perspectives, p] : perspectives.filter((x) => x !== p))
              }
            />
            <span>
              <strong>{m.perspectiveView[p]}</strong>
              <span className="choice__detail">{m.perspectiveWho[p]}</span>
            </span>
          </label>
        ))}
        {error(problems.perspectives, `${ids}-p`)}
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{m.evaluator}</label>
        <input
          id={`${ids}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={m.namePlaceholder}
          aria-invalid={tried && !!problems.name}
          aria-describedby={`${ids}-n`}
        />
        {error(problems.name, `${ids}-n`)}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-role`}>{m.roleOptional}</label>
        <input
          id={`${ids}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          placeholder={m.rolePlaceholder}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-date`}>{m.date}</label>
        <input
          id={`${ids}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-describedby={`${ids}-d`}
        />
        {error(problems.date, `${ids}-d`)}
      </div>
      <fieldset className="evaluation__group">
        <legend>{m.scale}</legend>
        {(['0-2', '1-5'] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={`${ids}-scale`} checked={scale === s} onChange={() => setScale(s)} />
            <span>
              <strong>{s === '0-2' ? '0–2' : '1–5'}</strong>{' '}
              <span className="muted">{m.scalePoints[s].join(' / ')}</span>
            </span>
          </label>
        ))}
        <div className="field__hint">{m.naEverywhere}</div>
      </fieldset>
      <fieldset className="evaluation__group">
        <legend>{m.checklists}</legend>
        {applicable.length === 0 ? <p className="field__hint">{m.chooseViewFirst}</p> : null}
        {applicable.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="checkbox"
              checked={!left.includes(c.id)}
              onChange={(e) => setLeft(e.target.checked ? left.filter((x) => x !== c.id) : [...left, c.id])}
            />
            <span>
              <strong>{c.title}</strong>{' '}
              <span className="muted">
                v{c.version} · {m.criteriaCount(c.criteria.length)}
              </span>
            </span>
          </label>
        ))}
        {error(problems.checklists, `${ids}-c`)}
      </fieldset>
      <div className="evaluation__actions">
        <button type="submit" className="primary">
          {m.startScoring}
        </button>
        <button type="button" onClick={cancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
