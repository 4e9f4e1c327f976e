import { useEffect, useState } from 'react';
import type { Exercise } from '../../core/teach/exercise.ts';
import { importExercise } from '../../core/teach/import.ts';
import { checkExercise, type Check } from '../../core/teach/rubric.ts';
import { messages, useMessages } from '../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { createFrom } from '../workspace/session.ts';
import { useSession } from '../workspace/session-state.ts';
import {
  allProgress,
  exerciseOfModel,
  forgetExercise,
  recordAttempt,
  rememberExercise,
  shippedExercises,
  type Progress,
} from './exercises.ts';
import './teach.css';
import { modelProblems, type FileProblem } from '../shell/not-opened.ts';
import { ProblemList } from '../shell/ProblemList.tsx';

/** The Learn tab: exercises to choose from, and for the model being worked on its task, the check, the hints and the score. */
export default function ExercisePanel() {
  const modelId = useSession((s) => s.modelId);
  const [active, setActive] = useState<Exercise | null>(() => (modelId ? exerciseOfModel(modelId) : null));
  // Another model opened: show its exercise, if it is one (adjusting state while rendering, as React advises).
  const [shownFor, setShownFor] = useState(modelId);
  if (shownFor !== modelId) {
    setShownFor(modelId);
    setActive(modelId ? exerciseOfModel(modelId) : null);
  }
  return active ? (
    <Working
      exercise={active}
      onLeave={() => {
        if (modelId) forgetExercise(modelId);
        setActive(null);
      }}
    />
  ) : (
    <Chooser onStarted={setActive} />
  );
}

function Chooser({ onStarted }: { onStarted: (exercise: Exercise) => void }) {
  const m = useMessages().teach;
  const wb = useActions();
  const metamodel = useWb((s) => s.metamodel);
  const [list, setList] = useState<{ exercises: Exercise[]; problems: string[] } | null>(null);
  const [progress] = useState(allProgress);
  const [refused, setRefused] = useState<{ file: string; problems: FileProblem[] } | null>(null);
  useEffect(() => {
    void shippedExercises(metamodel).then(setList);
  }, [metamodel]);
  const start = async (exercise: Exercise) => {
    const id = await createFrom(
      structuredClone({ ...exercise.start, meta: { ...exercise.start.meta, id: exercise.id } }),
      {
        name: exercise.title,
      },
    );
    rememberExercise(id, exercise);
    onStarted(exercise);
    wb.setSidePanel('learn');
    wb.notify('info', messages().teach.opened(exercise.title));
  };
  const openFile = async (file: File) => {
    const result = importExercise(await file.text(), metamodel);
    if (!result.ok) return setRefused({ file: file.name, problems: modelProblems(result.errors) });
    setRefused(null);
    await start(result.exercise);
  };
  return (
    <div className="teach">
      <h3 className="teach__heading">{m.heading}</h3>
      <p className="muted">{m.intro}</p>
      {!list ? <p className="muted">{m.loading}</p> : null}
      <ol className="teach__list">
        {list?.exercises.map((ex) => (
          <li key={ex.id} className="teach__card">
            <div className="teach__card-head">
              <span className="teach__level" title={m.level(ex.level)}>
                {'●'.repeat(ex.level)}
                {'○'.repeat(5 - ex.level)}
              </span>
              <ProgressBadge progress={progress[ex.id]} />
            </div>
            <strong>{ex.title}</strong>
            <button onClick={() => void start(ex)} aria-label={m.startNamed(ex.title)}>
              {progress[ex.id] ? m.startAgain : m.start}
            </button>
          </li>
        ))}
      </ol>
      {list?.problems.map((p) => (
        <p key={p} className="field__error">
          {p}
        </p>
      ))}
      <div className="field">
        <label htmlFor="exercise-file">{m.openFile}</label>
        <input
          id="exercise-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {refused ? (
        <div className="field__error" role="alert">
          <ProblemList problems={refused.problems} file={refused.file} first={5} />
        </div>
      ) : null}
    </div>
  );
}

function ProgressBadge({ progress }: { progress: Progress | undefined }) {
  const m = useMessages().teach;
  if (!progress) return <span className="muted">{m.notStarted}</span>;
  return progress.passed ? (
    <span className="teach__passed">{m.passed}</span>
  ) : (
    <span className="muted">{m.best(Math.round(progress.best * 100), progress.attempts)}</span>
  );
}

function Working({ exercise, onLeave }: { exercise: Exercise; onLeave: () => void }) {
  const doc = useDocument();
  const m = useMessages().teach;
  const [check, setCheck] = useState<{ result: Check; doc: unknown } | null>(null);
  const [progress, setProgress] = useState<Progress | undefined>(() => allProgress()[exercise.id]);
  const run = () => {
    const result = checkExercise(exercise, doc);
    setCheck({ result, doc });
    setProgress(recordAttempt(exercise.id, result.score, result.passed));
  };
  const stale = check !== null && check.doc !== doc;
  const open = check?.result.results.filter((r) => r.status !== 'met') ?? [];
  return (
    <div className="teach">
      <p className="muted">
        {m.exerciseLevel(exercise.level)}
        <ProgressBadge progress={progress} />
      </p>
      <h3 className="teach__heading">{exercise.title}</h3>
      <p className="teach__task">{exercise.task}</p>
      <button className="primary" onClick={run}>
        {check ? m.checkAgain : m.check}
      </button>
      {check ? (
        <section className="teach__result" aria-label={m.result} aria-live="polite">
          <p
            className={check.result.passed ? 'teach__score teach__score--passed' : 'teach__score'}
            data-testid="exercise-score"
          >
            {check.result.passed ? m.passedPrefix : ''}
            {m.points(check.result.earned, check.result.total, Math.round(check.result.score * 100))}
            {check.result.passed ? '' : m.passMark(Math.round(exercise.passMark * 100))}
          </p>
          {stale ? <p className="muted">{m.stale}</p> : null}
          {open.length ? (
            <ul className="teach__hints" aria-label={m.hints}>
              {open.map((r) => (
                <li key={r.item.id}>{r.hint}</li>
              ))}
            </ul>
          ) : (
            <p>{m.allThere}</p>
          )}
        </section>
      ) : null}
      <div className="teach__actions">
        <button onClick={onLeave} title={m.backTitle}>
          {m.back}
        </button>
      </div>
    </div>
  );
}
