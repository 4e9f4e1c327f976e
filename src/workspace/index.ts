/** The browser storage of Refmod: models, versions, trash, settings, autosave and tab coordination (no React). */
export {
  openWorkspace,
  KEEP_AUTOMATIC_VERSIONS,
  type Workspace,
  type WorkspaceOptions,
  type LoadedModel,
  type WorkspaceImport,
} from './workspace.ts';
export {
  createAutosaver,
  type Autosaver,
  type AutosaveOptions,
  type AutosaveTarget,
  type SaveStatus,
  type PageLifecycle,
} from './autosave.ts';
export {
  isModelLocked,
  lockModel,
  type ModelLock,
  type LockEvent,
  type LockOptions,
  type LockState,
  type ReadOnlyReason,
} from './tab-lock.ts';
export { WorkspaceError, type WorkspaceErrorKind } from './errors.ts';
export {
  readWorkspaceFile,
  writeWorkspaceFile,
  WorkspaceFile,
  WORKSPACE_FORMAT,
  type WorkspaceEntry,
} from './workspace-file.ts';
export type {
  ModelRecord,
  ModelSummary,
  SaveInput,
  TrashSummary,
  VersionRecord,
  VersionSummary,
  WorkspaceSettings,
} from './records.ts';
