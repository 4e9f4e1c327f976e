import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { WebsocketProvider } from 'y-websocket';
import { build } from 'vite';
import { startHistory } from '../../src/core/commands/history.ts';
import { updateElement } from '../../src/core/commands/elements.ts';
import { crmBpoMetamodel as metamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { SEED } from '../../src/collab/binding.ts';
import { modelOfRoom } from '../../src/collab/room-model.ts';
import { roomHasModel, seedRoom } from '../../src/collab/shared-model.ts';
import { Peer } from '../collab/peers.ts';
import { startServerProcess, type ServerProcess } from '../collab/server-process.ts';
import { shippedModel } from '../support/models.ts';
import type { BenchSuite, Figure } from './harness.ts';

// ws ships no types; the provider needs only the browser's WebSocket shape, which it has.
const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: typeof globalThis.WebSocket };

const ROUNDS = 60;
const ROOMS_FOR_MEMORY = 20;

interface Client {
  peer: Peer;
  provider: WebsocketProvider;
}

/** A client in Node: the same binding the app uses (every change read back and checked by core), over a real socket. */
async function connect(server: ServerProcess, room: string, seed: boolean): Promise<Client> {
  const shipped = shippedModel();
  const peer = new Peer(shipped);
  if (seed) seedRoom(peer.ydoc, shipped, SEED);
  const provider = new WebsocketProvider(server.url, room, peer.ydoc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  await new Promise<void>((done) => (provider.synced ? done() : provider.once('sync', () => done())));
  if (!seed) {
    if (!roomHasModel(peer.ydoc)) throw new Error('the room arrived empty');
    const read = modelOfRoom(peer.ydoc, metamodel);
    if (!read.ok) throw new Error(read.errors[0]?.message);
    peer.history = startHistory(read.document);
  }
  peer.bind();
  return { peer, provider };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Each round one client renames an element; the time until every other client shows the new name. */
async function syncLatency(server: ServerProcess, clients: number): Promise<number[]> {
  const room = `bench-${clients}-${Date.now()}`;
  const all: Client[] = [await connect(server, room, true)];
  for (let i = 1; i < clients; i++) all.push(await connect(server, room, false));
  const ids = all[0]!.peer.doc.elements.map((e) => e.id);
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const editor = all[round % clients]!;
    const id = ids[round % ids.length]!;
    const name = `Renamed in round ${round}`;
    const others = all.filter((c) => c !== editor);
    const start = performance.now();
    const seen = others.map(
      (c) =>
        new Promise<void>((done) => {
          const check = () => {
            if (c.peer.doc.elements.find((e) => e.id === id)?.name !== name) return;
            latencies.push(performance.now() - start);
            c.peer.onShow.delete(check);
            done();
          };
          c.peer.onShow.add(check);
        }),
    );
    editor.peer.perform(updateElement(id, { name }));
    await Promise.all(seen);
  }
  for (const c of all) c.provider.destroy();
  return latencies.sort((a, b) => a - b);
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** The server's resident memory with rooms open, each holding the shipped model and one client, over none. */
async function memoryPerRoom(server: ServerProcess): Promise<number> {
  const idle = rssKb(server.pid);
  const clients: Client[] = [];
  for (let i = 0; i < ROOMS_FOR_MEMORY; i++) clients.push(await connect(server, `memory-${i}-${Date.now()}`, true));
  await new Promise((done) => setTimeout(done, 500));
  const busy = rssKb(server.pid);
  for (const c of clients) c.provider.destroy();
  return (busy - idle) / ROOMS_FOR_MEMORY;
}

/** Builds the app and sums the gzipped chunks that load for the workshop, beyond what the first screen loads. */
async function bundleCost(): Promise<{ firstLoad: number; collab: number; panels: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'refmod-bench-build-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  type Chunk = { file: string; imports?: string[]; isEntry?: boolean };
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const closure = (key: string, into = new Set<string>()) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, into);
    return into;
  };
  const size = (keys: Iterable<string>) =>
    [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(join(outDir, manifest[k]!.file))).length, 0) / 1024;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const first = closure(entry);
  const beyond = (key: string, also: Set<string> = new Set()) =>
    [...closure(key)].filter((k) => !first.has(k) && !also.has(k));
  const live = new Set([...beyond('src/ui/collab/ShareDialog.tsx'), ...beyond('src/ui/collab/LiveBar.tsx')]);
  const panels = new Set([
    ...beyond('src/ui/comments/CommentsPanel.tsx', live),
    ...beyond('src/ui/board/BoardOverlay.tsx', live),
  ]);
  const result = { firstLoad: size(first), collab: size(live), panels: size(panels) };
  rmSync(outDir, { recursive: true, force: true });
  return result;
}

export const collabBench: BenchSuite = {
  title:
    'Live workshops: sync over loopback (refmod serve, Node clients with the app’s binding), server memory, bundle',
  async run() {
    // Each Node client of y-websocket listens for the process' exit: many clients in one process are expected here.
    process.setMaxListeners(ROOMS_FOR_MEMORY + 20);
    const rooms = mkdtempSync(join(tmpdir(), 'refmod-bench-rooms-'));
    const server = await startServerProcess(rooms);
    const figures: Figure[] = [];
    try {
      for (const clients of [2, 10]) {
        const latencies = await syncLatency(server, clients);
        const budget = clients === 10 ? { budget: 100 } : {};
        figures.push(
          {
            name: `Sync latency p50, ${clients} clients, shipped model`,
            value: percentile(latencies, 0.5),
            unit: 'ms',
          },
          {
            name: `Sync latency p95, ${clients} clients, shipped model`,
            value: percentile(latencies, 0.95),
            unit: 'ms',
            ...budget,
          },
        );
      }
      figures.push({
        name: 'Server memory per room (shipped model, RSS)',
        value: (await memoryPerRoom(server)) / 1024,
        unit: 'MB',
      });
    } finally {
      await server.stop();
      rmSync(rooms, { recursive: true, force: true });
    }
    const bundle = await bundleCost();
    figures.push(
      { name: 'Collaboration code (Yjs, sync, presence), gzip, lazy', value: bundle.collab, unit: 'KB' },
      { name: 'Comments and board panels, gzip, lazy', value: bundle.panels, unit: 'KB' },
      { name: 'First-load JavaScript, gzip', value: bundle.firstLoad, unit: 'KB', budget: 200 },
    );
    return figures;
  },
};
