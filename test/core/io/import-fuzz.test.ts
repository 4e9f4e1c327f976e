import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument, importValue } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { compilePattern, findingsFor } from '../../../src/core/validation/index.ts';
import { HOSTILE_PATTERNS } from '../validation/fixtures.ts';
import { shippedModel } from '../../support/models.ts';
import { exportArchimate } from '../../../src/core/exchange/archimate/export.ts';
import { importArchimate } from '../../../src/core/exchange/archimate/import.ts';
import { exportDrawio } from '../../../src/core/exchange/drawio/export.ts';
import { importDrawio } from '../../../src/core/exchange/drawio/import.ts';
import { documentProblems } from '../../../src/core/model/document-problems.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';

/** The shipped model cut to its first 25 elements: every part of the format, small enough for thousands of runs. */
function smallModel(): unknown {
  const doc = shippedModel();
  const keep = new Set(doc.elements.slice(0, 25).map((e) => e.id));
  const views = doc.views.map((v) => ({
    ...v,
    elements: v.elements === 'all' ? v.elements : v.elements.filter((id) => keep.has(id)),
    positions: Object.fromEntries(Object.entries(v.positions).filter(([id]) => keep.has(id))),
  }));
  const relations = doc.relations.filter((r) => keep.has(r.source) && keep.has(r.target));
  return JSON.parse(
    exportDocument({ ...doc, elements: doc.elements.filter((e) => keep.has(e.id)), relations, views, evaluations: [] }),
  );
}
const base = smallModel();

/** Replaces the value at a random path of a JSON tree, or deletes it. */
function mutateAt(tree: unknown, picks: number[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(tree);
  let node: any = copy;
  for (let i = 0; i < picks.length; i++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[picks[i]! % keys.length]!;
    const last = i === picks.length - 1 || typeof node[key] !== 'object' || node[key] === null;
    if (last) {
      if (remove && Array.isArray(node)) node.splice(Number(key), 1);
      else if (remove) delete node[key];
      else node[key] = replacement;
      break;
    }
    node = node[key];
  }
  return copy;
}

const expectStructured = (result: ReturnType<typeof importDocument>) => {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors)
      expect(typeof e.message === 'string' && e.message.length > 0 && typeof e.path === 'string').toBe(true);
  }
};

