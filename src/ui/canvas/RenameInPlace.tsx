import { useEffect, useRef, useState } from 'react';
import { updateElement } from '../../core/commands/elements.ts';
import type { Element } from '../../core/model/schema.ts';
import { useActions } from '../workbench-context.ts';

/** Edits an element's name on the node itself (double-click or F2): Enter keeps it, Escape cancels. */
export function RenameInPlace({ element }: { element: Element }) {
  const wb = useActions();
  const [name, setName] = useState(element.name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    const trimmed = name.trim();
    if (keep && trimmed && trimmed !== element.name) wb.perform(updateElement(element.id, { name: trimmed }, `Rename ${element.name} to ${trimmed}`));
    wb.endRename();
  };
  return (
    <input
      ref={input}
      className="el-node__rename nodrag"
      aria-label={`New name for ${element.name}`}
      value={name}
      onChange={(e) => setName(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
    />
  );
}
