import * as z from 'zod';

/** Links of a derived model to its reference model. Owned by the workspace feature. */
export const Derivation = z.looseObject({});
export type Derivation = z.infer<typeof Derivation>;
