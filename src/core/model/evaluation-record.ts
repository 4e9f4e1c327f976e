import * as z from 'zod';
import { Id } from './primitives.ts';

/** One evaluation session. Owned by the evaluation feature. */
export const EvaluationRecord = z.looseObject({ id: Id });
export type EvaluationRecord = z.infer<typeof EvaluationRecord>;
