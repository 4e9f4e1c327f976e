import type { MatookIndulskaModel } from '../../core/evaluation/checklist-schema.ts';
import type { QfdInput } from '../../core/evaluation/qfd.ts';
import { formatNumber, messages } from '../i18n/messages.ts';

/** What the QFD still lacks, in the active language: the same checks as the core's qfd(), whose English the CLI prints. */
export function qfdProblems(model: MatookIndulskaModel, input: QfdInput): string[] {
  const m = messages().evaluation;
  const { min, max } = input.scale;
  const [low, high] = [formatNumber(min), formatNumber(max)];
  const problems: string[] = [];
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) problems.push(m.qfdScaleWrong(low, high));
  for (const c of model.characteristics) {
    const value = input.importance[c.id];
    if (value === undefined || !Number.isFinite(value) || value < min || value > max)
      problems.push(m.qfdRateImportance(c.label, low, high, formatNumber(6.5)));
  }
  for (const p of model.phases) {
    const f = input.fulfilment[p.id];
    if (f === undefined || !(f >= 0 && f <= 1)) problems.push(m.qfdGiveFulfilment(m.phaseName(p.number, p.label)));
    for (const c of model.characteristics) {
      const r = input.correlation[p.id]?.[c.id];
      if (r === undefined || ![0, 1, 3, 9].includes(r))
        problems.push(m.qfdCorrelationWrong(m.phaseName(p.number, p.label), c.label));
    }
  }
  return problems;
}
