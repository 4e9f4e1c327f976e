import { readFileSync } from 'node:fs';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { EvaluationRecord } from '../../../src/core/model/evaluation-record.ts';
import type { PropertyValue, RefDocument } from '../../../src/core/model/schema.ts';
import { RefDocument as Schema } from '../../../src/core/model/schema.ts';

export interface ElementSpec {
  id: string;
  type: string;
  name?: string;
  role?: string | null;
  properties?: Record<string, PropertyValue>;
}

/** A small valid model from element specs and [type, source, target] relations, with the Client/Provider/Customer roles. */
export function model(
  elements: ElementSpec[],
  relations: [string, string, string][] = [],
  evaluations: unknown[] = [],
): RefDocument {
  return Schema.parse({
    formatVersion: 1,
    meta: { id: 'test', name: 'Test model', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
    macroStructure: {
      areas: [{ id: 'operations', name: 'Operations', colour: '#777777' }],
      roles: ['client', 'provider', 'customer'].map((id) => ({
        id,
        name: id[0]!.toUpperCase() + id.slice(1),
        colour: '#777777',
      })),
    },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
    elements: elements.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name ?? e.id,
      area: 'operations',
      role: e.role === undefined ? 'provider' : e.role,
      properties: e.properties ?? {},
    })),
    relations: relations.map(([type, source, target], i) => ({ id: `r${i}`, type, source, target })),
    evaluations,
  });
}

/** The shipped reference model as it is on disk. */
export function shippedModel(): RefDocument {
  const result = importDocument(readFileSync('models/reference/crm-bpo.json', 'utf8'), crmBpoMetamodel);
  if (!result.ok) throw new Error(`the shipped model does not import: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.document;
}

/** A session with the given scores; everything else defaulted. */
export function session(
  id: string,
  perspectives: ('client' | 'customer' | 'internal')[],
  scores: Record<string, number | 'na' | null>,
  extra: Record<string, unknown> = {},
): EvaluationRecord {
  return EvaluationRecord.parse({
    id,
    title: `Session ${id}`,
    perspectives,
    evaluator: { name: `Evaluator ${id}` },
    date: '2026-03-01',
    modelHash: '0123456789abcdef',
    checklists: [],
    scores: Object.fromEntries(Object.entries(scores).map(([k, score]) => [k, { score }])),
    ...extra,
  });
}
