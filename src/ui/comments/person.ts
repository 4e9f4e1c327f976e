import { useState } from 'react';
import { liveState } from '../../collab/live-state.ts';
import { useStore } from '../../store/create-store.ts';

const KEY = 'refmod.person';

/** The name this person comments and votes under: their name in the live workshop, else the one they gave here last. */
export function usePersonName(): [string, (name: string) => void] {
  const live = useStore(liveState, (s) => s.joined?.name);
  const [stored, setStored] = useState(() => readName());
  const set = (name: string) => {
    setStored(name);
    try {
      localStorage.setItem(KEY, name);
    } catch {
      // Private mode: the name lasts for this page.
    }
  };
  return [live ?? stored, set];
}

export function readName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export const rememberName = (name: string) => {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // As above.
  }
};
