import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type * as YTypes from 'yjs';
import { guardReviewer, mayEdit, type GuardedSocket } from './review-guard.ts';

// y-websocket's server utilities are CommonJS and load yjs through require: the rooms must use that same copy of yjs.
const require = createRequire(import.meta.url);
const Y = require('yjs') as typeof YTypes;
const sharedDocs = require('y-websocket/bin/utils') as {
  setupWSConnection: (conn: unknown, req: IncomingMessage, options?: { docName?: string }) => void;
  setPersistence: (persistence: Persistence | null) => void;
  getYDoc: (name: string) => YTypes.Doc;
  docs: Map<string, YTypes.Doc>;
};
const { WebSocketServer } = require('ws') as { WebSocketServer: new (options: { noServer: true }) => Sockets };

/** The part of ws's server used here (ws ships no types of its own). */
interface Sockets {
  clients: Set<{ terminate(): void }>;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, done: (ws: GuardedSocket) => void): void;
  close(): void;
}

interface Persistence {
  provider: null;
  bindState(name: string, ydoc: YTypes.Doc): void;
  writeState(name: string, ydoc: YTypes.Doc): Promise<void>;
}

export interface RoomServerOptions {
  port: number;
  /** 127.0.0.1 (this machine only) unless a team shares it. */
  host: string;
  /** Where rooms are kept, one file per room (and its editors' key, hashed), so a room survives a restart. */
  roomsDir: string;
  /** A built app (dist) to serve on the same port, so one address opens the workbench and its rooms. */
  appDir?: string;
}

export interface RoomServer {
  readonly port: number;
  readonly url: string;
  /** Rooms open in memory now. */
  rooms(): number;
  /** Writes every room to disk and stops. */
  close(): Promise<void>;
}

/** A room name as it appears in a link: letters, digits, - and _. */
export const ROOM_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const WRITE_DELAY_MS = 50;

/** Starts the room server: y-websocket's rooms, kept on disk, and (optionally) the built app. */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  mkdirSync(options.roomsDir, { recursive: true });
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const fileOf = (name: string) => join(options.roomsDir, `${name}.yjs`);
  const write = (name: string, ydoc: YTypes.Doc) => {
    clearTimeout(pending.get(name));
    pending.delete(name);
    const file = fileOf(name);
    // Written aside and renamed, so a crash mid-write never leaves half a room.
    writeFileSync(`${file}.tmp`, Y.encodeStateAsUpdate(ydoc));
    renameSync(`${file}.tmp`, file);
  };
  sharedDocs.setPersistence({
    provider: null,
    bindState(name, ydoc) {
      // Read before the first client's sync step, which y-websocket sends right after this call.
      const file = fileOf(name);
      if (existsSync(file)) Y.applyUpdate(ydoc, readFileSync(file));
      ydoc.on('update', () => {
        if (!pending.has(name))
          pending.set(
            name,
            setTimeout(() => write(name, ydoc), WRITE_DELAY_MS),
          );
      });
    },
    writeState(name, ydoc) {
      write(name, ydoc);
      return Promise.resolve();
    },
  });

  const wss = new WebSocketServer({ noServer: true });
  const http = createServer((req, res) => serveHttp(req, res, options.appDir));
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'ws://room');
    const name = decodeURIComponent(url.pathname.slice(1));
    if (!ROOM_NAME.test(name)) {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const editor = mayEdit(join(options.roomsDir, `${name}.key`), url.searchParams.get('key'));
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!editor) guardReviewer(ws, () => sharedDocs.getYDoc(name), Y);
      sharedDocs.setupWSConnection(ws, req, { docName: name });
    });
  });
  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(options.port, options.host, () => done());
  });
  const port = (http.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `ws://${shownHost}:${port}`,
    rooms: () => sharedDocs.docs.size,
    async close() {
      for (const [name, ydoc] of sharedDocs.docs) write(name, ydoc);
      for (const client of wss.clients) client.terminate();
      for (const ydoc of sharedDocs.docs.values()) ydoc.destroy();
      sharedDocs.docs.clear();
      for (const timer of pending.values()) clearTimeout(timer);
      sharedDocs.setPersistence(null);
      wss.close();
      await new Promise<void>((done) => http.close(() => done()));
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The built app, if given (unknown paths get index.html, the app routes itself); otherwise one line saying what this is. */
function serveHttp(req: IncomingMessage, res: ServerResponse, appDir?: string) {
  if (!appDir) {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Refmod room server. Open Refmod and choose "Share live…" with this address.\n');
    return;
  }
  const root = resolve(appDir);
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!));
  let file = resolve(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}
