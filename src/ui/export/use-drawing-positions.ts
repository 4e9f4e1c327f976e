import { useEffect, useMemo, useState } from 'react';
import { laidOutPositions, needsLayout } from '../../core/layout/drawing-positions.ts';
import { placeUnpositioned } from '../../core/layout/place.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Point, RefDocument } from '../../core/model/schema.ts';
import { startElk } from '../../workers/elk-engine.ts';

type Positions = Record<string, Point>;

/**
 * Where to draw the elements of views in an image, without changing the document: the views' own
 * positions, completed as the canvas completes them. Views that need ELK are laid out one after another;
 * until then their entry is missing.
 */
export function useDrawingPositions(
  doc: RefDocument,
  metamodel: Metamodel,
  onlyViewId?: string,
): { positions: ReadonlyMap<string, Positions>; pending: number } {
  const views = useMemo(
    () => doc.views.filter((v) => onlyViewId === undefined || v.id === onlyViewId),
    [doc, onlyViewId],
  );
  const ready = useMemo(
    () => new Map(views.filter((v) => !needsLayout(doc, v)).map((v) => [v.id, placeUnpositioned(doc, v, metamodel)])),
    [doc, views, metamodel],
  );
  const [laidOut, setLaidOut] = useState<{ doc: RefDocument; positions: Map<string, Positions> } | null>(null);

  useEffect(() => {
    const todo = views.filter((v) => needsLayout(doc, v));
    if (!todo.length) return;
    let live = true;
    void (async () => {
      const done = new Map<string, Positions>();
      for (const view of todo) {
        const positions = await laidOutPositions(doc, view, metamodel, async () => (await startElk()).engine);
        if (!live) return;
        done.set(view.id, positions);
        setLaidOut({ doc, positions: new Map(done) });
      }
    })();
    return () => {
      live = false;
    };
  }, [doc, views, metamodel]);

  return useMemo(() => {
    const positions = new Map(ready);
    if (laidOut?.doc === doc) for (const [id, p] of laidOut.positions) positions.set(id, p);
    return { positions, pending: views.length - positions.size };
  }, [ready, laidOut, doc, views]);
}
