import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from '../support/fake-io.ts';

const MODEL = 'models/reference/crm-bpo.json';

async function run(args: string[]) {
  const io = fakeIo();
  const code = await main(args, io.io);
  return { code, out: io.text(), err: io.errors() };
}

describe('a strict command line', () => {
  it('refuses a misspelt flag with exit 2, naming it and the flag that was meant', async () => {
    const validate = await run(['validate', MODEL, '--profle', 'publication']);
    expect(validate).toMatchObject({ code: 2, out: '' });
    expect(validate.err).toMatch(/^refmod validate: unknown option --profle\. Did you mean --profile\?/);
    const exported = await run(['export', MODEL, '--to', 'mermaid', '--veiw', 'client']);
    expect(exported).toMatchObject({ code: 2, out: '' });
    expect(exported.err).toMatch(/unknown option --veiw\. Did you mean --view\?/);
    expect((await run(['evaluate', MODEL, '--reprot=md'])).err).toMatch(
      /unknown option --reprot\. Did you mean --report\?/,
    );
    expect((await run(['schema', '--jsno'])).err).toMatch(/unknown option --jsno\. Options: --out, --pack\./);
  });

  it('says which flag lacks a value and which takes none', async () => {
    expect(await run(['validate', MODEL, '--profile'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--profile needs a value/) as unknown,
    });
    expect(await run(['validate', MODEL, '--json=yes'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--json takes no value/) as unknown,
    });
  });

  it('still reads every known flag, in both spellings', async () => {
    expect((await run(['validate', MODEL, '--profile=publication', '--json'])).out).toMatch(/"profile": "publication"/);
    expect(
      await run(['export', MODEL, '--to', 'mermaid', '--view=client', '--no-measures', '--direction', 'tb']),
    ).toMatchObject({ code: 0, out: expect.stringMatching(/^flowchart TB/) as unknown });
  });
});

describe('reading model files as the browser does', () => {
  const text = readFileSync(MODEL, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'refmod-cli-'));
  const encodings: [string, Buffer][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ];

  it.each(encodings)('validates a model saved as %s', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, bytes);
    const result = await run(['export', file, '--to', 'json']);
    expect(result.err).toBe('');
    expect(result.out).toBe(text);
  });
});

describe('a closed pipe', () => {
  it('ends quietly when the reader stops early (refmod export … | head)', async () => {
    const child = spawn('node', ['src/cli/refmod.mjs', 'export', MODEL, '--to', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
