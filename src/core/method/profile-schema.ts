import * as z from 'zod';
import { Id, Name, Text } from '../model/primitives.ts';
import { SeverityOverride } from '../model/validation-settings.ts';

/** A validation profile: every rule runs at its default severity unless the profile sets another one or 'off'. */
export const ValidationProfile = z.strictObject({
  id: Id,
  name: Name,
  description: Text.default(''),
  severities: z.record(Id, SeverityOverride).default({}),
});
export type ValidationProfile = z.infer<typeof ValidationProfile>;
