import { useSyncExternalStore } from 'react';

const KEY = 'refmod.method.actor';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Who works on the method in this browser; the method log records it with every step entered, completed or skipped. */
export function currentActor(): string {
  return read();
}

export function setActor(name: string) {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Private windows may refuse storage; the log then records no name, as before.
  }
  listeners.forEach((l) => l());
}

export function useActor(): string {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  }, read);
}
