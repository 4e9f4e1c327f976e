import { lazy, Suspense } from 'react';
import type { Element, Relation } from '../../core/model/schema.ts';
import { useDocument, useWb } from '../workbench-context.ts';
import { ModelSummary } from './ModelSummary.tsx';
import { useMessages } from '../i18n/messages.ts';

// The editors load with the first selection; the first screen shows the model's summary and legend.
const Arrange = lazy(() => import('./Arrange.tsx').then((m) => ({ default: m.Arrange })));
const ElementInspector = lazy(() => import('./SelectionInspector.tsx').then((m) => ({ default: m.ElementInspector })));
const RelationInspector = lazy(() =>
  import('./SelectionInspector.tsx').then((m) => ({ default: m.RelationInspector })),
);

/** Edits the selection: one element, one relation, or arranges several. */
export function Inspector() {
  const doc = useDocument();
  const selection = useWb((s) => s.selection);
  const m = useMessages().inspector;
  const elements = selection.elements
    .map((id) => doc.elements.find((e) => e.id === id))
    .filter((e): e is Element => !!e);
  const relations = selection.relations
    .map((id) => doc.relations.find((r) => r.id === id))
    .filter((r): r is Relation => !!r);
  const editor =
    elements.length === 1 && relations.length === 0 ? (
      <ElementInspector element={elements[0]!} key={elements[0]!.id} />
    ) : relations.length === 1 && elements.length === 0 ? (
      <RelationInspector relation={relations[0]!} key={relations[0]!.id} />
    ) : elements.length + relations.length > 1 ? (
      <Arrange elements={elements} relations={relations} />
    ) : null;
  return editor ? (
    <Suspense fallback={<p className="panel-loading">{m.loading}</p>}>{editor}</Suspense>
  ) : (
    <ModelSummary />
  );
}
