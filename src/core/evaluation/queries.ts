import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, RefDocument } from '../model/schema.ts';
import type { QueryCheck } from './checklist-schema.ts';
import { stronglyConnected } from './graph.ts';

/** What an automatic check found: a fulfilment share (0..1), a sentence a user can check, and the elements it rests on. */
export interface QueryResult {
  fulfilment: number;
  evidence: string;
  elements: string[];
}

type QueryId = QueryCheck['query'];
type ParamsOf<Q extends QueryId> = Extract<QueryCheck, { query: Q }>['params'];
type Query<Q extends QueryId> = (doc: RefDocument, params: ParamsOf<Q>, metamodel: Metamodel) => QueryResult;

/** Runs the automatic check of a criterion against a document. Pure; linear in the size of the model. */
export function runQuery(doc: RefDocument, check: QueryCheck, metamodel: Metamodel): QueryResult {
  const query = QUERIES[check.query] as Query<QueryId>;
  return query(doc, check.params, metamodel);
}

const QUERIES: { [Q in QueryId]: Query<Q> } = {
  'copc-process-measured': copcProcessMeasured,
  'knowledge-loop': knowledgeLoop,
  'role-separation': roleSeparation,
  'channels-covered': channelsCovered,
  'customer-phases-covered': customerPhasesCovered,
  'element-type-present': elementTypePresent,
  'property-set': propertySet,
  'relation-coverage': relationCoverage,
};

/** COPC key processes with their required metric categories: (1 + categories covered) / (1 + categories required), averaged. */
function copcProcessMeasured(doc: RefDocument, params: ParamsOf<'copc-process-measured'>): QueryResult {
  const ids = Array.isArray(params.copcId) ? params.copcId : [params.copcId];
  const byId = new Map(doc.elements.map((e) => [e.id, e]));
  const measuresOf = new Map<string, Element[]>();
  for (const rel of doc.relations) {
    const measure = byId.get(rel.source);
    if (rel.type !== 'measures' || !measure) continue;
    const known = measuresOf.get(rel.target);
    if (known) known.push(measure);
    else measuresOf.set(rel.target, [measure]);
  }
  const parts: number[] = [];
  const sentences: string[] = [];
  const elements: string[] = [];
  for (const copcId of ids) {
    const processes = doc.elements.filter((e) => e.properties.copcId === copcId);
    if (processes.length === 0) {
      parts.push(0);
      sentences.push(`No process carries the COPC id ${copcId}.`);
      continue;
    }
    const measures = unique(processes.flatMap((p) => measuresOf.get(p.id) ?? []));
    elements.push(...processes.map((p) => p.id), ...measures.map((m) => m.id));
    const subject = `${quoteNames(processes)} (${copcId})`;
    if (params.categories.length === 0) {
      const met = measures.length >= params.min;
      parts.push(met ? 1 : 0.5);
      sentences.push(
        met
          ? `${subject} is measured by ${quoteNames(measures)}.`
          : `${subject} is modelled but has ${measures.length === 0 ? 'no measure' : `only ${measures.length} of ${params.min} measures`}.`,
      );
      continue;
    }
    const count = (category: string) => measures.filter((m) => m.properties.metricCategory === category).length;
    const covered = params.categories.filter((c) => count(c) >= params.min);
    const missing = params.categories
      .filter((c) => count(c) < params.min)
      .map((c) => (params.min > 1 ? `${c} (${count(c)} of ${params.min})` : c));
    parts.push((1 + covered.length) / (1 + params.categories.length));
    const measured = covered.length ? `is modelled with ${list(covered)} measures` : 'is modelled';
    sentences.push(`${subject} ${measured}${missing.length ? `; missing: ${list(missing)}` : ''}.`);
  }
  return { fulfilment: mean(parts), evidence: sentences.join(' '), elements: unique(elements) };
}

/** A cycle of knowledge flows that crosses both roles (the closed knowledge loop, Geib et al. 2005): 1; one-way crossing: 0.5. */
function knowledgeLoop(doc: RefDocument, params: ParamsOf<'knowledge-loop'>, metamodel: Metamodel): QueryResult {
  const [a, b] = params.roles as [string, string];
  const processes = new Map(doc.elements.filter((e) => isProcess(e, metamodel)).map((e) => [e.id, e]));
  const flows = doc.relations.filter(
    (r) => r.type === 'knowledge-flow' && processes.has(r.source) && processes.has(r.target),
  );
  const roleName = (id: string) => doc.macroStructure.roles.find((r) => r.id === id)?.name ?? id;
  const loop = stronglyConnected([...processes.keys()], flows).find((component) => {
    const roles = new Set(component.map((id) => processes.get(id)!.role));
    return roles.has(a) && roles.has(b);
  });
  if (loop) {
    const members = loop.map((id) => processes.get(id)!);
    return {
      fulfilment: 1,
      evidence: `Knowledge circulates across ${roleName(a)} and ${roleName(b)} in a loop of ${members.length} processes: ${quoteNames(members, 8)}.`,
      elements: loop,
    };
  }
  const crossing = flows.filter((r) => {
    const pair = [processes.get(r.source)!.role, processes.get(r.target)!.role];
    return (pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a);
  });
  if (crossing.length === 0) {
    return {
      fulfilment: 0,
      evidence: `No knowledge flow crosses between ${roleName(a)} and ${roleName(b)} (${flows.length} knowledge flows in the model).`,
      elements: [],
    };
  }
  const ends = unique(crossing.flatMap((r) => [processes.get(r.source)!, processes.get(r.target)!]));
  const directions = unique(
    crossing.map(
      (r) => `${roleName(processes.get(r.source)!.role ?? '')} → ${roleName(processes.get(r.target)!.role ?? '')}`,
    ),
  );
  return {
    fulfilment: 0.5,
    evidence: `Knowledge crosses ${directions.join(' and ')} between ${quoteNames(ends)}, but the flows form no loop back.`,
    elements: ends.map((e) => e.id),
  };
}

