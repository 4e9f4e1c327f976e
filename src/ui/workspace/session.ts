import { openWorkspace } from '../../workspace/index.ts';
import { download } from '../shell/download.ts';
import { openingDocument } from '../shell/opening-document.ts';
import type { Boot } from './boot.ts';
import { createSession, type Session } from './create-session.ts';
import { fingerprintInWorker } from './fingerprint.ts';
import { sessionState } from './session-state.ts';

/** The page's one session, on this browser's IndexedDB, Web Locks and tabs; its state is what the header shows. */
const page: Session = createSession({
  openWorkspace: () => openWorkspace('refmod', { fingerprint: fingerprintInWorker }),
  openingDocument,
  download: (name, text) => download(name, text),
  page: window,
  state: sessionState,
});

export const startSession = (): Promise<Boot> => page.start();
export const settle: Session['settle'] = (options) => page.settle(options);
/** The workspace of this browser, or null when the browser offers no storage. */
export const storedWorkspace: Session['workspace'] = () => page.workspace();
export const listRecent: Session['listRecent'] = () => page.listRecent();
export const openStored: Session['openStored'] = (id) => page.openStored(id);
export const createFrom: Session['createFrom'] = (document, options) => page.createFrom(document, options);
export const deleteStored: Session['deleteStored'] = (id) => page.deleteStored(id);
export const restoreDeleted: Session['restoreDeleted'] = (id) => page.restoreDeleted(id);
export const takeOverEditing: Session['takeOverEditing'] = () => page.takeOverEditing();
export const retrySave: Session['retrySave'] = () => page.retrySave();
export const reloadOpen: Session['reloadOpen'] = (replaced) => page.reloadOpen(replaced);