// 7,000 random + 3,000 mutated + 300 round-trip inputs: the 10,000-input fuzz of the import.
describe('import under random and mutated input', () => {
  it('never throws on random text and JSON values, and always says what is wrong', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expectStructured(importDocument(text, crmBpoMetamodel));
        },
      ),
      { numRuns: 7000 },
    );
  });

  it('never throws on mutations of a real model, and never half-loads one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.jsonValue(),
        fc.boolean(),
        (picks, replacement, remove) => {
          const result = importValue(mutateAt(base, picks, replacement, remove), crmBpoMetamodel);
          expectStructured(result);
          if (result.ok) expect(importDocument(exportDocument(result.document), crmBpoMetamodel).ok).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('round-trips any model it accepts to identical text', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.string(), (picks, name) => {
        const result = importValue(mutateAt(base, [4, ...picks], name, false), crmBpoMetamodel);
        if (!result.ok) return;
        const text = exportDocument(result.document);
        const again = importDocument(text, crmBpoMetamodel);
        expect(again.ok && exportDocument(again.document)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  // Rules arrive from files: random and hostile patterns, on names built to trigger backtracking.
  it('validates models with random naming rules and user rules, each run within its time bound', () => {
    const regexText = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...HOSTILE_PATTERNS),
      fc
        .array(
          fc.constantFrom('(', ')', 'a', '+', '*', '?', '|', '\\w', '.', '{2,}', '^', '$', '[a-]', '(?=', '(?!', '\\1'),
          { maxLength: 20 },
        )
        .map((parts) => parts.join('')),
    );
    const longName = fc.constantFrom(`${'a'.repeat(199)}!`, `${'1'.repeat(199)} `, 'a '.repeat(100).trim());
    fc.assert(
      fc.property(regexText, regexText, longName, (naming, user, name) => {
        const doc = structuredClone(base) as any;
        doc.designGoals.namingRules = [
          { id: 'nr-fuzz', appliesTo: 'category:process', pattern: naming, description: 'Fuzzed', example: '' },
        ];
        doc.validation.rules = [
          {
            id: 'fuzz',
            title: 'Fuzzed',
            kind: 'naming',
            appliesTo: 'category:process',
            pattern: user,
            severity: 'warning',
          },
        ];
        for (const el of doc.elements) el.name = name;
        const result = importValue(doc, crmBpoMetamodel);
        expectStructured(result);
        if (!result.ok) return;
        const start = performance.now();
        const findings = findingsFor(result.document, crmBpoMetamodel);
        // A backtracking pattern on these names would run for years; 5 s tells it from a loaded machine.
        expect(performance.now() - start).toBeLessThan(5_000);
        // A rule that cannot run is a finding that names it.
        if (!compilePattern(naming).ok)
          expect(findings.some((f) => f.rule === 'naming.rule' && f.subjects?.includes('nr-fuzz'))).toBe(true);
        if (!compilePattern(user).ok)
          expect(findings.some((f) => f.rule === 'user.fuzz' && f.subjects?.includes('fuzz'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** Random damage to a text: cut it, overwrite, insert or delete a stretch, at positions drawn by fast-check. */
const damaged = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.constantFrom('cut', 'overwrite', 'insert', 'delete'), fc.string({ maxLength: 12 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) =>
      edits.reduce((t, [at, how, piece]) => {
        const i = at % (t.length + 1);
        if (how === 'cut') return t.slice(0, i);
        if (how === 'insert') return t.slice(0, i) + piece + t.slice(i);
        if (how === 'delete') return t.slice(0, i) + t.slice(i + piece.length + 1);
        return t.slice(0, i) + piece + t.slice(i + piece.length);
      }, text),
    );
const xmlish = fc.oneof(
  fc.string(),
  fc
    .array(fc.constantFrom('<', '>', '/', '=', '"', '&', ';', 'model', 'mxCell', 'mxfile', ' ', 'x', '#'), {
      maxLength: 60,
    })
    .map((p) => p.join('')),
);

describe('exchange imports (ArchiMate, draw.io) under random and damaged input', () => {
  const doc = base as RefDocument;
  const archimate = exportArchimate(doc, crmBpoMetamodel).xml;
  const drawio = exportDrawio(doc, { metamodel: crmBpoMetamodel });
  const before = JSON.stringify(doc);

  it('ArchiMate: never throws, and returns a whole valid model or errors', () => {
    let loaded = 0;
    fc.assert(
      fc.property(fc.oneof(xmlish, damaged(archimate)), (text) => {
        const result = importArchimate(text, crmBpoMetamodel);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
        } else {
          expect(documentProblems(result.document, crmBpoMetamodel)).toEqual([]);
          loaded++;
        }
      }),
      { numRuns: 1000, seed: 19 },
    );
    // Some damage leaves a readable file (a changed name, a dropped relationship): the ok branch is exercised.
    expect(loaded).toBeGreaterThan(20);
  });

  it('draw.io: never throws, never touches the open model, and imports all or nothing', () => {
    let loaded = 0;
    fc.assert(
      fc.property(fc.oneof(xmlish, damaged(drawio)), (text) => {
        const result = importDrawio(text, doc, { metamodel: crmBpoMetamodel });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
        } else {
          expect(documentProblems(result.document, crmBpoMetamodel)).toEqual([]);
          expect(result.document.views.length).toBeGreaterThan(doc.views.length);
          loaded++;
        }
        expect(JSON.stringify(doc)).toBe(before);
      }),
      { numRuns: 1000, seed: 19 },
    );
    expect(loaded).toBeGreaterThan(20);
  });
});
