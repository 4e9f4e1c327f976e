// Small documents for the io tests, built through the schema so defaults are filled in.
import type { RefDocument, RefDocumentInput } from '../../../src/core/model/schema.ts';
import { RefDocument as Schema } from '../../../src/core/model/schema.ts';

/** A valid document with the shipped lanes (client/provider/customer × sales/operations) and the given content. */
export function sampleDocument(
  content: Pick<RefDocumentInput, 'elements' | 'relations' | 'designGoals' | 'views' | 'structuralGoals'> = {},
): RefDocument {
  return Schema.parse({
    formatVersion: 1,
    meta: { id: 'sample', name: 'Sample', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
    macroStructure: {
      areas: [
        { id: 'sales', name: 'Sales', colour: '#5b6b8c' },
        { id: 'operations', name: 'Operations', colour: '#5f8a7a' },
      ],
      roles: [
        { id: 'client', name: 'Client', colour: '#1f77b4' },
        { id: 'provider', name: 'Provider', colour: '#2a9d8f' },
        { id: 'customer', name: 'Customer', colour: '#e07b24' },
      ],
    },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
    views: [{ id: 'full', name: 'Full model', perspective: 'full', elements: 'all' }],
    ...content,
  });
}

/** One element of each category, with the relations the metamodel allows between them. */
export function everyCategory(): RefDocument {
  return sampleDocument({
    elements: [
      { id: 'inquiry', type: 'inquiry', name: 'Inquiry', area: 'operations', role: 'customer' },
      { id: 'service', type: 'delivery-process', name: 'Handle inquiry', area: 'operations', role: 'provider' },
      { id: 'analysis', type: 'analysis-process', name: 'Analyse feedback', area: 'sales', role: 'provider' },
      {
        id: 'sl',
        type: 'quality-measure',
        name: 'Service level',
        area: 'operations',
        role: 'provider',
        properties: { metricCategory: 'On Time' },
      },
      { id: 'objective', type: 'objective', name: 'Loyal customers', area: null, role: 'client' },
      { id: 'agent', type: 'job-role', name: 'Agent', area: 'operations', role: 'provider' },
      { id: 'crm', type: 'operational-crm-system', name: 'CRM system', area: null, role: null },
    ],
    relations: [
      { id: 'r1', type: 'input', source: 'inquiry', target: 'service' },
      { id: 'r2', type: 'knowledge-flow', source: 'service', target: 'analysis' },
      { id: 'r3', type: 'measures', source: 'sl', target: 'service' },
      { id: 'r4', type: 'serves', source: 'service', target: 'objective' },
      { id: 'r5', type: 'responsible-for', source: 'agent', target: 'service' },
      { id: 'r6', type: 'supports', source: 'crm', target: 'service', label: 'logs every call' },
    ],
  });
}

/** A new, empty model: no lanes, no elements, no views. */
export function blankDocument(): RefDocument {
  return Schema.parse({
    formatVersion: 1,
    meta: { id: 'blank', name: 'Blank', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
    macroStructure: { areas: [], roles: [] },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
  });
}
