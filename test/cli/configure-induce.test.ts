import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';

const SHIPPED = 'models/reference/crm-bpo.json';
const shipped = readFileSync(SHIPPED, 'utf8');
/** The consultant's workshop: customer care only, phone and e-mail, sales stays with the client. */
const workshop = {
  'q-service': ['customer-care'],
  'q-channels': ['phone', 'e-mail'],
  'q-retained': ['sales'],
  'q-analysis': ['client'],
  'q-copc': ['none'],
  'q-acquisition': ['no'],
};

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path] ?? written[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
  };
  return { io, out, err, written };
}

const open = (text: string) => {
  const result = importDocument(text, crmBpoMetamodel);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.document;
};

describe('refmod configure', () => {
  it('writes a company model whose every element carries its decision with the question and answer', async () => {
    const { io, out, written } = fakeIo({ 'model.json': shipped, 'answers.json': JSON.stringify(workshop) });
    expect(
      await main(['configure', 'model.json', 'answers.json', '-o', 'company.json', '--name', 'ACME care'], io),
    ).toBe(0);
    expect(out.join('\n')).toMatch(/^Configured “ACME care”: \d+ elements adopted, \d+ specialised, \d+ omitted\.$/);
    const company = open(written['company.json']!);
    const links = company.derivation!.links;
    expect(company.elements.some((e) => e.id === 'p-campaign-management')).toBe(false);
    expect(links['p-campaign-management']).toMatchObject({ adaptation: 'omitted' });
    expect(links['p-campaign-management']!.note).toContain(
      '“Which service does the client outsource to the provider?”',
    );
    expect(company.elements.find((e) => e.id === 'p-sales-management')!.role).toBe('client');
    expect(links['p-sales-management']).toMatchObject({
      adaptation: 'specialised',
      note: '“Which delivery processes stay with the client?” — “Sales”',
    });
    expect(links['p-k4-process-electronic-transactions']!.note).toBe(
      '“Through which channels do the client’s customers reach the provider?” — “E-mail and web”',
    );
    expect(company.elements.some((e) => e.id === 'p-k3-process-non-electronic-transactions')).toBe(false);
    expect(company.configuration!.answers).toEqual(workshop);
  });

  it('lists the broken constraints and writes nothing, exit 1', async () => {
    const broken = { ...workshop, 'q-service': ['telesales'], 'q-copc': ['k6'] };
    const { io, err, written } = fakeIo({ 'model.json': shipped, 'answers.json': JSON.stringify(broken) });
    expect(await main(['configure', 'model.json', 'answers.json', '-o', 'company.json'], io)).toBe(1);
    expect(err.join('\n')).toContain('“Telesales services (case C)” excludes “Sales”.');
    expect(err.join('\n')).toContain(
      '“End-user payments (K6)” requires “Exceptions: non-compliant transactions (K7)”.',
    );
    expect(written).toEqual({});
  });

  it('refuses an answers file that is not one, and a model without a questionnaire, exit 2', async () => {
    const { io, err } = fakeIo({ 'model.json': shipped, 'answers.json': '{"q-service": "customer-care"}' });
    expect(await main(['configure', 'model.json', 'answers.json'], io)).toBe(2);
    expect(err.join('\n')).toContain('answers.json is not an answers file');
    const blank = fakeIo({ 'blank.json': readFileSync('models/templates/blank.json', 'utf8'), 'a.json': '{}' });
    expect(await main(['configure', 'blank.json', 'a.json'], blank.io)).toBe(2);
    expect(blank.err.join('\n')).toContain('has no questionnaire to answer');
  });
});

describe('refmod induce', () => {
  it('induces a candidate from three configured models with the frequency of each element', async () => {
    const files: Record<string, string> = { 'model.json': shipped };
    const variants = [
      workshop,
      { ...workshop, 'q-channels': ['phone'] },
      { ...workshop, 'q-service': ['customer-care', 'marketing'], 'q-channels': ['phone', 'e-mail', 'fax'] },
    ];
    const { io, out, written } = fakeIo(files);
    variants.forEach((answers, i) => (files[`answers-${i}.json`] = JSON.stringify(answers)));
    for (const i of [0, 1, 2])
      expect(
        await main(
          ['configure', 'model.json', `answers-${i}.json`, '-o', `c${i}.json`, '--name', `Company ${i + 1}`],
          io,
        ),
      ).toBe(0);
    out.length = 0;
    expect(await main(['induce', 'c0.json', 'c1.json', 'c2.json', '-o', 'candidate.json'], io)).toBe(0);
    const report = out.join('\n');
    expect(report).toMatch(/^\d+ of \d+ candidate elements are found in at least 2 of 3 models:/);
    expect(report).toContain('+ in 3 of 3 models  Answer end-user calls (customer-related-process)');
    expect(report).toContain('+ in 2 of 3 models  Process electronic transactions (customer-related-process)');
    expect(report).toContain('- in 1 of 3 models  Manage campaigns (delivery-process)');
    const candidate = open(written['candidate.json']!);
    expect(candidate.meta.sources.map((s) => s.label).slice(0, 3)).toEqual(['Company 1', 'Company 2', 'Company 3']);
    expect(candidate.elements.find((e) => e.id === 'p-k4-process-electronic-transactions')!.provenance.note).toBe(
      'Induced in 2 of 3 models: Company 1, Company 3.',
    );
    expect(candidate.elements.some((e) => e.id === 'p-campaign-management')).toBe(false);
  });

  it('refuses a threshold out of range and fewer than two models', async () => {
    const { io, err } = fakeIo({ 'a.json': shipped, 'b.json': shipped });
    expect(await main(['induce', 'a.json', 'b.json', '--min', '3'], io)).toBe(2);
    expect(err.join('\n')).toContain('--min takes a whole number from 1 to 2.');
    expect(await main(['induce', 'a.json'], io)).toBe(2);
  });

  it('runs as the installed command: configure then induce, files on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refmod-induce-'));
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(workshop));
    const run = (...args: string[]) => execFileSync('node', ['src/cli/refmod.mjs', ...args], { encoding: 'utf8' });
    for (const name of ['a', 'b'])
      run(
        'configure',
        SHIPPED,
        join(dir, 'answers.json'),
        '-o',
        join(dir, `${name}.json`),
        '--name',
        `Company ${name}`,
      );
    expect(run('induce', join(dir, 'a.json'), join(dir, 'b.json'), '-o', join(dir, 'candidate.json'))).toContain(
      'found in at least 2 of 2 models',
    );
    expect(open(readFileSync(join(dir, 'candidate.json'), 'utf8')).meta.name).toBe('Candidate reference model');
  });
});
