import { addEvaluation, deleteEvaluation } from '../../core/evaluation/edits.ts';
import { newEvaluation } from '../../core/evaluation/session.ts';
import { checklistsOf } from '../../core/evaluation/checklists.ts';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { slug, uniqueId } from '../../core/model/ids.ts';
import type { Workbench } from '../../store/workbench.ts';
import { criteriaFor, relabel, today } from './use-evaluation.ts';
import { messages } from '../i18n/messages.ts';
import { screenLabel } from '../i18n/labels.ts';

/** A free session id built from a title, e.g. "ev-client-review-2". */
export function sessionId(wb: Workbench, title: string): string {
  const taken = new Set(wb.store.getState().history.document.evaluations.map((e) => e.id));
  return uniqueId(`ev-${slug(title) || 'session'}`.slice(0, 60), taken);
}

/** Starts a new session on the current model with another session's setup and scores, so a revision can be compared before and after. */
export function reEvaluate(wb: Workbench, before: EvaluationRecord): string {
  const doc = wb.store.getState().history.document;
  const m = messages().evaluation;
  // The suffix a re-evaluation added, in the language then active or in English, is replaced rather than stacked.
  const earlier = new RegExp(` \\((re-evaluation|${m.reEvaluationWord}) .*\\)$`);
  const title = m.reEvaluationTitle(before.title.replace(earlier, ''), today()).slice(0, 200);
  const id = sessionId(wb, title);
  const fresh = newEvaluation(
    doc,
    {
      id,
      title,
      perspectives: [...before.perspectives],
      evaluator: before.evaluator,
      date: today(),
      scale: before.scale,
    },
    criteriaFor(before, checklistsOf(doc)).checklists,
  );
  wb.perform(
    relabel(
      addEvaluation({ ...fresh, weights: { ...before.weights }, scores: structuredClone(before.scores) }),
      screenLabel('evaluation', 'undoReEvaluate', before.title),
    ),
  );
  return id;
}

/** Deletes a session; one undo step brings it back, and the notice offers that undo. */
export function deleteSession(wb: Workbench, record: EvaluationRecord) {
  const m = messages().evaluation;
  const label = screenLabel('evaluation', 'undoDeleteSession', record.title);
  wb.perform(relabel(deleteEvaluation(record.id), label));
  wb.notify('info', m.deletedSession(record.title), {
    label: m.undo,
    run: () => {
      if (wb.store.getState().history.past.at(-1)?.label === label) wb.undo();
    },
  });
}

/** Brings an evidence element into view on the canvas, switching to a view that shows it when the open one does not. */
export function showOnCanvas(wb: Workbench, id: string) {
  const { history, viewId } = wb.store.getState();
  const doc = history.document;
  const element = doc.elements.find((e) => e.id === id);
  const m = messages().evaluation;
  if (!element) {
    wb.notify('warning', m.evidenceGone(id));
    return;
  }
  const shows = (v: (typeof doc.views)[number]) => v.elements === 'all' || v.elements.includes(id);
  const open = doc.views.find((v) => v.id === viewId) ?? doc.views[0];
  if (open && shows(open)) {
    wb.focusElement(id);
    return;
  }
  const other = doc.views.find(shows);
  if (!other) {
    wb.notify('warning', m.evidenceInNoView(element.name));
    return;
  }
  wb.setView(other.id);
  // Changing the view fits the canvas; the focus request follows once that fit has run, or the fit would undo it.
  setTimeout(() => wb.focusElement(id), 260);
}
