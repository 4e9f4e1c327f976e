/**
 * The mapping between the CRM-BPO metamodel and ArchiMate 3.1/3.2 (The Open Group's Open Exchange Format).
 * README.md ("ArchiMate mapping") shows these tables to users; keep both in step.
 */

import { RefDocument } from '../../model/schema.ts';

export const ARCHIMATE_NS = 'http://www.opengroup.org/xsd/archimate/3.0/';
export const ARCHIMATE_SCHEMA_LOCATION = `${ARCHIMATE_NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

export interface ElementMapping {
  archimate: string;
  reason: string;
}

/** The ArchiMate element of each metamodel category; `ELEMENT_TYPE_MAPPING` refines some element types. */
export const CATEGORY_MAPPING: Readonly<Record<string, ElementMapping>> = {
  'business-object': {
    archimate: 'BusinessObject',
    reason: 'passive business information that processes read and write',
  },
  process: { archimate: 'BusinessProcess', reason: 'a sequence of business behaviour with a result' },
  'quality-measure': {
    archimate: 'Outcome',
    reason:
      'ArchiMate has no metric element; its Outcome is a measurable end result, as a metric with a unit and a target is. Definition, unit, target and metric category go along as properties',
  },
  goal: { archimate: 'Goal', reason: 'a high-level statement of intent' },
  'organisational-role': { archimate: 'BusinessRole', reason: 'a responsibility for behaviour' },
  'information-system': { archimate: 'ApplicationComponent', reason: 'a modular piece of application software' },
};

export const ELEMENT_TYPE_MAPPING: Readonly<Record<string, ElementMapping>> = {
  'organisational-unit': { archimate: 'BusinessActor', reason: 'an organisational entity, not a responsibility' },
  strategy: { archimate: 'CourseOfAction', reason: 'an approach to reach a goal' },
};

/** The ArchiMate element type a Refmod element type exports as. */
export function archimateElementType(type: string, category: string | undefined): string {
  return ELEMENT_TYPE_MAPPING[type]?.archimate ?? CATEGORY_MAPPING[category ?? '']?.archimate ?? 'BusinessObject';
}

export type ArchimateRelationship =
  'Access' | 'Aggregation' | 'Assignment' | 'Association' | 'Flow' | 'Influence' | 'Realization' | 'Serving';

export interface RelationMapping {
  archimate: ArchimateRelationship;
  /** ArchiMate draws it the other way round (e.g. a process accesses the object that is its input). */
  reversed: boolean;
  accessType?: 'Read' | 'Write' | 'ReadWrite';
  /** An association with a direction. */
  directed?: boolean;
}

/**
 * The ArchiMate relationship for a Refmod relation between two ArchiMate element types. Every result is allowed by
 * ArchiMate 3.2's relationship table (Appendix B) for the element types the mapping above produces; a test checks it.
 */
export function archimateRelationship(type: string, source: string, target: string): RelationMapping {
  switch (type) {
    case 'input':
      return { archimate: 'Access', reversed: true, accessType: 'Read' };
    case 'output':
      return { archimate: 'Access', reversed: false, accessType: 'Write' };
    case 'stores':
      return { archimate: 'Access', reversed: false, accessType: 'ReadWrite' };
    case 'flow':
    case 'knowledge-flow':
      return { archimate: 'Flow', reversed: false };
    case 'measures':
      return { archimate: 'Realization', reversed: true };
    case 'supports':
      return { archimate: 'Serving', reversed: false };
    case 'responsible-for':
      return { archimate: 'Assignment', reversed: false };
    case 'belongs-to':
      return { archimate: 'Aggregation', reversed: true };
    case 'serves':
    case 'implements':
      // Goals only influence goals, and a course of action does not realize another one.
      if (source === 'Goal' && target === 'Goal') return { archimate: 'Influence', reversed: false };
      if (source === target) return { archimate: 'Association', reversed: false, directed: true };
      return { archimate: 'Realization', reversed: false };
    default:
      return { archimate: 'Association', reversed: false, directed: true };
  }
}

/** Relation-type explanations for the README and the export notes: why each relation becomes what it does. */
export const RELATION_REASONS: Readonly<Record<string, string>> = {
  input: 'Access (read), drawn from the process to the object: in ArchiMate behaviour accesses passive structure',
  output: 'Access (write), from the process to the object',
  stores: 'Access (read/write), from the application component to the object',
  flow: 'Flow',
  'knowledge-flow': 'Flow; the Refmod type is kept as a property',
  measures: 'Realization from the process to the measure: the process realizes the measured outcome',
  supports: 'Serving: the application component serves the process',
  'responsible-for': 'Assignment of the actor or role to the process',
  'belongs-to': 'Aggregation, from the whole to its part',
  'refers-to': 'Association (directed)',
  serves: 'Realization (Influence between two goals)',
  implements: 'Realization (directed Association between two courses of action)',
};

/** The Refmod element type for an ArchiMate element from another tool; absent: not imported. */
export const FROM_ARCHIMATE: Readonly<Record<string, string>> = {
  BusinessObject: 'data-record',
  Contract: 'data-record',
  Representation: 'data-record',
  DataObject: 'data-record',
  Product: 'product',
  BusinessProcess: 'delivery-process',
  BusinessFunction: 'delivery-process',
  BusinessInteraction: 'delivery-process',
  BusinessEvent: 'delivery-process',
  BusinessService: 'delivery-process',
  ApplicationProcess: 'support-process',
  ApplicationFunction: 'support-process',
  ApplicationService: 'support-process',
  Outcome: 'quality-measure',
  Goal: 'objective',
  CourseOfAction: 'strategy',
  BusinessActor: 'organisational-unit',
  BusinessCollaboration: 'organisational-unit',
  BusinessRole: 'job-role',
  Stakeholder: 'job-role',
  ApplicationComponent: 'operational-crm-system',
  ApplicationCollaboration: 'operational-crm-system',
};

/** The prefix of the properties that carry what ArchiMate has no place for. */
export const REFMOD = 'refmod:';

/** The parts of a Refmod document that have no ArchiMate counterpart: kept whole as model properties (JSON). */
export const DOCUMENT_PARTS = Object.keys(RefDocument.shape).filter(
  (key) => !['$schema', 'formatVersion', 'elements', 'relations', 'views'].includes(key),
) as (keyof RefDocument)[];
