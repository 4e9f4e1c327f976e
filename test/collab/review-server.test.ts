import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServerProcess, type ServerProcess } from './server-process.ts';

// ws ships no types; the provider needs only the browser's WebSocket shape, which it has.
const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: typeof globalThis.WebSocket };

const rooms = mkdtempSync(join(tmpdir(), 'refmod-review-rooms-'));
let server: ServerProcess;
const open: WebsocketProvider[] = [];

/** A client of the real room server, straight on Yjs: it skips every check the app makes. */
async function client(room: string, key?: string) {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(server.url, room, ydoc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
    params: key ? { key } : {},
  });
  open.push(provider);
  const denied = new Promise<void>((done) => (provider.messageHandlers[2] = () => done()));
  await new Promise<void>((done) => (provider.synced ? done() : provider.once('sync', () => done())));
  return { ydoc, provider, denied };
}

/** Resolves once the map holds the key: changes arrive over the socket, so the test waits for them. */
const arrives = (map: Y.Map<unknown>, key: string) =>
  new Promise<void>((done) => {
    const look = () => map.has(key) && (map.unobserve(look), done());
    map.observe(look);
    look();
  });

beforeAll(async () => {
  server = await startServerProcess(rooms);
});

afterAll(async () => {
  for (const p of open) p.destroy();
  await server?.stop();
  rmSync(rooms, { recursive: true, force: true });
});

describe('review mode on the room server', () => {
  it('refuses a model change from a connection without the editors’ key, and takes its comments', async () => {
    const editor = await client('w-review', 'editors-key');
    editor.ydoc.getMap('elements').set('inquiry', { o: 0, v: { id: 'inquiry', name: 'Inquiry' } });
    const reviewer = await client('w-review');
    await arrives(reviewer.ydoc.getMap('elements'), 'inquiry');

    reviewer.ydoc.getMap('elements').set('inquiry', { o: 0, v: { id: 'inquiry', name: 'Changed by the reviewer' } });
    await reviewer.denied;
    // Its later changes build on the refused one, so the app joins again with a fresh copy; so does this client.
    const again = await client('w-review');
    again.ydoc.transact(() => {
      again.ydoc.getMap('comments').set('t-1', { o: 0, v: { id: 't-1' } });
      again.ydoc.getMap('top').set('hasComments', true);
    });
    await arrives(editor.ydoc.getMap('comments'), 't-1');
    expect(editor.ydoc.getMap('top').get('hasComments')).toBe(true);

    // The refused change reached nobody: not the editor, not someone who joins now.
    const late = await client('w-review', 'editors-key');
    for (const doc of [editor.ydoc, late.ydoc])
      expect((doc.getMap('elements').get('inquiry') as { v: { name: string } }).v.name).toBe('Inquiry');
  });

  it('refuses a wrong key as it refuses none, and lets the right one edit', async () => {
    const first = await client('w-keys', 'right');
    const wrong = await client('w-keys', 'wrong');
    wrong.ydoc.getMap('elements').set('x', { o: 0, v: { id: 'x' } });
    await wrong.denied;
    const second = await client('w-keys', 'right');
    second.ydoc.getMap('elements').set('y', { o: 1, v: { id: 'y' } });
    await arrives(first.ydoc.getMap('elements'), 'y');
    expect(first.ydoc.getMap('elements').has('x')).toBe(false);
  });
});
