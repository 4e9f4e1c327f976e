/** What each person in a room shares about themselves: who, in which view and level, what they select, where the pointer is. */
export interface Presence {
  readonly clientId: number;
  readonly name: string;
  readonly colour: string;
  readonly review: boolean;
  readonly viewId: string;
  readonly viewName: string;
  readonly selection: readonly string[];
  /** In the canvas' flow coordinates; null while the pointer is off the canvas. */
  readonly cursor: { x: number; y: number } | null;
}

/** Colours that read on a projector and differ from the lane colours' blue, teal and orange. */
const COLOURS = ['#b3261e', '#6a1b9a', '#2e7d32', '#ad1457', '#4e342e', '#283593', '#827717', '#00695c'];

export const colourFor = (clientId: number): string => COLOURS[clientId % COLOURS.length]!;

/** The awareness protocol's part that presence uses (y-protocols' Awareness). */
export interface AwarenessLike {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  getLocalState(): Record<string, unknown> | null;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

/** Everyone else in the room, sorted by name, read from the awareness states they published. */
export function othersIn(awareness: AwarenessLike): Presence[] {
  const out: Presence[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const p = state.presence as Omit<Presence, 'clientId'> | undefined;
    if (p && typeof p.name === 'string') out.push({ ...p, clientId });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Publishes part of this person's presence; the rest stays as it was. */
export function publish(awareness: AwarenessLike, change: Partial<Omit<Presence, 'clientId'>>): void {
  const was = (awareness.getLocalState()?.presence ?? {}) as Partial<Presence>;
  awareness.setLocalStateField('presence', { ...was, ...change });
}
