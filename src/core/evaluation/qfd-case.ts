import * as z from 'zod';
import { QfdRecord } from '../model/evaluation-record.ts';
import { Id } from '../model/primitives.ts';
import data from '../../../models/packs/matook-indulska-2009-case.json' with { type: 'json' };

/** A published QFD case: its inputs as a session's QFD record, and the figures the paper reports for them. */
export const QfdCase = z.strictObject({
  id: Id,
  title: z.string().min(1),
  citation: z.string().min(1),
  note: z.string().default(''),
  qfd: QfdRecord,
  published: z.strictObject({
    absolute: z.record(Id, z.number()).describe('Phase → absolute importance as published'),
    rmQuality: z.number().min(0).max(1),
  }),
});
export type QfdCase = z.infer<typeof QfdCase>;

/** Matook & Indulska's own case (models/packs/matook-indulska-2009-case.json): RMQuality 0.7533. */
export const matookIndulskaCase: QfdCase = QfdCase.parse(data);
