import type { Workbench } from '../../store/workbench.ts';

/** The file types Open… accepts. */
export const OPEN_ACCEPT = '.json,.svg,.png,.mmd,.mermaid,.csv,.xml,.drawio,application/json';

// Opening and saving load their code when first used: the first screen needs neither.
const actions = () => import('./file-actions.ts');

/** Opens a model file, image, flowchart or table (see file-actions.ts). */
export const openFileLater = (wb: Workbench, file: File) => actions().then((m) => m.openFile(wb, file));
/** Saves the model (see file-actions.ts). */
export const saveModelLater = (wb: Workbench) => actions().then((m) => m.saveModel(wb));
