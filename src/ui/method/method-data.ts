/** Everything the method UI needs from the core, loaded as one chunk after the first screen (the method files are data, not first-screen code). */
import type { RefDocument } from '../../core/model/schema.ts';
import { methodFor as followedMethod } from '../../core/method/shipped.ts';
import { localisedMethod } from '../../core/method/localised.ts';

export { DEFAULT_METHOD_ID, methodById, shippedMethods } from '../../core/method/shipped.ts';
export { canLeave, nextStep, overallProgress, paletteFor, resumeStep, stepProgress } from '../../core/method/engine.ts';
export { completeStep, enterStep, skipGate } from '../../core/commands/method.ts';

/** The method the document follows, its guidance in the active language. */
export const methodFor = (doc: Pick<RefDocument, 'method' | 'pack'>) => localisedMethod(followedMethod(doc));
