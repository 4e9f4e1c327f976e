import { useMemo } from 'react';
import { resolveConfiguration, type ElementDecision } from '../../core/configure/configure.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import './configure.css';

const OUTCOMES: readonly { id: ElementDecision['outcome']; label: string }[] = [
  { id: 'omitted', label: 'Omitted' },
  { id: 'specialised', label: 'Specialised' },
  { id: 'adopted', label: 'Adopted' },
];

/** The configuration decisions of a configured model, question by question: the answers given and what they decided. */
export function Decisions({ reference, configured }: { reference: RefDocument; configured: RefDocument }) {
  const given = configured.configuration?.answers;
  const answers = useMemo(() => given ?? {}, [given]);
  const { decisions } = useMemo(() => resolveConfiguration(reference, answers), [reference, answers]);
  const names = new Map(reference.elements.map((e) => [e.id, e.name]));
  const questions = reference.configuration?.questions ?? [];
  const byQuestion = (id: string | null) => decisions.filter((d) => d.question === id);
  const other = byQuestion(null);
  return (
    <div className="configure-decisions" aria-label="Configuration decisions">
      {questions.map((q) => {
        const decided = byQuestion(q.id);
        const chosen = (answers[q.id] ?? []).map((id) => q.answers.find((a) => a.id === id)?.text ?? id);
        return (
          <section key={q.id}>
            <h4>{q.text}</h4>
            <p>
              <span className="muted">Answer:</span> {chosen.length ? chosen.join(', ') : 'none'}
            </p>
            {decided.length ? (
              <ul>
                {OUTCOMES.map(({ id, label }) => {
                  const list = decided.filter((d) => d.outcome === id);
                  return list.length ? (
                    <li key={id}>
                      <span className={`adaptation adaptation--${id}`}>{label}</span> {list.length}:{' '}
                      {list.map((d) => names.get(d.element) ?? d.element).join(', ')}
                    </li>
                  ) : null;
                })}
              </ul>
            ) : (
              <p className="muted">Decides no element with these answers.</p>
            )}
          </section>
        );
      })}
      {other.length ? (
        <section>
          <h4>Not decided by a question</h4>
          <p className="muted">
            {other.length} elements are mandatory or outside every variation point, and are adopted as in the reference
            model.
          </p>
        </section>
      ) : null}
    </div>
  );
}
