import { readFileSync } from 'node:fs';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { Element, RefDocument } from '../../../src/core/model/schema.ts';
import { RefDocument as Schema } from '../../../src/core/model/schema.ts';

/** The shipped reference model, as a user opens it. */
export function shippedModel(): RefDocument {
  const result = importDocument(
    readFileSync(new URL('../../../models/reference/crm-bpo.json', import.meta.url), 'utf8'),
    crmBpoMetamodel,
  );
  if (!result.ok) throw new Error(`the shipped model does not import: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.document;
}

/** A small model with two lanes of each kind, a goal, four elements, three relations and two views. */
export function smallModel(): RefDocument {
  const element = (
    id: string,
    type: string,
    name: string,
    area: string,
    role: string,
    properties: Element['properties'] = {},
  ) => ({ id, type, name, area, role, properties });
  return Schema.parse({
    formatVersion: 1,
    meta: {
      id: 'small',
      name: 'Small CRM model',
      version: '1.0.0',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      sources: [{ id: 'src1', label: 'Geib et al. 2005' }],
    },
    structuralGoals: [
      {
        id: 'g1',
        kind: 'purpose',
        text: 'Describe CRM in BPO',
        perspective: 'all',
        acceptance: 'Covers sales and service',
      },
    ],
    macroStructure: {
      areas: [
        { id: 'sales', name: 'Sales', colour: '#111111' },
        { id: 'operations', name: 'Operations', colour: '#222222' },
      ],
      roles: [
        { id: 'client', name: 'Client', colour: '#333333' },
        { id: 'provider', name: 'Provider', colour: '#444444' },
      ],
    },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
    elements: [
      element('lead', 'lead', 'Lead', 'sales', 'client', { qualification: 'cold' }),
      element('qualify', 'delivery-process', 'Qualify lead', 'sales', 'provider'),
      element('account', 'account', 'Account', 'sales', 'client'),
      element('speed', 'quality-measure', 'Speed of answer', 'operations', 'provider', { metricCategory: 'On Time' }),
    ],
    relations: [
      { id: 'r1', type: 'input', source: 'lead', target: 'qualify' },
      { id: 'r2', type: 'output', source: 'qualify', target: 'account' },
      { id: 'r3', type: 'measures', source: 'speed', target: 'qualify' },
    ],
    views: [
      {
        id: 'full',
        name: 'Full model',
        perspective: 'full',
        elements: 'all',
        positions: { lead: { x: 0, y: 0 }, qualify: { x: 200, y: 0 } },
      },
      {
        id: 'client',
        name: 'Client view',
        perspective: 'client',
        elements: ['lead', 'account'],
        positions: { lead: { x: 10, y: 10 } },
      },
    ],
  });
}
