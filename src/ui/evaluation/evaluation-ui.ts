import { useCallback } from 'react';
import { createStore, useStore, type Store } from '../../store/create-store.ts';
import type { Workbench } from '../../store/workbench.ts';
import { useActions } from '../workbench-context.ts';
import { criteriaFor } from './use-evaluation.ts';
import { checklistsOf } from '../../core/evaluation/checklists.ts';

/** Where the evaluator is: kept outside the panel so switching side-panel tabs never loses the place. */
export interface EvaluationPlace {
  /** The open session, or null for the list of sessions. */
  session: string | null;
  /** The criterion being scored in each session. */
  criterion: Readonly<Record<string, string>>;
  starting: boolean;
}

const places = new WeakMap<Workbench, Store<EvaluationPlace>>();

function placeStore(wb: Workbench): Store<EvaluationPlace> {
  let store = places.get(wb);
  if (!store) {
    store = createStore<EvaluationPlace>({ session: null, criterion: {}, starting: false });
    places.set(wb, store);
  }
  return store;
}

/** The evaluator's place and a setter for it. */
export function useEvaluationPlace(): [EvaluationPlace, (change: Partial<EvaluationPlace>) => void] {
  const store = placeStore(useActions());
  const place = useStore(store, (s) => s);
  const set = useCallback((change: Partial<EvaluationPlace>) => store.setState(change), [store]);
  return [place, set];
}

/** Opens a session at its first criterion without an answer (or where the evaluator left it), so scoring never jumps ahead by itself. */
export function useOpenSession(): (id: string) => void {
  const wb = useActions();
  const store = placeStore(wb);
  return useCallback(
    (id: string) => {
      const record = wb.store.getState().history.document.evaluations.find((e) => e.id === id);
      const place = store.getState();
      if (!record || place.criterion[id]) {
        store.setState({ session: id, starting: false });
        return;
      }
      const { criteria } = criteriaFor(record, checklistsOf(wb.store.getState().history.document));
      const first = criteria.find((c) => (record.scores[c.id]?.score ?? null) === null) ?? criteria[0];
      store.setState({
        session: id,
        starting: false,
        criterion: first ? { ...place.criterion, [id]: first.id } : place.criterion,
      });
    },
    [wb, store],
  );
}
