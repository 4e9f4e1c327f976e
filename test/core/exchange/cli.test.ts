import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { fakeIo } from '../../support/fake-io.ts';

const SHIPPED = 'models/reference/crm-bpo.json';

describe('refmod export --to archimate|drawio and refmod import of .xml and .drawio', () => {
  it('exports ArchiMate, lists what travels as properties, and imports it back to the same model', async () => {
    const out = fakeIo();
    expect(await main(['export', SHIPPED, '--to', 'archimate', '-o', 'model.xml'], out.io)).toBe(0);
    expect(out.written['model.xml']).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<model xmlns="http:\/\/www.opengroup.org\/xsd\/archimate\/3.0\/"/,
    );
    expect(out.errors()).toMatch(/refmod: properties/);
    const back = fakeIo({ 'model.xml': out.written['model.xml']! });
    expect(await main(['import', 'model.xml', '-o', 'back.json'], back.io)).toBe(0);
    const original = importDocument(out.io.readFile(SHIPPED), crmBpoMetamodel);
    expect(original.ok && back.written['back.json']).toBe(original.ok && exportDocument(original.document));
  });

  it('exports one view as draw.io and imports it into a model with the same lanes', async () => {
    const out = fakeIo();
    expect(await main(['export', SHIPPED, '--to', 'drawio', '--view', 'client', '-o', 'client.drawio'], out.io)).toBe(
      0,
    );
    expect(out.written['client.drawio']!.match(/<diagram /g)).toHaveLength(1);
    const back = fakeIo({ 'client.drawio': out.written['client.drawio']! });
    const code = await main(
      ['import', 'client.drawio', '--into', 'models/templates/blank.json', '-o', 'c.json'],
      back.io,
    );
    expect(code).toBe(0);
    const doc = importDocument(back.written['c.json']!, crmBpoMetamodel);
    expect(doc.ok && doc.document.elements.length).toBeGreaterThan(20);
    expect(back.errors()).toMatch(/elements \(0 already in the model\), \d+ relations; views drawio-import/);
  });

  it('refuses a broken file with exit 2 and writes nothing', async () => {
    const bad = fakeIo({
      'bad.xml': '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"><name>x',
      'bad.drawio': '<mxfile><diagram>eJx</diagram></mxfile>',
    });
    expect(await main(['import', 'bad.xml', '-o', 'out.json'], bad.io)).toBe(2);
    expect(await main(['import', 'bad.drawio', '-o', 'out.json'], bad.io)).toBe(2);
    expect(bad.written).toEqual({});
    expect(bad.errors()).toMatch(/not well-formed XML/);
    expect(bad.errors()).toMatch(/compressed/);
  });
});