/** Processes placed in each of the roles: (roles with processes / roles) × (processes with a role / processes). */
function roleSeparation(doc: RefDocument, params: ParamsOf<'role-separation'>, metamodel: Metamodel): QueryResult {
  const processes = doc.elements.filter((e) => isProcess(e, metamodel));
  if (processes.length === 0) return { fulfilment: 0, evidence: 'The model has no processes.', elements: [] };
  const roleName = (id: string) => doc.macroStructure.roles.find((r) => r.id === id)?.name ?? id;
  const inRole = params.roles.map((role) => ({ role, processes: processes.filter((p) => p.role === role) }));
  const unassigned = processes.filter((p) => p.role === null);
  const present = inRole.filter((r) => r.processes.length > 0).length;
  const counts = inRole.map((r) => `${r.processes.length} in ${roleName(r.role)}`).join(', ');
  return {
    fulfilment: (present / params.roles.length) * ((processes.length - unassigned.length) / processes.length),
    evidence: `Of ${processes.length} processes, ${counts}${unassigned.length ? `; ${unassigned.length} without a role (${quoteNames(unassigned)})` : ''}.`,
    elements: inRole.flatMap((r) => r.processes.map((p) => p.id)),
  };
}

/** Channels named on elements (property "channel") and an element that synchronises them. */
function channelsCovered(doc: RefDocument, params: ParamsOf<'channels-covered'>, metamodel: Metamodel): QueryResult {
  const withChannel = (channel: string) => doc.elements.filter((e) => e.properties.channel === channel);
  const covered = params.channels.filter((c) => withChannel(c).length > 0);
  const missing = params.channels.filter((c) => withChannel(c).length === 0);
  const sentences = [
    covered.length
      ? `Channels modelled: ${covered.map((c) => `${c} (${withChannel(c).length})`).join(', ')}.`
      : 'No element names one of the channels.',
    ...(missing.length && covered.length ? [`Missing: ${list(missing)}.`] : []),
  ];
  const elements = covered.flatMap((c) => withChannel(c).map((e) => e.id));
  let points = covered.length;
  let total = params.channels.length;
  if (params.synchronisedBy) {
    total++;
    const sync = doc.elements.filter((e) => matchesType(metamodel, [params.synchronisedBy!], e.type));
    if (sync.length) points++;
    elements.push(...sync.map((e) => e.id));
    sentences.push(
      sync.length
        ? `Synchronised by ${quoteNames(sync)}.`
        : `No ${typeLabel(metamodel, params.synchronisedBy)} synchronises the channels.`,
    );
  }
  return { fulfilment: points / total, evidence: sentences.join(' '), elements };
}

/** Delivery processes whose customerPhase list holds each phase of the customer process. */
function customerPhasesCovered(doc: RefDocument, params: ParamsOf<'customer-phases-covered'>): QueryResult {
  const delivery = doc.elements.filter((e) => e.type === 'delivery-process');
  const serving = (phase: string) =>
    delivery.filter((e) => {
      const phases = e.properties.customerPhase;
      return Array.isArray(phases) ? phases.includes(phase) : phases === phase;
    });
  const covered = params.phases.filter((p) => serving(p).length > 0);
  const missing = params.phases.filter((p) => serving(p).length === 0);
  const parts = covered.map((p) => `${p}: ${quoteNames(serving(p), 3)}`);
  return {
    fulfilment: covered.length / params.phases.length,
    evidence: `${covered.length} of ${params.phases.length} customer-process phases have a delivery process${parts.length ? ` (${parts.join('; ')})` : ''}${missing.length ? `; uncovered: ${list(missing)}` : ''}.`,
    elements: unique(covered.flatMap((p) => serving(p).map((e) => e.id))),
  };
}

