import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/refmod.mjs', import.meta.url));

export interface ServerProcess {
  readonly pid: number;
  readonly url: string;
  readonly port: number;
  /** Stops the server as Ctrl+C would (it writes every room first) and waits until it has exited. */
  stop(): Promise<void>;
}

/** Starts `refmod serve` as its own process, on a free port unless one is given, and waits until it listens. */
export function startServerProcess(roomsDir: string, port = 0): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--rooms', roomsDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((done, fail) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /on (ws:\/\/[^\s]+)/.exec(out)?.[1];
      if (!url) return;
      child.stdout?.off('data', onData);
      done({
        pid: child.pid!,
        url,
        port: Number(/:(\d+)$/.exec(url)?.[1]),
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`refmod serve exited (${code}) before it listened: ${out}`)));
  });
}
