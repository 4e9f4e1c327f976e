import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { setDataLanguage } from '../../src/core/i18n/data.ts';
import { importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { elementsInView } from '../../src/core/model/queries.ts';
import { shippedModel } from '../core/diff/fixtures.ts';
import { fakeIo } from '../support/fake-io.ts';

const MODEL = 'models/reference/crm-bpo.json';
const dir = mkdtempSync(join(tmpdir(), 'refmod-svg-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await setDataLanguage('en'); // the CLI switched the data's language for --lang de
});

const pattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function exportSvg(...args: string[]) {
  const io = fakeIo();
  const code = await main(['export', MODEL, '--to', 'svg', ...args, '-o', 'view.svg'], io.io);
  return { code, svg: io.written['view.svg'] ?? '', errors: io.errors() };
}

/** What xmllint, the XML parser CI has, says about a file: nothing when it is well-formed XML. */
function xmllint(svg: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.svg`);
  writeFileSync(path, svg);
  try {
    execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('refmod export --to svg', () => {
  it('writes the image of a view as well-formed XML with every element of the view by name', async () => {
    const { code, svg, errors } = await exportSvg('--view', 'customer', '--level', 'detail');
    expect(errors).toBe('');
    expect(code).toBe(0);
    expect(xmllint(svg)).toBe('');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const doc = shippedModel();
    const shown = elementsInView(
      doc,
      doc.views.find((v) => v.id === 'customer')!,
    );
    expect(shown.length).toBeGreaterThan(10);
    expect(svg.match(/<g class="node" /g)).toHaveLength(shown.length);
    for (const el of shown)
      expect(svg).toMatch(new RegExp(`: ${pattern(xml(el.name))}( \\(optional, undecided\\))?</title>`));
    expect(svg).toContain('>Shapes</text>');
    expect(svg).toContain('<title>CRM-in-BPO reference model · Customer view</title>');
  });

  it('carries the model, so the app opens the image as the model', async () => {
    const { svg } = await exportSvg('--view', 'client', '--level', 'detail');
    const json = /<metadata id="refmod-model"[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)![1]!;
    const text = json
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const back = importDocument(text, crmBpoMetamodel);
    expect(back.ok && back.document).toEqual(shippedModel());
  });

  it('draws a view over the design goals’ limit as its process map, as the app does', async () => {
    const { code, svg } = await exportSvg('--view', 'full');
    expect(code).toBe(0);
    expect(xmllint(svg)).toBe('');
    expect(svg).toContain('<g class="process-map"');
    expect(svg).not.toContain('<g class="node" ');
  });

  it('speaks --lang: the legend and the names in German', async () => {
    const { code, svg } = await exportSvg('--view', 'customer', '--level', 'detail', '--lang', 'de');
    expect(code).toBe(0);
    expect(xmllint(svg)).toBe('');
    expect(svg).toContain('>Formen</text>');
    expect(svg).toContain('<title>Rolle: ');
    const doc = shippedModel();
    const german = doc.elements.find((e) => e.translations?.de?.name && elementsInView(doc, doc.views[2]!).includes(e));
    expect(german).toBeDefined();
    expect(svg).toContain(`: ${xml(german!.translations!.de!.name!)}`);
  });

  it('refuses --to png with a reason and the way to SVG; an unknown view names the views', async () => {
    const png = fakeIo();
    expect(await main(['export', MODEL, '--to', 'png'], png.io)).toBe(2);
    expect(png.errors()).toMatch(/--to png needs a browser.*--to svg/);
    const german = fakeIo();
    expect(await main(['export', MODEL, '--to', 'png', '--lang', 'de'], german.io)).toBe(2);
    expect(german.errors()).toMatch(/--to png braucht einen Browser.*--to svg/);
    const korean = fakeIo();
    expect(await main(['export', MODEL, '--to', 'png', '--lang', 'ko'], korean.io)).toBe(2);
    expect(korean.errors()).toMatch(/--to png은 텍스트를 그릴 브라우저가 필요합니다/);
    const { code, errors } = await exportSvg('--view', 'nowhere');
    expect(code).toBe(2);
    expect(errors).toContain('Views: full, client, customer, internal');
  });
});
