import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from '../support/fake-io.ts';

const MODEL = 'models/reference/crm-bpo.json';

describe('refmod', () => {
  it('lists its commands when called without one', async () => {
    const io = fakeIo();
    expect(await main([], io.io)).toBe(2);
    expect(io.text()).toMatch(/validate.*\n.*export/s);
  });

  it('gives every command a --help', async () => {
    for (const command of ['validate', 'export', 'schema']) {
      const io = fakeIo();
      expect(await main([command, '--help'], io.io)).toBe(0);
      expect(io.text()).toMatch(new RegExp(`Usage: refmod ${command}`));
    }
  });

  it('refuses an unknown command with exit 2', async () => {
    const io = fakeIo();
    expect(await main(['frobnicate'], io.io)).toBe(2);
    expect(io.errors()).toMatch(/unknown command "frobnicate"/);
  });

  it('exports canonical JSON that is the file itself for a canonical file', async () => {
    const io = fakeIo();
    expect(await main(['export', MODEL, '--to', 'json', '-o', 'out.json'], io.io)).toBe(0);
    expect(io.written['out.json']).toBe(io.io.readFile(MODEL));
  });

  it('exports a Mermaid flowchart of one view', async () => {
    const io = fakeIo();
    expect(await main(['export', MODEL, '--to=mermaid', '--view', 'client'], io.io)).toBe(0);
    expect(io.text()).toMatch(/^flowchart /);
  });

  it('names the views when asked for one that does not exist', async () => {
    const io = fakeIo();
    expect(await main(['export', MODEL, '--to', 'mermaid', '--view', 'nope'], io.io)).toBe(2);
    expect(io.errors()).toMatch(/no view "nope"\. Views: full, client/);
  });

  it('exits 2 with one clear line for a file that is not there', async () => {
    const io = fakeIo();
    expect(await main(['export', 'missing.json', '--to', 'json'], io.io)).toBe(2);
    expect(io.errors()).toBe('refmod: cannot read missing.json: no such file.');
  });

  it('runs as an installed command (node src/cli/refmod.mjs) with the exit code and no stack trace', async () => {
    const run = promisify(execFile);
    const ok = await run('node', ['src/cli/refmod.mjs', 'schema']);
    expect(JSON.parse(ok.stdout)).toMatchObject({ title: 'Refmod reference model' });
    const failed = await run('node', ['src/cli/refmod.mjs', 'export', 'missing.json', '--to', 'json']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
