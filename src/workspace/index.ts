/** The browser storage of Refmod: models, versions, trash, settings, autosave and tab coordination (no React). */
export { openWorkspace, type Workspace } from './workspace.ts';
export { createAutosaver, type AutosaveOptions, type Autosaver, type SaveStatus } from './autosave.ts';
export { isModelLocked, lockModel, type LockOptions, type ModelLock } from './tab-lock.ts';
export { readWorkspaceFile } from './workspace-file.ts';
export type { ModelRecord, ModelSummary, VersionRecord, VersionSummary } from './records.ts';
