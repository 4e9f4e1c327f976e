import './evaluation.css';
import { useLayoutEffect, useRef } from 'react';
import { useDocument } from '../workbench-context.ts';
import { useEvaluationPlace } from './evaluation-ui.ts';
import { SessionList } from './SessionList.tsx';
import { SessionScoring } from './SessionScoring.tsx';
import { StartSession } from './StartSession.tsx';

/** The Evaluation tab of the side panel: the sessions stored in the model, starting one, and scoring it criterion by criterion. */
export default function EvaluationPanel() {
  const doc = useDocument();
  const [place] = useEvaluationPlace();
  const top = useRef<HTMLDivElement>(null);
  const record = place.session ? doc.evaluations.find((e) => e.id === place.session) : undefined;
  const screen = record ? record.id : place.starting ? 'start' : 'list';
  // Each screen (list, form, session) starts at its top, not where the previous one was scrolled to.
  useLayoutEffect(() => {
    top.current?.closest('.side-panel__body')?.scrollTo(0, 0);
  }, [screen]);
  return (
    <div ref={top}>
      {record ? (
        <SessionScoring record={record} key={record.id} />
      ) : place.starting ? (
        <StartSession />
      ) : (
        <SessionList />
      )}
    </div>
  );
}
