import { useEffect, useMemo, useState } from 'react';
import { layoutView } from '../../core/layout/layout.ts';
import { placeUnpositioned } from '../../core/layout/place.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { elementsInView } from '../../core/model/queries.ts';
import type { Point, RefDocument, View } from '../../core/model/schema.ts';
import { startElk } from '../../workers/elk-engine.ts';

type Positions = Record<string, Point>;

// A view nobody has placed yet is laid out with ELK, as the canvas would on opening it; otherwise new elements go below.
const needsLayout = (doc: RefDocument, view: View) =>
  Object.keys(view.positions).length === 0 && elementsInView(doc, view).length > 0;

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
        let positions: Positions;
        try {
          const elk = await startElk();
          positions = await layoutView(doc, view, metamodel, elk.engine, {
            fast: elementsInView(doc, view).length > 300,
          });
        } catch {
          positions = placeUnpositioned(doc, view, metamodel);
        }
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
