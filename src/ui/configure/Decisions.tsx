import { useMemo } from 'react';
import { resolveConfiguration, type ElementDecision } from '../../core/configure/configure.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { useMessages } from '../i18n/messages.ts';
import './configure.css';

const OUTCOMES: readonly ElementDecision['outcome'][] = ['omitted', 'specialised', 'adopted'];

/** The configuration decisions of a configured model, question by question: the answers given and what they decided. */
export function Decisions({ reference, configured }: { reference: RefDocument; configured: RefDocument }) {
  const m = useMessages().configure;
  const given = configured.configuration?.answers;
  const answers = useMemo(() => given ?? {}, [given]);
  const { decisions } = useMemo(() => resolveConfiguration(reference, answers), [reference, answers]);
  const names = new Map(reference.elements.map((e) => [e.id, e.name]));
  const questions = reference.configuration?.questions ?? [];
  const byQuestion = (id: string | null) => decisions.filter((d) => d.question === id);
  const other = byQuestion(null);
  return (
    <div className="configure-decisions" aria-label={m.decisions}>
      {questions.map((q) => {
        const decided = byQuestion(q.id);
        const chosen = (answers[q.id] ?? []).map((id) => q.answers.find((a) => a.id === id)?.text ?? id);
        return (
          <section key={q.id}>
            <h4>{q.text}</h4>
            <p>
              <span className="muted">{m.answer}</span> {chosen.length ? chosen.join(', ') : m.none}
            </p>
            {decided.length ? (
              <ul>
                {OUTCOMES.map((id) => {
                  const list = decided.filter((d) => d.outcome === id);
                  return list.length ? (
                    <li key={id}>
                      <span className={`adaptation adaptation--${id}`}>{m[id]}</span> {list.length}:{' '}
                      {list.map((d) => names.get(d.element) ?? d.element).join(', ')}
                    </li>
                  ) : null;
                })}
              </ul>
            ) : (
              <p className="muted">{m.decidesNothing}</p>
            )}
          </section>
        );
      })}
      {other.length ? (
        <section>
          <h4>{m.notDecided}</h4>
          <p className="muted">{m.notDecidedText(other.length)}</p>
        </section>
      ) : null}
    </div>
  );
}
