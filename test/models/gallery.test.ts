import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument } from '../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { Gallery } from '../../src/core/model/gallery.ts';
import { findingsFor } from '../../src/core/validation/index.ts';
import { modelJson, modelText } from './load.ts';

const gallery = Gallery.parse(modelJson('index.json'));

describe('the gallery of shipped models', () => {
  it('lists a reference model, an architecture, a catalogue model and a template', () => {
    expect(new Set(gallery.map((g) => g.kind))).toEqual(new Set(['reference', 'architecture', 'catalogue-model', 'template']));
    expect(gallery.map((g) => g.id)).toContain('crm-bpo');
  });

  it('rejects an entry with a two-line description or a file outside models/', () => {
    const entry = { id: 'x', file: 'reference/x.json', title: 'X', description: 'One line.', kind: 'reference' };
    expect(Gallery.safeParse([entry]).success).toBe(true);
    expect(Gallery.safeParse([{ ...entry, description: 'One\ntwo' }]).success).toBe(false);
    expect(Gallery.safeParse([{ ...entry, file: '../secret.json' }]).success).toBe(false);
    expect(Gallery.safeParse([entry, entry]).success).toBe(false);
  });

  describe.each(gallery)('$title ($file)', (entry) => {
    const text = modelText(entry.file);
    const result = importDocument(text, crmBpoMetamodel);

    it('imports with the CRM-in-BPO metamodel, under the id the gallery lists', () => {
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(result.ok && result.document.meta.id).toBe(entry.id);
    });

    it('has no validation errors under the default profile', () => {
      if (!result.ok) return expect.unreachable('the model does not import');
      const errors = findingsFor(result.document, crmBpoMetamodel).filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    });

    it('is stored canonically, so saving it unchanged gives no diff', () => {
      if (!result.ok) return expect.unreachable('the model does not import');
      expect(exportDocument(result.document)).toBe(text);
    });

    it('cites a listed source and gives a plain description for every element', () => {
      if (!result.ok) return expect.unreachable('the model does not import');
      const sources = new Set(result.document.meta.sources.map((s) => s.id));
      const uncited = result.document.elements.filter((e) => !e.provenance.source || !sources.has(e.provenance.source) || e.description.trim().length < 20);
      expect(uncited.map((e) => e.id)).toEqual([]);
    });
  });
});
