import type { Element, RefDocument, Relation } from '../../src/core/model/schema.ts';
import { RefDocument as Schema } from '../../src/core/model/schema.ts';

const objectTypes = ['account', 'lead', 'contact', 'inquiry', 'support', 'product', 'data-record'];
const processTypes = ['delivery-process', 'analysis-process', 'management-process', 'support-process'];
const areas = ['sales', 'management', 'operations'];
const roles = ['client', 'provider', 'customer'];
// The shipped reference model's lane colours, so a generated view looks like a real one.
const AREA_COLOURS = ['#5b6b8c', '#7a6a9a', '#5f8a7a'];
const ROLE_COLOURS = ['#1f77b4', '#2a9d8f', '#e07b24'];

/**
 * A large, valid, deterministic model for benchmarks and stress tests:
 * `size` elements (objects, processes, measures) and about `relationsPerElement` × size relations.
 */
export function generateDocument(size: number, relationsPerElement = 2): RefDocument {
  const elements: Element[] = [];
  for (let i = 0; i < size; i++) {
    const kind = i % 5;
    const type =
      kind === 4
        ? 'quality-measure'
        : kind >= 2
          ? processTypes[i % processTypes.length]!
          : objectTypes[i % objectTypes.length]!;
    elements.push({
      id: `e${i}`,
      type,
      name: `${type} ${i}`,
      description: '',
      area: areas[i % 3]!,
      role: roles[Math.floor(i / 3) % 3]!,
      optional: false,
      properties: type === 'quality-measure' ? { metricCategory: 'On Time' } : {},
      provenance: { note: '' },
      goals: [],
    });
  }
  const relations: Relation[] = [];
  const isProcess = (el: Element) => processTypes.includes(el.type);
  for (let i = 0; i < size * relationsPerElement; i++) {
    const a = elements[(i * 7919) % size]!;
    const b = elements[(i * 104_729 + 13) % size]!;
    const type =
      a.type === 'quality-measure'
        ? isProcess(b)
          ? 'measures'
          : null
        : isProcess(a)
          ? isProcess(b)
            ? 'flow'
            : b.type === 'quality-measure'
              ? null
              : 'output'
          : isProcess(b)
            ? 'input'
            : b.type === 'quality-measure'
              ? null
              : 'refers-to';
    if (type && a.id !== b.id) relations.push({ id: `r${i}`, type, source: a.id, target: b.id, label: '' });
  }
  return Schema.parse({
    formatVersion: 1,
    meta: {
      id: 'generated',
      name: `Generated model of ${size} elements`,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    },
    macroStructure: {
      areas: areas.map((id, i) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), colour: AREA_COLOURS[i]! })),
      roles: roles.map((id, i) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), colour: ROLE_COLOURS[i]! })),
    },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
    elements,
    relations,
    views: [{ id: 'full', name: 'Full model', perspective: 'full', elements: 'all' }],
  });
}
