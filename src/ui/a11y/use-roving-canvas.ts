import { useCallback, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Node } from '@xyflow/react';

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * One tab stop for the whole canvas (a roving tabindex): the node last focused or selected takes Tab; arrow keys
 * move to the nearest node in their direction and select it. Alt+arrows still nudge the selection.
 */
export function useRovingCanvas(
  nodes: Node[],
  selected: readonly string[],
  select: (id: string) => void,
  open: (node: Node) => void,
) {
  const [active, setActive] = useState<string | null>(null);
  // Nodes that are not the tab stop keep one stand-in each, so React Flow can skip them between renders.
  const [stops] = useState(() => new WeakMap<Node, Node>());
  const drawn = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const stop =
    (active && drawn.has(active) ? active : null) ??
    selected.find((id) => drawn.has(id)) ??
    firstNode(nodes)?.id ??
    null;

  const roving = useMemo(
    () =>
      nodes.map((n) => {
        // A node that is a tab stop is a named group for screen readers, a map cell too.
        const role = n.ariaRole ?? 'group';
        if (n.id === stop) return { ...n, ariaRole: role, domAttributes: { ...n.domAttributes, tabIndex: 0 } };
        let quiet = stops.get(n);
        if (!quiet) {
          quiet = { ...n, ariaRole: role, domAttributes: { ...n.domAttributes, tabIndex: -1 } };
          stops.set(n, quiet);
        }
        return quiet;
      }),
    [nodes, stop, stops],
  );

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const from = (e.target as HTMLElement).closest?.('.react-flow__node');
      if (from && e.target === from && e.key === 'Enter' && !from.classList.contains('react-flow__node-element')) {
        // On the process map Enter opens the cell, as a double-click does.
        const node = nodes.find((n) => n.id === from.getAttribute('data-id'));
        if (node) {
          e.preventDefault();
          open(node);
        }
        return;
      }
      const direction = DIRECTIONS[e.key];
      if (!from || !direction || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      // Arrows move between nodes here; they neither move the node (React Flow) nor nudge (the workbench).
      e.stopPropagation();
      const next = nearest(from, [...e.currentTarget.querySelectorAll<HTMLElement>('.react-flow__node')], direction);
      const id = next?.getAttribute('data-id');
      if (!next || !id) return;
      setActive(id);
      next.focus();
      if (
        next.classList.contains('react-flow__node-element') ||
        next.classList.contains('react-flow__node-map-process')
      )
        select(id);
    },
    [select, open, nodes],
  );

  const onFocusCapture = useCallback((e: FocusEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).closest?.('.react-flow__node')?.getAttribute('data-id');
    if (id) setActive(id);
  }, []);

  return { nodes: roving, onKeyDownCapture, onFocusCapture };
}

/** The top-left node: where reading starts. */
function firstNode(nodes: Node[]): Node | undefined {
  let best: Node | undefined;
  for (const n of nodes) if (!best || n.position.y + n.position.x < best.position.y + best.position.x) best = n;
  return best;
}

/** The node nearest to `from` in a direction, favouring those straight ahead over those to the side. */
function nearest(from: Element, candidates: HTMLElement[], [dx, dy]: [number, number]): HTMLElement | undefined {
  const a = from.getBoundingClientRect();
  const ax = a.left + a.width / 2;
  const ay = a.top + a.height / 2;
  let best: HTMLElement | undefined;
  let score = Infinity;
  for (const c of candidates) {
    if (c === from || c.contains(from) || from.contains(c)) continue;
    const b = c.getBoundingClientRect();
    const ahead = (b.left + b.width / 2 - ax) * dx + (b.top + b.height / 2 - ay) * dy;
    const aside = Math.abs((b.left + b.width / 2 - ax) * dy) + Math.abs((b.top + b.height / 2 - ay) * dx);
    if (ahead <= 1) continue;
    const s = ahead + 2 * aside;
    if (s < score) [best, score] = [c, s];
  }
  return best;
}
