import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { startHistory } from '../core/commands/history.ts';
import { liveState } from './live-state.ts';
import type { Workbench } from '../store/workbench.ts';
import { bridgeWorkbench } from './workbench-bridge.ts';
import { roomHasModel, seedRoom } from './shared-model.ts';
import { modelOfRoom } from './room-model.ts';
import { SEED } from './binding.ts';
import { colourFor } from './presence.ts';
import { messages } from '../ui/i18n/messages.ts';

export interface JoinRequest {
  /** The room server's address, ws:// or wss://. */
  server: string;
  room: string;
  name: string;
  /** Reviewers comment but do not edit. */
  review: boolean;
  /** The editors' key: the room server lets only connections with it change the model (reviewers' links lack it). */
  key?: string;
  /** Start the room with the open model (Share live…); otherwise the room's model replaces it. */
  create: boolean;
}

const WAIT_FOR_ROOM_MS = 8000;
/** y-websocket's message type for "permission denied". */
const MESSAGE_AUTH = 2;

let leaveCurrent: (() => void) | null = null;
let awarenessNow: WebsocketProvider['awareness'] | null = null;

/** This tab's presence, for the canvas overlay to update (cursor) and read (who else is here). */
export const awareness = () => awarenessNow;

const random = (length: number) => globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, length);

/** A fresh room name: hard to guess, safe in a link. */
export function newRoomName(): string {
  return `w-${random(16)}`;
}

/** A fresh editors' key for a new room. */
export function newEditKey(): string {
  return random(24);
}

/**
 * Joins a room, or starts one with the open model. The room is also kept in this browser (IndexedDB), so edits
 * made while the server is away are kept and sent when it is back. Throws with a sentence when it cannot join.
 */
export async function joinRoom(wb: Workbench, request: JoinRequest): Promise<void> {
  leaveRoom(wb);
  const ydoc = new Y.Doc();
  const local = new IndexeddbPersistence(`refmod-room:${request.server}/${request.room}`, ydoc);
  await Promise.race([local.whenSynced, new Promise((done) => setTimeout(done, 2000))]);
  const provider = new WebsocketProvider(request.server, request.room, ydoc, {
    maxBackoffTime: 1000,
    params: request.key ? { key: request.key } : {},
  });
  // The server refused a change (this link may only comment): show the room as it is, and go on as a reviewer.
  provider.messageHandlers[MESSAGE_AUTH] = () => void refused(wb, request, local);
  const stop = () => {
    provider.destroy();
    void local.destroy();
    ydoc.destroy();
  };
  try {
    if (!request.create) await waitForRoom(provider, ydoc);
    if (roomHasModel(ydoc)) {
      const read = modelOfRoom(ydoc, wb.store.getState().metamodel);
      if (!read.ok)
        throw new Error(
          messages().collabRoom.roomUnreadable(read.errors[0]?.message ?? messages().collabRoom.unknownProblem),
        );
      wb.open(read.document);
    } else seedRoom(ydoc, wb.store.getState().history.document, SEED);
  } catch (error) {
    stop();
    throw error;
  }

  const colour = colourFor(ydoc.clientID);
  const unbridge = bridgeWorkbench(wb, ydoc, provider.awareness, { ...request, colour }, () => leaveRoom(wb));
  const onStatus = ({ status }: { status: string }) =>
    liveState.setState({ connection: status === 'connected' ? 'connected' : 'offline' });
  provider.on('status', onStatus);
  awarenessNow = provider.awareness;
  liveState.setState({
    joined: {
      room: request.room,
      server: request.server,
      name: request.name,
      review: request.review,
      colour,
      ...(request.key ? { key: request.key } : {}),
    },
    connection: provider.wsconnected ? 'connected' : 'offline',
  });
  leaveCurrent = () => {
    provider.off('status', onStatus);
    unbridge();
    stop();
  };
}

/** Leaves the room: the model stays open here, with a fresh history. */
export function leaveRoom(wb: Workbench): void {
  if (!leaveCurrent) return;
  const leave = leaveCurrent;
  leaveCurrent = null;
  awarenessNow = null;
  leave();
  wb.store.setState((s) => ({ history: startHistory(s.history.document) }));
  liveState.setState({ joined: null, others: [], connection: 'connecting' });
}

let refusing = false;

/** Drops this browser's copy of the room, with the refused change in it, and joins again as a reviewer. */
async function refused(wb: Workbench, request: JoinRequest, local: IndexeddbPersistence): Promise<void> {
  if (refusing) return;
  refusing = true;
  wb.notify('info', messages().collabRoom.refused);
  try {
    await local.clearData();
    await joinRoom(wb, { ...request, review: true, create: false });
  } catch (error) {
    wb.notify('error', error instanceof Error ? error.message : String(error));
  } finally {
    refusing = false;
  }
}

/** Waits until the server has sent the room, or a copy kept in this browser is there to work offline with. */
function waitForRoom(provider: WebsocketProvider, ydoc: Y.Doc): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      provider.off('sync', onSync);
      if (roomHasModel(ydoc)) done();
      else fail(new Error(messages().collabRoom.noAnswer(provider.url.replace(/\/[^/]*$/, ''))));
    }, WAIT_FOR_ROOM_MS);
    const onSync = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      provider.off('sync', onSync);
      done();
    };
    provider.on('sync', onSync);
  });
}

/** The link that opens this room: for editors, or for reviewers who comment only. */
export function roomLink(joined: { room: string; server: string; key?: string }, review: boolean): string {
  const url = new URL(location.pathname, location.origin);
  url.searchParams.set('room', joined.room);
  url.searchParams.set('server', joined.server);
  if (review) url.searchParams.set('review', '1');
  else if (joined.key) url.searchParams.set('key', joined.key);
  return url.toString();
}
