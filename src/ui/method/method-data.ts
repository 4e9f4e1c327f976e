/** Everything the method UI needs from the core, loaded as one chunk after the first screen (the method files are data, not first-screen code). */
export { DEFAULT_METHOD_ID, methodById, methodFor, shippedMethods } from '../../core/method/shipped.ts';
export { canLeave, nextStep, overallProgress, paletteFor, resumeStep, stepProgress } from '../../core/method/engine.ts';
export { completeStep, enterStep, skipGate } from '../../core/commands/method.ts';
