import type { StepStatus } from '../../core/model/schema.ts';
import { messages } from '../i18n/messages.ts';

/** How a step status reads: a symbol and words, never colour alone. */
export const STATUS_ICON: Record<StepStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  done: '✓',
  'done-with-warnings': '⚠',
};

/** The status words of a step in the active language, saying so when a completed step's gate fails again. */
export function statusLabel(status: StepStatus, regressed: boolean): string {
  const m = messages().method;
  if (regressed) return m.gateFailsAgain;
  return {
    'not-started': m.notStarted,
    'in-progress': m.inProgress,
    done: m.done,
    'done-with-warnings': m.doneWithWarnings,
  }[status];
}
