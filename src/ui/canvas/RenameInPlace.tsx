import { useEffect, useRef, useState } from 'react';
import { checkEdit } from '../../core/commands/command.ts';
import { updateElement } from '../../core/commands/elements.ts';
import type { Element } from '../../core/model/schema.ts';
import { useActions } from '../workbench-context.ts';
import { isComposing } from '../a11y/ime.ts';
import { language, messages } from '../i18n/messages.ts';
import { modelLanguage, textChanges } from '../../core/i18n/localize.ts';
import { screenLabel } from '../i18n/labels.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

/**
 * Edits an element's name on the node itself (double-click or F2): Enter keeps it, Escape cancels.
 * A name core refuses (empty, too long) keeps the field open with core's reason; leaving the field then keeps the old name and says why.
 */
export function RenameInPlace({ element }: { element: Element }) {
  const wb = useActions();
  const [name, setName] = useState(element.name);
  const [refusal, setRefusal] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (keep: boolean, leaving: boolean) => {
    const trimmed = name.trim();
    if (keep && trimmed !== element.name) {
      const { history, metamodel } = wb.store.getState();
      // The node shows the name in the interface's language: renaming it there writes that translation.
      const changes = textChanges(element, 'name', trimmed, language(), modelLanguage(history.document));
      const checked = checkEdit(
        history.document,
        metamodel,
        updateElement(element.id, changes, screenLabel('canvas', 'renameLabel', element.name, trimmed)),
      );
      if (!checked.ok && !leaving) return setRefusal(refusalMessage(checked, metamodel));
      if (checked.ok) wb.perform(checked.edit);
      else wb.notify('warning', messages().canvas.nameStays(refusalMessage(checked, metamodel), element.name));
    }
    wb.endRename();
  };
  return (
    <>
      <input
        ref={input}
        className="el-node__rename nodrag"
        aria-label={messages().canvas.newName(element.name)}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? `rename-error-${element.id}` : undefined}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => finish(true, true)}
        onKeyDown={(e) => {
          e.stopPropagation();
          // Enter or Escape that ends a Korean syllable belongs to the input method: it neither keeps nor cancels.
          if (isComposing(e)) return;
          if (e.key === 'Enter') finish(true, false);
          if (e.key === 'Escape') finish(false, true);
        }}
      />
      {refusal ? (
        <span className="field__error nodrag" id={`rename-error-${element.id}`} role="alert">
          {refusal}
        </span>
      ) : null}
    </>
  );
}
