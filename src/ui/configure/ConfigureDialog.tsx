import { useMemo, useState } from 'react';
import { configureEdit, resolveConfiguration } from '../../core/configure/configure.ts';
import { answerProblems, excludedAnswers, toggleAnswer } from '../../core/configure/questionnaire.ts';
import type { Answers, Configuration, Question } from '../../core/configure/schema.ts';
import { deriveModel } from '../../core/derive/derive.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { messages, useMessages } from '../i18n/messages.ts';
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
  const m = useMessages().configure;
  const title = m.title(doc.meta.name);
  if (!config?.questions.length)
    return (
      <Dialog title={title} onClose={onClose}>
        <p>{m.noQuestionnaireText}</p>
      </Dialog>
    );
  if (config.answers)
    return (
      <Dialog title={title} onClose={onClose}>
        <p>{m.configuredText}</p>
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
  const m = useMessages().configure;
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
    if (!title || problems.length || busy) return;
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
    wb.notify('success', messages().configure.configured(title), {
      label: messages().configure.showConformance,
      run: () => wb.openDialog('derive'),
    });
  };

  return (
    <div className="configure">
      <ol className="configure__steps" aria-label={m.questions}>
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
            <span className="configure__step-text">{m.reviewAndCreate}</span>
          </button>
        </li>
      </ol>
      <div className="configure__body">
        {question ? (
          <fieldset className="configure__question">
            <legend>
              <span className="muted">
                {m.questionOf(step + 1, steps)}
                {question.multiple ? m.chooseAll : m.chooseOne}
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
                        onChange={() => {
                          setAnswers(toggleAnswer(config, answers, { question: question.id, answer: a.id }));
                          // One answer is the whole answer: the workshop goes on to the next question at once.
                          if (!question.multiple) setStep(step + 1);
                        }}
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
          <Review
            doc={doc}
            answers={answers}
            problems={problems.map((p) => p.message)}
            name={name}
            onName={setName}
            onCreate={() => void finish()}
          />
        )}
        <div className="configure__actions">
          <button onClick={onClose}>{m.cancel}</button>
          <span className="configure__spacer" />
          <button onClick={() => setStep(step - 1)} disabled={step === 0}>
            {m.back}
          </button>
          {question ? (
            <button className="primary" onClick={() => setStep(step + 1)}>
              {step + 1 === steps ? m.review : m.next}
            </button>
          ) : (
            <button
              className="primary"
              disabled={!name.trim() || problems.length > 0 || busy}
              onClick={() => void finish()}
            >
              {busy ? m.creating : m.create}
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
  onCreate,
}: {
  doc: RefDocument;
  answers: Answers;
  problems: string[];
  name: string;
  onName: (name: string) => void;
  onCreate: () => void;
}) {
  const m = useMessages().configure;
  const { decisions } = useMemo(() => resolveConfiguration(doc, answers), [doc, answers]);
  const count = (outcome: string) => decisions.filter((d) => d.outcome === outcome).length;
  return (
    <div className="configure__review">
      <h3>{m.reviewHeading}</h3>
      {problems.length ? (
        <ul className="configure__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p>{m.summary(count('adopted'), count('specialised'), count('omitted'), decisions.length, doc.meta.name)}</p>
      )}
      <div className="field">
        <label htmlFor="configured-name">{m.name}</label>
        <input
          id="configured-name"
          value={name}
          maxLength={200}
          placeholder={m.namePlaceholder}
          // The last step of the workshop: type the client's name and press Enter.
          autoFocus
          onKeyDown={(e) => e.key === 'Enter' && onCreate()}
          onChange={(e) => onName(e.target.value)}
        />
      </div>
      <p className="muted">{m.stays}</p>
    </div>
  );
}
