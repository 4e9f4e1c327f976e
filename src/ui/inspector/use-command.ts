import { useState } from 'react';
import { checkEdit, type Checked } from '../../core/commands/command.ts';
import type { Edit } from '../../core/commands/history.ts';
import { useActions } from '../workbench-context.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

/**
 * How the inspector changes the model: every edit asks core first. A refusal is shown at the field it came
 * from (the user's text stays there to correct), or as a notice when no field is named.
 */
export function useCommand() {
  const wb = useActions();
  const [refused, setRefused] = useState<{ field: string; message: string } | null>(null);
  const perform = (checked: Checked, field?: string) => {
    if (checked.ok) {
      setRefused(null);
      return wb.perform(checked.edit);
    }
    const message = refusalMessage(checked, wb.store.getState().metamodel);
    if (field) setRefused({ field, message });
    else wb.notify('warning', message);
  };
  return {
    refusal: (field: string) => (refused?.field === field ? refused.message : null),
    perform,
    /** Checks an edit against the model as it is now, then performs it or shows core's refusal. */
    run: (edit: Edit, field?: string) => {
      const { history, metamodel } = wb.store.getState();
      perform(checkEdit(history.document, metamodel, edit), field);
    },
  };
}
