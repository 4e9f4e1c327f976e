import { useId, useState, type FormEvent } from 'react';
import { checklistsOf } from '../../core/evaluation/checklists.ts';
import { storedWorkspace } from '../workspace/session.ts';
import { addEvaluation } from '../../core/evaluation/edits.ts';
import { PERSPECTIVE_LABELS, SCALE_LABELS } from '../../core/evaluation/scoring.ts';
import { checklistsFor, newEvaluation } from '../../core/evaluation/session.ts';
import type { EvaluationPerspective, Scale } from '../../core/model/evaluation-record.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { useEvaluationPlace, useOpenSession } from './evaluation-ui.ts';
import { sessionId } from './session-actions.ts';
import { today } from './use-evaluation.ts';

const PERSPECTIVES: { id: EvaluationPerspective; who: string }[] = [
  { id: 'client', who: 'the company that outsources its CRM' },
  { id: 'customer', who: "the client's end customer" },
  { id: 'internal', who: 'the BPO provider' },
];

/** The form that starts a session: views, evaluator, scale and checklists. */
export function StartSession() {
  const wb = useActions();
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
    perspectives: perspectives.length === 0 ? 'Choose at least one view.' : null,
    name: name.trim() ? null : 'Say who evaluates: a name or a pseudonym.',
    checklists: perspectives.length && chosen.length === 0 ? 'Keep at least one checklist.' : null,
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : 'Give the date as YYYY-MM-DD.',
  };
  const cancel = () => setPlace({ starting: false });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const title = `${perspectives.map((p) => PERSPECTIVE_LABELS[p]).join(' + ')} view: ${name.trim()}`;
    const doc = wb.store.getState().history.document;
    const record = newEvaluation(
      doc,
      {
        id: sessionId(wb, title),
        title,
        perspectives: PERSPECTIVES.map((p) => p.id).filter((p) => perspectives.includes(p)),
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
        .createVersion(doc.meta.id, { name: `Evaluated: ${title}`, automatic: true, document: doc })
        .catch(() => undefined);
  };
  const error = (text: string | null, id: string) =>
    tried && text ? (
      <div className="field__error" id={id} role="alert">
        {text}
      </div>
    ) : null;

  return (
    <form className="evaluation start-session" onSubmit={submit} noValidate aria-label="Start an evaluation">
      <h2 className="evaluation__heading">Start an evaluation</h2>
      <fieldset className="evaluation__group" aria-describedby={`${ids}-p`}>
        <legend>Views to evaluate from</legend>
        {PERSPECTIVES.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              checked={perspectives.includes(p.id)}
              onChange={(e) =>
                setPerspectives(e.target.checked ? [...perspectives, p.id] : perspectives.filter((x) => x !== p.id))
              }
            />
            <span>
              <strong>{PERSPECTIVE_LABELS[p.id]} view</strong>
              <span className="choice__detail">{p.who}</span>
            </span>
          </label>
        ))}
        {error(problems.perspectives, `${ids}-p`)}
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids}-name`}>Evaluator</label>
        <input
          id={`${ids}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Name or pseudonym"
          aria-invalid={tried && !!problems.name}
          aria-describedby={`${ids}-n`}
        />
        {error(problems.name, `${ids}-n`)}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-role`}>Role (optional)</label>
        <input
          id={`${ids}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          placeholder="e.g. Client CRM manager, team lead, researcher"
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-date`}>Date</label>
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
        <legend>Scale</legend>
        {(['0-2', '1-5'] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={`${ids}-scale`} checked={scale === s} onChange={() => setScale(s)} />
            <span>
              <strong>{s === '0-2' ? '0–2' : '1–5'}</strong>{' '}
              <span className="muted">{SCALE_LABELS[s].join(' / ')}</span>
            </span>
          </label>
        ))}
        <div className="field__hint">Every criterion can also be marked N/A: it then leaves the weights.</div>
      </fieldset>
      <fieldset className="evaluation__group">
        <legend>Checklists</legend>
        {applicable.length === 0 ? (
          <p className="field__hint">
            Choose a view first: the common model-quality items and each view&apos;s own checklist apply.
          </p>
        ) : null}
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
                v{c.version} · {c.criteria.length} criteria
              </span>
            </span>
          </label>
        ))}
        {error(problems.checklists, `${ids}-c`)}
      </fieldset>
      <div className="evaluation__actions">
        <button type="submit" className="primary">
          Start scoring
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
