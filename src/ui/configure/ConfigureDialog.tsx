import { useMemo, useState } from 'react';
import { configureEdit, resolveConfiguration } from '../../core/configure/configure.ts';
import { answerProblems, excludedAnswers, toggleAnswer } from '../../core/configure/questionnaire.ts';
import type { Answers, Configuration, Question } from '../../core/configure/schema.ts';
import { deriveModel } from '../../core/derive/derive.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions, useDocument } from '../workbench-context.ts';
import { keepReferenceState } from '../workspace/reference-state.ts';
import { createFrom, settle } from '../workspace/session.ts';
import './configure.css';

/**
 * Configures the open reference model by its questionnaire, one question per step (La Rosa et al.'s
 * questionnaire-driven configuration): the answers yield a company model in one undo step.
 */
export default function ConfigureDialog({ onClose }: DialogProps) {
  const doc = useDocument();
  const config = doc.configuration;
  const title = `Configure “${doc.meta.name}”`;
  if (!config?.questions.length)
    return (
      <Dialog title={title} onClose={onClose}>
        <p>
          This model has no questionnaire. A reference model carries one in its “configuration”: variation points and
          questions whose answers decide them.
        </p>
      </Dialog>
    );
  if (config.answers)
    return (
      <Dialog title={title} onClose={onClose}>
        <p>
          This model is already configured. Its Conformance (Versions › Conformance…) lists every decision with its
          question and answer.
        </p>
      </Dialog>
    );
  return (
    <Dialog title={title} onClose={onClose} wide>
      <Questionnaire doc={doc} config={config} onClose={onClose} />
    </Dialog>
  );
}

function Questionnaire({ doc, config, onClose }: { doc: RefDocument; config: Configuration; onClose: () => void }) {
  const wb = useActions();
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const steps = config.questions.length;
  const question = config.questions[step];
  const problems = useMemo(() => answerProblems(config, answers), [config, answers]);
  const excluded = useMemo(() => excludedAnswers(config, answers), [config, answers]);
  const here = question ? problems.filter((p) => p.question === question.id) : [];
  const touched = (q: Question) => answers[q.id] !== undefined;

  const finish = async () => {
    const title = name.trim();
    if (!title || problems.length) return;
    setBusy(true);
    if (!(await settle())) return setBusy(false);
    const reference = wb.store.getState().history.document;
    try {
      await keepReferenceState(reference, `State “${title}” was configured from`);
    } catch {
      // Without the version the company model still works; only the review of later reference changes needs it.
    }
    await createFrom(deriveModel(reference, { id: slug(title) || 'configured-model', name: title }));
    // The configuration is one undo step in the new model: Ctrl+Z returns to the unconfigured copy.
    wb.perform(configureEdit(wb.store.getState().history.document, answers));
    onClose();
    wb.notify('success', `Configured “${title}”. Conformance lists every decision with its question and answer.`, {
      label: 'Show Conformance',
      run: () => wb.openDialog('derive'),
    });
  };

  return (
    <div className="configure">
      <ol className="configure__steps" aria-label="Questions">
        {config.questions.map((q, i) => (
          <li key={q.id}>
            <button
              className="configure__step"
              aria-current={i === step ? 'step' : undefined}
              onClick={() => setStep(i)}
              title={q.text}
            >
              <span className="configure__step-number">
                {problems.some((p) => p.question === q.id) && touched(q) ? '!' : touched(q) ? '✓' : i + 1}
              </span>
              <span className="configure__step-text">{q.text}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            className="configure__step"
            aria-current={step === steps ? 'step' : undefined}
            onClick={() => setStep(steps)}
          >
            <span className="configure__step-number">✎</span>
            <span className="configure__step-text">Review and create</span>
          </button>
        </li>
      </ol>
      <div className="configure__body">
        {question ? (
          <fieldset className="configure__question">
            <legend>
              <span className="muted">
                Question {step + 1} of {steps}
                {question.multiple ? ' · choose all that apply' : ' · choose one'}
              </span>
              <span className="configure__question-text">{question.text}</span>
            </legend>
            {question.help ? <p className="configure__help">{question.help}</p> : null}
            <ul className="configure__answers">
              {question.answers.map((a) => {
                const chosen = answers[question.id]?.includes(a.id) ?? false;
                const why = chosen ? undefined : excluded.get(`${question.id}/${a.id}`);
                return (
                  <li key={a.id}>
                    <label
                      className={`configure__answer${chosen ? ' configure__answer--chosen' : ''}${why ? ' configure__answer--excluded' : ''}`}
                    >
                      <input
                        type={question.multiple ? 'checkbox' : 'radio'}
                        name={question.id}
                        checked={chosen}
                        disabled={!!why}
                        onChange={() =>
                          setAnswers(toggleAnswer(config, answers, { question: question.id, answer: a.id }))
                        }
                      />
                      <span>
                        <strong>{a.text}</strong>
                        {a.help ? <span className="configure__answer-help">{a.help}</span> : null}
                        {why ? <span className="configure__answer-why">{why}</span> : null}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {here.length && touched(question) ? (
              <ul className="configure__problems" role="alert">
                {here.map((p) => (
                  <li key={p.message}>{p.message}</li>
                ))}
              </ul>
            ) : null}
          </fieldset>
        ) : (
          <Review doc={doc} answers={answers} problems={problems.map((p) => p.message)} name={name} onName={setName} />
        )}
        <div className="configure__actions">
          <button onClick={onClose}>Cancel</button>
          <span className="configure__spacer" />
          <button onClick={() => setStep(step - 1)} disabled={step === 0}>
            ‹ Back
          </button>
          {question ? (
            <button className="primary" onClick={() => setStep(step + 1)}>
              {step + 1 === steps ? 'Review ›' : 'Next ›'}
            </button>
          ) : (
            <button
              className="primary"
              disabled={!name.trim() || problems.length > 0 || busy}
              onClick={() => void finish()}
            >
              {busy ? 'Creating…' : 'Create company model'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function Review({
  doc,
  answers,
  problems,
  name,
  onName,
}: {
  doc: RefDocument;
  answers: Answers;
  problems: string[];
  name: string;
  onName: (name: string) => void;
}) {
  const { decisions } = useMemo(() => resolveConfiguration(doc, answers), [doc, answers]);
  const count = (outcome: string) => decisions.filter((d) => d.outcome === outcome).length;
  return (
    <div className="configure__review">
      <h3>Review</h3>
      {problems.length ? (
        <ul className="configure__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p>
          The company model keeps <strong>{count('adopted')}</strong> elements as they are, specialises{' '}
          <strong>{count('specialised')}</strong> and omits <strong>{count('omitted')}</strong> of the{' '}
          {decisions.length} elements of {doc.meta.name}. Each element records the question and answer that decided it.
        </p>
      )}
      <div className="field">
        <label htmlFor="configured-name">Name of the company model</label>
        <input
          id="configured-name"
          value={name}
          maxLength={200}
          placeholder="e.g. ACME customer care"
          onChange={(e) => onName(e.target.value)}
        />
      </div>
      <p className="muted">
        The reference model stays as it is. The company model opens in its place; Ctrl+Z there undoes the configuration
        in one step.
      </p>
    </div>
  );
}
