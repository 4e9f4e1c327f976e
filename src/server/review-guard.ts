import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type * as YTypes from 'yjs';

/** What a reviewer may write: comment threads and their messages, and the model's mark that it has comments. */
const REVIEWER_MAPS = new Set(['comments', 'messages']);
const REVIEWER_TOP_KEYS = new Set(['hasComments']);

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export const REVIEW_REFUSAL = 'This link lets you comment, not edit: the room server did not take your change.';

const digest = (key: string) => createHash('sha256').update(key).digest();

/**
 * Whether a connection may edit a room. The first editor's link carries a key, which the room keeps (as a hash,
 * beside the room's file); a connection without it is a reviewer. A room nobody gave a key stays open to all.
 */
export function mayEdit(keyFile: string, key: string | null): boolean {
  if (!existsSync(keyFile)) {
    if (key) writeFileSync(keyFile, digest(key));
    return true;
  }
  return key !== null && timingSafeEqual(readFileSync(keyFile), digest(key));
}

/** The part of a ws socket the guard uses. */
export interface GuardedSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  send(data: Uint8Array): void;
}

/**
 * Lets a reviewer's socket through only what a reviewer may write: a sync message that would change the model is
 * dropped before y-websocket sees it, and the client is told (y-websocket's "permission denied").
 * Installed before y-websocket adds its message listener, which it wraps.
 */
export function guardReviewer(socket: GuardedSocket, room: () => YTypes.Doc, Y: typeof YTypes): void {
  const on = socket.on.bind(socket);
  socket.on = (event: string, listener: (...args: never[]) => void) => {
    if (event !== 'message') return on(event, listener);
    return on('message', (data: ArrayBuffer | Buffer) => {
      const message = new Uint8Array(
        data instanceof ArrayBuffer ? data : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
      );
      const update = modelUpdate(message);
      if (update && !onlyComments(room(), update, Y)) {
        socket.send(permissionDenied(REVIEW_REFUSAL));
        return;
      }
      (listener as (d: unknown) => void)(data);
    });
  };
}

/** The update a sync message carries (step 2 or update), or null for everything else. */
function modelUpdate(message: Uint8Array): Uint8Array | null {
  const reader = { at: 0 };
  if (readVarUint(message, reader) !== MESSAGE_SYNC) return null;
  const kind = readVarUint(message, reader);
  if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return null;
  const length = readVarUint(message, reader);
  return message.subarray(reader.at, reader.at + length);
}

/** Applies the update to a copy of the room and looks at what it changed. */
function onlyComments(room: YTypes.Doc, update: Uint8Array, Y: typeof YTypes): boolean {
  const probe = new Y.Doc({ gc: false });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(room));
  let allowed = true;
  probe.on('afterTransaction', (transaction: YTypes.Transaction) => {
    // Read after the update: a map the room never had (the first comment) is named only now.
    const names = new Map<unknown, string>([...probe.share].map(([name, type]) => [type, name]));
    for (const [type, keys] of transaction.changed) {
      const name = names.get(type);
      if (name !== undefined && REVIEWER_MAPS.has(name)) continue;
      if (name === 'top' && [...keys].every((k) => k !== null && REVIEWER_TOP_KEYS.has(k))) continue;
      allowed = false;
    }
  });
  Y.applyUpdate(probe, update);
  // An update that needs changes the room never had cannot be checked: it is not taken.
  const waiting = probe.store.pendingStructs !== null || probe.store.pendingDs !== null;
  probe.destroy();
  return allowed && !waiting;
}

function readVarUint(bytes: Uint8Array, reader: { at: number }): number {
  let value = 0;
  for (let shift = 0; reader.at < bytes.length; shift += 7) {
    const byte = bytes[reader.at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  return -1;
}

function writeVarUint(out: number[], value: number) {
  while (value > 0x7f) {
    out.push(0x80 | (value & 0x7f));
    value = Math.floor(value / 128);
  }
  out.push(value);
}

/** y-protocols' auth message "permission denied" with a reason. */
function permissionDenied(reason: string): Uint8Array {
  const text = new TextEncoder().encode(reason);
  const out: number[] = [];
  writeVarUint(out, MESSAGE_AUTH);
  writeVarUint(out, 0);
  writeVarUint(out, text.length);
  return Uint8Array.from([...out, ...text]);
}
