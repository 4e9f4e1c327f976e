import type { Draft } from 'immer';
import { perform, startHistory } from '../../../src/core/commands/history.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { Element, RefDocument, Relation, type RefDocumentInput } from '../../../src/core/model/schema.ts';
import { findingsFor, type Finding, type ValidationOptions } from '../../../src/core/validation/index.ts';
import { produce } from 'immer';

export const metamodel = crmBpoMetamodel;

/** An element in the operations area and the provider role, serving goal g1, unless told otherwise. */
export function element(id: string, type: string, extra: Partial<Element> = {}): Element {
  return Element.parse({
    id,
    type,
    name: extra.name ?? id,
    area: 'operations',
    role: 'provider',
    goals: ['g1'],
    ...extra,
  });
}

export function relation(id: string, type: string, source: string, target: string): Relation {
  return Relation.parse({ id, type, source, target });
}

/**
 * A small model that breaks no rule: one process with an input and an output object, a measure and a
 * responsible role, one goal for all perspectives, one lane of each kind, a naming rule and a view per perspective.
 */
export function cleanModel(): RefDocument {
  const elements = [
    element('p1', 'delivery-process', { name: 'Handle inquiry' }),
    element('o1', 'inquiry', { name: 'Inquiry' }),
    element('o2', 'support', { name: 'Support case' }),
    element('m1', 'quality-measure', { name: 'Inquiry response time', properties: { metricCategory: 'On Time' } }),
    element('r1', 'job-role', { name: 'Agent' }),
  ];
  const ids = elements.map((e) => e.id);
  const input: RefDocumentInput = {
    formatVersion: 1,
    meta: {
      id: 'clean',
      name: 'Clean model',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    },
    structuralGoals: [
      {
        id: 'g1',
        kind: 'purpose',
        text: 'Support CRM service delivery in BPO',
        perspective: 'all',
        acceptance: "Every view answers its readers' questions in a workshop.",
      },
    ],
    macroStructure: {
      areas: [{ id: 'operations', name: 'Operations', colour: '#5f8a7a' }],
      roles: [{ id: 'provider', name: 'Provider', colour: '#2a9d8f' }],
    },
    designGoals: {
      namingRules: [
        {
          id: 'nr-process',
          appliesTo: 'category:process',
          pattern: '^\\p{Lu}\\p{Ll}+ \\S.*$',
          description: 'verb + noun',
          example: 'Handle inquiry',
        },
      ],
    },
    method: { methodId: 'crm-bpo-construction', currentStep: 'structural-goals' },
    elements,
    relations: [
      relation('x1', 'input', 'o1', 'p1'),
      relation('x2', 'output', 'p1', 'o2'),
      relation('x3', 'measures', 'm1', 'p1'),
      relation('x4', 'responsible-for', 'r1', 'p1'),
    ],
    views: [
      { id: 'full', name: 'Full model', perspective: 'full', elements: 'all' },
      ...(['client', 'customer', 'internal'] as const).map((p) => ({
        id: p,
        name: `${p} view`,
        perspective: p,
        elements: ids,
      })),
    ],
  };
  return RefDocument.parse(input);
}

/** The clean model after a change, made with immer as the store makes it (unchanged parts keep their identity). */
export function changed(recipe: (draft: Draft<RefDocument>) => void, base = cleanModel()): RefDocument {
  return produce(base, recipe);
}

/** The findings of one rule. */
export function findingsOf(rule: string, doc: RefDocument, options?: ValidationOptions): Finding[] {
  return findingsFor(doc, metamodel, options).filter((f) => f.rule === rule);
}

/** Applies a finding's quick fix as the store would: one undoable step. */
export function applyFix(doc: RefDocument, finding: Finding): RefDocument {
  if (!finding.fix) throw new Error(`${finding.rule} offers no fix`);
  return perform(startHistory(doc), finding.fix.edit).document;
}

/** Patterns that hang JavaScript's own engine on a long name: nested, overlapping and stacked repetition. */
export const HOSTILE_PATTERNS = [
  '^(a+)+$',
  '^(a|a)+$',
  '^(a|aa)+$',
  '(\\w*)*x',
  '^\\w*\\w*\\w*\\w*\\w*\\w*$',
  '(.*a){12}$',
  '^(\\w+\\s?)+$',
  '^(?=(a*)*$)b',
];
