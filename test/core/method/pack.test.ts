import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { metamodelForFile } from '../../../src/core/metamodel/file-metamodel.ts';
import { metamodelFor } from '../../../src/core/metamodel/registry.ts';
import { methodProblems } from '../../../src/core/method/engine.ts';
import { newModel } from '../../../src/core/method/new-model.ts';
import { packJsonSchema } from '../../../src/core/method/pack-json-schema.ts';
import { loadPack, looksLikePack } from '../../../src/core/method/pack.ts';
import { GoalKind, ViewPerspectiveId } from '../../../src/core/method/schema.ts';
import { methodFor, shippedMethods, shippedPacks } from '../../../src/core/method/shipped.ts';
import { StructuralGoal, ViewPerspective, type Element } from '../../../src/core/model/schema.ts';
import { createValidator, profileById, profiles } from '../../../src/core/validation/index.ts';

const manifest = JSON.parse(readFileSync('models/manifest.json', 'utf8')) as Record<string, string[]>;
const gom = JSON.parse(readFileSync('models/packs/gom-becker-schuette.refmod-pack.json', 'utf8')) as unknown;

/** A pack with its own tiny metamodel, a one-step method and a profile. */
function tinyPack(): unknown {
  return {
    packFormat: 1,
    id: 'tiny',
    name: 'Tiny pack',
    version: '0.1.0',
    metamodel: {
      id: 'tiny-mm',
      name: 'Tiny',
      version: '1',
      categories: [{ id: 'thing', label: 'Thing', shape: 'rounded' }],
      elementTypes: [{ id: 'widget', label: 'Widget', category: 'thing' }],
      relationTypes: [{ id: 'feeds', label: 'feeds', allowed: [{ from: ['widget'], to: ['widget'] }] }],
    },
    method: {
      id: 'tiny-method',
      name: 'Tiny method',
      version: '1',
      description: 'One step.',
      phases: [{ id: 'only', title: 'Only' }],
      steps: [
        {
          id: 'build',
          phase: 'only',
          title: 'Build widgets',
          purpose: 'Model the widgets.',
          guidance: ['Add widgets.'],
          example: ['Widget A feeds widget B.'],
          questions: ['Which widgets?', 'Which feeds?', 'Why?'],
          artifacts: [{ id: 'widgets', name: 'Widgets', evidence: { of: 'elements', select: ['widget'] } }],
          palette: { elements: ['widget'], relations: ['feeds'] },
          references: [{ label: 'Nobody 2026', citation: 'Nobody (2026). Widgets.' }],
        },
      ],
    },
    profile: { id: 'tiny-strict', name: 'Tiny, strict', severities: { 'element.isolated': 'error' } },
  };
}

describe('shipped data through the manifest', () => {
  it('loads every method, checklist, profile and pack models/manifest.json lists, in its order', () => {
    expect(shippedMethods.map((m) => m.id)).toEqual([
      'crm-bpo-construction',
      'schuette-1998',
      'matook-indulska-2009',
      'gom-guidelines',
    ]);
    expect(shippedChecklists).toHaveLength(manifest.checklists!.length);
    expect(profiles.map((p) => p.id)).toEqual(['default', 'publication']);
    expect(shippedPacks.map((p) => p.id)).toEqual(['gom-becker-schuette']);
  });

  it('ships a worked example pack whose method fits the metamodel it uses', () => {
    const loaded = loadPack(gom);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.pack.method!.steps).toHaveLength(5);
    expect(loaded.pack.checklists[0]!.criteria.map((c) => c.principle)).toEqual([
      'correctness',
      'relevance',
      'economic-efficiency',
      'clarity',
      'comparability',
      'systematic-design',
    ]);
    expect(methodProblems(loaded.pack.method!, metamodelFor({ pack: loaded.pack }))).toEqual([]);
  });

  it('publishes the JSON Schema of method packs (regenerate with refmod schema --pack)', () => {
    const published = JSON.parse(readFileSync('public/schema/method-pack.schema.json', 'utf8')) as unknown;
    expect(published).toEqual(packJsonSchema());
  });

  it("spells out the document's goal kinds and view perspectives unchanged", () => {
    expect(GoalKind.options).toEqual(StructuralGoal.shape.kind.options);
    expect(ViewPerspectiveId.options).toEqual(ViewPerspective.options);
  });
});

describe('method packs', () => {
  it('refuses an empty pack and a broken step, each with its path', () => {
    expect(loadPack({ packFormat: 1, id: 'x', name: 'X', version: '1' })).toEqual({
      ok: false,
      errors: [
        { path: '(document)', message: 'A method pack holds at least one of: metamodel, method, checklists, profile.' },
      ],
    });
    const broken = tinyPack() as { method: { steps: { questions: string[] }[] } };
    broken.method.steps[0]!.questions = ['Only one?'];
    const result = loadPack(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['method.steps[0].questions']);
    expect(looksLikePack(gom)).toBe(true);
    expect(looksLikePack({ formatVersion: 1 })).toBe(false);
  });

  it('starts a model that carries the pack, follows its method and profile, and reads back the same from its file', () => {
    const pack = loadPack(tinyPack());
    if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
    const made = newModel({ name: 'Widgets', pack: pack.pack, now: '2026-03-01T09:00:00.000Z' });
    if (!made.ok) throw new Error(made.message);
    const doc = made.document;
    expect(doc.method).toMatchObject({ methodId: 'tiny-method', currentStep: 'build' });
    expect(doc.validation.profile).toBe('tiny-strict');
    expect(methodFor(doc)?.name).toBe('Tiny method');
    expect(profileById('tiny-strict', doc)?.name).toBe('Tiny, strict');
    expect(profileById('tiny-strict')).toBeUndefined();

    const withWidgets = {
      ...doc,
      elements: [
        { ...elementOf('w1'), type: 'widget' },
        { ...elementOf('w2'), type: 'widget' },
      ],
    };
    const text = exportDocument(withWidgets);
    // Read with the CRM-in-BPO metamodel, "widget" is unknown; with the pack's own it is fine.
    expect(importDocument(text, crmBpoMetamodel).ok).toBe(false);
    const read = importDocument(text, metamodelForFile(JSON.parse(text)));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.document.pack).toEqual(doc.pack);
    const report = createValidator(metamodelFor(read.document)).run(read.document);
    expect(report.profile.id).toBe('tiny-strict');
    expect(report.findings.filter((f) => f.rule === 'element.isolated').map((f) => f.severity)).toEqual([
      'error',
      'error',
    ]);
  });

  it('takes a shipped pack along when a model starts with its method', () => {
    const made = newModel({ name: 'GoM model', methodId: 'gom-guidelines' });
    if (!made.ok) throw new Error(made.message);
    expect(made.document.pack?.id).toBe('gom-becker-schuette');
    expect(made.document.validation.profile).toBe('gom-strict');
  });
});

function elementOf(id: string): Omit<Element, 'type'> {
  return {
    id,
    name: `Widget ${id}`,
    description: '',
    area: 'sales',
    role: 'client',
    optional: false,
    properties: {},
    provenance: { note: '' },
    goals: [],
  };
}
