import { memo } from 'react';
import { Handle, type NodeProps } from '@xyflow/react';
import { CategoryIcon } from '../icons.tsx';
import { NodeFindingBadge } from '../findings/NodeFindingBadge.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { RenameInPlace } from './RenameInPlace.tsx';
import { useLanguageName, useStandIn } from '../i18n/model-text.ts';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { handleSides, type ElementNode } from './view-graph.ts';
import type { Chip } from '../../core/diagram/node-box.ts';
import './ElementNodeView.css';

const CHIP_ICON: Record<Chip['kind'], string> = {
  measures: 'quality-measure',
  role: 'organisational-role',
  system: 'information-system',
};

/**
 * An element on the canvas: category shape, icon, type label and its whole name, wrapped (the node is sized to hold
 * it); a process shows what is folded into it as chips, and its measures chip lists them in place.
 */
export const ElementNodeView = memo(function ElementNodeView({ data, selected }: NodeProps<ElementNode>) {
  const wb = useActions();
  const renaming = useWb((s) => s.renaming === data.element.id);
  const { element, typeLabel, category, colour, direction, box } = data;
  const diff = useWb((s) => s.diffOverlay?.marks.get(element.id)) ?? (data.removed ? 'removed' : undefined);
  const [target, source] = handleSides(direction);
  const { standIn, language } = useStandIn(element.id);
  const languageName = useLanguageName();
  const ui = useLanguage();
  const m = useMessages();
  const classes = [
    'el-node',
    `el-node--${category}`,
    element.optional ? 'el-node--tentative' : '',
    selected ? 'el-node--selected' : '',
    diff ? `el-node--diff-${diff}` : '',
  ].join(' ');
  // The handles sit beside the shape, not in it: a process's chevron clips its own content.
  return (
    <>
      <Handle type="target" position={target} className="el-handle" />
      <div
        className={classes}
        style={{ ['--accent' as string]: colour }}
        title={`${typeLabel}: ${element.name}${element.optional ? m.canvas.optional : ''}`}
        data-testid={`node-${element.id}`}
      >
        <div className="el-node__type">
          <CategoryIcon category={category} size={14} />
          <span className="el-node__type-text">
            {box.typeLines.map((line, i) => (
              <span key={i}>{line}</span>
            ))}
          </span>
          {element.optional ? (
            <span className="el-node__optional" aria-label={m.canvas.optionalMark}>
              ?
            </span>
          ) : null}
          <NodeFindingBadge id={element.id} />
        </div>
        {renaming ? (
          <RenameInPlace element={element} />
        ) : (
          <div
            className={`el-node__name${standIn ? ' el-node__name--stand-in' : ''}`}
            lang={language}
            translate="no"
            title={standIn && language ? m.modelText.standIn(languageName(ui), languageName(language)) : undefined}
          >
            {box.nameLines.map((line, i) => (
              <div key={i}>
                <bdi>{line}</bdi>
              </div>
            ))}
          </div>
        )}
        {box.chipRows.map((row, i) => (
          <div key={i} className="el-node__chips">
            {row.map((chip) =>
              chip.kind === 'measures' ? (
                <button
                  key="measures"
                  className="el-chip el-chip--measures nodrag"
                  aria-expanded={box.items.length > 0}
                  title={box.items.length ? m.canvas.foldBack : m.canvas.listMeasures}
                  onClick={() => wb.toggleUnfolded(element.id)}
                  onDoubleClick={(e) => e.stopPropagation()}
                >
                  <CategoryIcon category={CHIP_ICON.measures} size={13} />
                  {/* Core sized the chip from these words, in the language shown. */}
                  {chip.text}
                </button>
              ) : (
                <span
                  key={chip.ids[0]}
                  className={`el-chip el-chip--${chip.kind}`}
                  title={
                    chip.kind === 'role' ? m.canvas.responsibleRole(chip.text) : m.canvas.supportingSystem(chip.text)
                  }
                >
                  <CategoryIcon category={CHIP_ICON[chip.kind]} size={13} />
                  <bdi>{chip.text}</bdi>
                </span>
              ),
            )}
          </div>
        ))}
        {box.items.length ? (
          <ul className="el-node__items" aria-label={m.canvas.measuresOf(element.name)}>
            {box.items.map((item) => (
              <li key={item.id}>
                <button
                  className="nodrag"
                  data-measure-id={item.id}
                  onClick={() => wb.select({ elements: [item.id] })}
                  title={m.canvas.selectMeasure}
                >
                  {item.lines.map((line, i) => (
                    <div key={i}>
                      <bdi>{line}</bdi>
                    </div>
                  ))}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <Handle
        type="source"
        position={source}
        className="el-handle el-handle--source"
        title={m.canvas.dragToConnect(element.name)}
      />
    </>
  );
});
