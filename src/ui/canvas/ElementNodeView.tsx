import { memo } from 'react';
import { Handle, useStore, type NodeProps } from '@xyflow/react';
import { CategoryIcon } from '../icons.tsx';
import { NodeFindingBadge } from '../findings/NodeFindingBadge.tsx';
import { useWb } from '../workbench-context.ts';
import { zoomedOut } from './level-of-detail.ts';
import { RenameInPlace } from './RenameInPlace.tsx';
import { handleSides, type ElementNode } from './view-graph.ts';

/** An element on the canvas: category shape, icon, type label and name; tentative ("?") elements are dashed. */
export const ElementNodeView = memo(function ElementNodeView({ data, selected }: NodeProps<ElementNode>) {
  const simple = useStore(zoomedOut);
  const renaming = useWb((s) => s.renaming === data.element.id);
  const { element, typeLabel, category, colour, direction } = data;
  const diff = useWb((s) => s.diffOverlay?.marks.get(element.id)) ?? (data.removed ? 'removed' : undefined);
  const [target, source] = handleSides(direction);
  const classes = ['el-node', `el-node--${category}`, element.optional ? 'el-node--tentative' : '', selected ? 'el-node--selected' : '', simple ? 'el-node--simple' : '', diff ? `el-node--diff-${diff}` : ''].join(' ');
  return (
    <div className={classes} style={{ ['--accent' as string]: colour }} title={`${typeLabel}: ${element.name}${element.optional ? ' (optional, undecided)' : ''}`} data-testid={`node-${element.id}`}>
      <Handle type="target" position={target} className="el-handle" />
      {simple ? null : (
        <>
          <div className="el-node__type">
            <CategoryIcon category={category} size={13} />
            <span>{typeLabel}</span>
            {element.optional ? <span className="el-node__optional" aria-label="optional">?</span> : null}
            <NodeFindingBadge id={element.id} />
          </div>
          {renaming ? <RenameInPlace element={element} /> : <div className="el-node__name">{element.name}</div>}
        </>
      )}
      <Handle type="source" position={source} className="el-handle" />
    </div>
  );
});
