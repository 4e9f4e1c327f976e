import { createStore } from '../store/create-store.ts';
import type { Presence } from './presence.ts';

export type Connection = 'connecting' | 'connected' | 'offline';

/** The live workshop as the header shows it; small and free of Yjs, so the first screen can read it. */
export interface LiveState {
  joined: { room: string; server: string; name: string; review: boolean; colour: string; key?: string } | null;
  connection: Connection;
  /** Everyone in the room but this tab, with where they are. */
  others: readonly Presence[];
}

export const liveState = createStore<LiveState>({ joined: null, connection: 'connecting', others: [] });
