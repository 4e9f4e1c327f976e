import * as z from 'zod';

/** Per-model validation settings: the active profile, severity overrides, suppressions and user rules. Owned by the validation feature. */
export const ValidationSettings = z.looseObject({});
export type ValidationSettings = z.infer<typeof ValidationSettings>;
