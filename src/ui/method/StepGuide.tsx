import { useState } from 'react';
import type { ArtifactStatus } from '../../core/method/artifacts.ts';
import type { MethodStep } from '../../core/method/schema.ts';
import { useMessages } from '../i18n/messages.ts';
import { Prose } from './Prose.tsx';

/** What the method says about a step: guidance, guiding questions, a worked example, its artifacts and the literature. */
export function StepGuide({ step, artifacts }: { step: MethodStep; artifacts: readonly ArtifactStatus[] }) {
  const m = useMessages().method;
  const present = artifacts.filter((a) => a.present).length;
  // A step with nothing produced yet opens its guiding questions, which is when a newcomer needs them; later the user decides.
  const [openAtStart] = useState(present === 0);
  return (
    <section className="step-guide" aria-label={m.guidanceRegion}>
      <details open={openAtStart}>
        <summary>{m.guidingQuestions}</summary>
        <ol className="step-guide__body step-guide__questions">
          {step.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </details>
      <details>
        <summary>{m.guidance}</summary>
        <div className="step-guide__body">
          {step.guidance.map((paragraph, i) => (
            <Prose key={i} text={paragraph} />
          ))}
        </div>
      </details>
      <details>
        <summary>{m.workedExample}</summary>
        <div className="step-guide__body step-guide__example">
          {step.example.map((paragraph, i) => (
            <Prose key={i} text={paragraph} />
          ))}
        </div>
      </details>
      <details>
        <summary>
          {m.artifacts} <span className="step-guide__count">{m.artifactsPresent(present, artifacts.length)}</span>
        </summary>
        <ul className="step-guide__artifacts">
          {artifacts.map(({ artifact, count, present: ok }) => (
            <li key={artifact.id} className={ok ? 'is-present' : undefined}>
              <span className="step-guide__mark" aria-hidden="true">
                {ok ? '✓' : '○'}
              </span>
              <span>
                <strong>{artifact.name}</strong>{' '}
                <span className="muted">
                  {ok
                    ? m.artifactPresent(count)
                    : count
                      ? m.artifactNeeded(count, artifact.minCount)
                      : m.artifactNotYet}
                </span>
                {artifact.description ? <span className="step-guide__note">{artifact.description}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{m.references}</summary>
        <ul className="step-guide__references">
          {step.references.map((r) => (
            <li key={r.label}>
              {/* A work is cited by its own title, in its own language. */}
              <span translate="no">
                <strong>{r.label}</strong>. {r.citation}
              </span>
              {r.note ? <span className="step-guide__note">{r.note}</span> : null}
              {r.url ? (
                <a href={r.url} target="_blank" rel="noreferrer" translate="no">
                  {r.url.replace(/^https?:\/\//, '')}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