/** The share of the listed element types (or categories) that the model uses. */
function elementTypePresent(
  doc: RefDocument,
  params: ParamsOf<'element-type-present'>,
  metamodel: Metamodel,
): QueryResult {
  const found = params.types.map((t) => ({
    type: t,
    elements: doc.elements.filter((e) => matchesType(metamodel, [t], e.type)),
  }));
  const present = found.filter((f) => f.elements.length > 0);
  const missing = found.filter((f) => f.elements.length === 0).map((f) => typeLabel(metamodel, f.type));
  const shown = present.map((f) => `${typeLabel(metamodel, f.type)} (${quoteNames(f.elements, 2)})`);
  return {
    fulfilment: present.length / params.types.length,
    evidence: [shown.length ? `Present: ${shown.join('; ')}.` : '', missing.length ? `Missing: ${list(missing)}.` : '']
      .filter(Boolean)
      .join(' '),
    elements: present.flatMap((f) => f.elements.map((e) => e.id)),
  };
}

/** The share of elements of a type that give a value for a property. */
function propertySet(doc: RefDocument, params: ParamsOf<'property-set'>, metamodel: Metamodel): QueryResult {
  const subjects = doc.elements.filter((e) => matchesType(metamodel, [params.type], e.type));
  const label = typeLabel(metamodel, params.type);
  const property =
    metamodel.elementType(params.type)?.properties.find((p) => p.key === params.key)?.label ?? params.key;
  if (subjects.length === 0)
    return { fulfilment: 0, evidence: `The model has no ${label}, so "${property}" is stated nowhere.`, elements: [] };
  const set = subjects.filter((e) => e.properties[params.key] !== undefined && e.properties[params.key] !== '');
  const unset = subjects.filter((e) => !set.includes(e));
  return {
    fulfilment: set.length / subjects.length,
    evidence: `${set.length} of ${subjects.length} ${label} elements state "${property}"${unset.length ? `; not stated on ${quoteNames(unset)}` : ''}.`,
    elements: subjects.map((e) => e.id),
  };
}

/** The share of subject elements with a relation of a type to (out) or from (in) one of the other types. */
function relationCoverage(doc: RefDocument, params: ParamsOf<'relation-coverage'>, metamodel: Metamodel): QueryResult {
  const roles = params.roles;
  const subjects = doc.elements.filter(
    (e) => matchesType(metamodel, params.subjects, e.type) && (!roles || (e.role !== null && roles.includes(e.role))),
  );
  const subjectLabel = params.subjects.map((s) => typeLabel(metamodel, s)).join(' or ');
  const otherLabel = params.others.map((s) => typeLabel(metamodel, s)).join(' or ');
  const scope = roles
    ? ` in ${roles.map((id) => doc.macroStructure.roles.find((r) => r.id === id)?.name ?? id).join(' or ')}`
    : '';
  if (subjects.length === 0)
    return { fulfilment: 0, evidence: `The model has no ${subjectLabel}${scope}.`, elements: [] };
  const others = new Set(doc.elements.filter((e) => matchesType(metamodel, params.others, e.type)).map((e) => e.id));
  const linked = new Set<string>();
  for (const rel of doc.relations) {
    if (rel.type !== params.relation) continue;
    const [own, other] = params.direction === 'out' ? [rel.source, rel.target] : [rel.target, rel.source];
    if (others.has(other)) linked.add(own);
  }
  const covered = subjects.filter((e) => linked.has(e.id));
  const uncovered = subjects.filter((e) => !linked.has(e.id));
  const relation = metamodel.relationType(params.relation)?.label ?? params.relation;
  return {
    fulfilment: covered.length / subjects.length,
    evidence:
      `${covered.length} of ${subjects.length} ${subjectLabel} elements${scope} have a "${relation}" relation ${params.direction === 'out' ? 'to' : 'from'} ${withArticle(otherLabel)}` +
      `${covered.length ? ` (${quoteNames(covered)})` : ''}${uncovered.length ? `; not: ${quoteNames(uncovered)}` : ''}.`,
    elements: covered.map((e) => e.id),
  };
}

function isProcess(element: Element, metamodel: Metamodel): boolean {
  return metamodel.categoryOf(element.type)?.id === 'process';
}

function matchesType(metamodel: Metamodel, selectors: readonly string[], typeId: string): boolean {
  const category = metamodel.elementType(typeId)?.category;
  return selectors.some((s) => s === typeId || s === `category:${category}`);
}

function typeLabel(metamodel: Metamodel, selector: string): string {
  if (selector.startsWith('category:'))
    return metamodel.category(selector.slice('category:'.length))?.label ?? selector;
  return metamodel.elementType(selector)?.label ?? selector;
}

/** "A", "B" and 3 more: keeps evidence sentences short on large models. */
function quoteNames(elements: readonly Element[], max = 4): string {
  const shown = elements.slice(0, max).map((e) => `"${e.name}"`);
  return list(elements.length > max ? [...shown, `${elements.length - max} more`] : shown);
}

/** "a Lead", "an Objective". */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
