import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { exportDocument } from '../../src/core/io/json.ts';
import { changed, cleanModel, element, relation } from '../core/validation/fixtures.ts';
import { fakeIo } from '../support/fake-io.ts';

const clean = exportDocument(cleanModel());
const withErrors = exportDocument(
  changed((d) => {
    d.elements[0]!.area = null; // process.no-cell: error, systematic design
    d.elements.push(element('o3', 'complaint', { name: 'Complaint' })); // element.isolated: warning
    d.elements[1]!.optional = true; // element.undecided-optional: info
  }),
);
const dangling = JSON.stringify(changed((d) => void d.relations.push(relation('x9', 'output', 'p1', 'ghost'))));
const files = {
  'clean.json': clean,
  'errors.json': withErrors,
  'dangling.json': dangling,
  'cut.json': clean.slice(0, clean.length / 2),
};

async function validate(...args: string[]) {
  const io = fakeIo(files);
  const code = await main(['validate', ...args], io.io);
  return { code, out: io.text(), err: io.errors() };
}

describe('refmod validate', () => {
  it('exits 0 and says so for a model without findings', async () => {
    expect(await validate('clean.json')).toEqual({
      code: 0,
      out: 'clean.json: 0 errors, 0 warnings, 0 notes (profile Default)',
      err: '',
    });
  });

  it('exits 1 on errors and prints findings grouped by severity, then principle, naming each element', async () => {
    const { code, out } = await validate('errors.json');
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'errors.json: 1 error, 1 warning, 1 note (profile Default)',
        '',
        'Errors (1)',
        '  Systematic design',
        '    ✗ process.no-cell  Delivery process "Handle inquiry" has no cell in the macro structure: it lacks an area.',
        '        elements: Handle inquiry (p1)',
        '',
        'Warnings (1)',
        '  Systematic design',
        '    ! element.isolated  Complaint "Complaint" has no relation to any other element.',
        '        elements: Complaint (o3)',
        '',
        'Notes (1)',
        '  Relevance',
        '    i element.undecided-optional  Inquiry "Inquiry" is still marked optional ("?"): keep it or delete it.',
        '        elements: Inquiry (o1)',
        '        quick fix: Keep it (decide "?")',
      ].join('\n'),
    );
  });

  it('judges by another profile when asked', async () => {
    const { code, out } = await validate('errors.json', '--profile', 'publication');
    expect(code).toBe(1);
    expect(out).toMatch(/^errors\.json: 2 errors, 1 warning, 0 notes \(profile Publication\)/);
  });

  it('refuses an unknown profile with exit 2', async () => {
    const { code, err } = await validate('clean.json', '--profile', 'lenient');
    expect(code).toBe(2);
    expect(err).toBe('refmod validate: unknown profile "lenient". Profiles: default, publication.');
  });

  it('exits 1 for a dangling relation and names the missing element', async () => {
    const { code, out } = await validate('dangling.json');
    expect(code).toBe(1);
    expect(out).toMatch(/^dangling\.json: 1 error, 0 warnings, 0 notes/);
    expect(out).toMatch(
      /✗ reference\.dangling {2}relations\[4\]\.target: Relation "x9" points to the element "ghost", which does not exist\./,
    );
  });

  it('exits 2 for a truncated file with a clear message and no stack trace', async () => {
    const { code, out, err } = await validate('cut.json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /^refmod: cut\.json cannot be read as a Refmod model:\n {2}\(file\): The file is not valid JSON \(.*\)\. Was it cut off or edited by hand\?$/,
    );
    expect(err).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('prints findings as JSON, in the same order, with element names', async () => {
    const { code, out } = await validate('errors.json', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      profile: string;
      summary: object;
      findings: { rule: string; elements: object[]; fix: string | null }[];
    };
    expect(report.profile).toBe('default');
    expect(report.summary).toEqual({ error: 1, warning: 1, info: 1, total: 3 });
    expect(report.findings.map((f) => f.rule)).toEqual([
      'process.no-cell',
      'element.isolated',
      'element.undecided-optional',
    ]);
    expect(report.findings[0]).toMatchObject({
      elements: [{ id: 'p1', name: 'Handle inquiry' }],
      principle: 'systematic-design',
      step: 'macro-structure',
      fix: null,
    });
  });

  it('runs for real as node src/cli/refmod.mjs, with exit code 1 on errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refmod-validate-'));
    writeFileSync(join(dir, 'errors.json'), withErrors);
    const failed = await promisify(execFile)('node', ['src/cli/refmod.mjs', 'validate', join(dir, 'errors.json')])
      .catch((e: { code: number; stdout: string }) => e)
      .finally(() => rmSync(dir, { recursive: true }));
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(/✗ process\.no-cell {2}Delivery process "Handle inquiry"/);
  });
});
