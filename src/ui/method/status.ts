import type { StepStatus } from '../../core/model/schema.ts';

/** How a step status reads: a symbol and words, never colour alone. */
export const STATUS: Record<StepStatus, { icon: string; label: string }> = {
  'not-started': { icon: '○', label: 'Not started' },
  'in-progress': { icon: '◐', label: 'In progress' },
  done: { icon: '✓', label: 'Done' },
  'done-with-warnings': { icon: '⚠', label: 'Done with warnings' },
};

/** The status words of a step, saying so when a completed step's gate fails again. */
export function statusLabel(status: StepStatus, regressed: boolean): string {
  return regressed ? 'Gate fails again' : STATUS[status].label;
}
