import * as fc from 'fast-check';
import { produce, type Draft } from 'immer';
import type { RefDocument } from '../../../src/core/model/schema.ts';

/** One random change to a document; numbers pick elements, relations, views etc. modulo their count. */
export type RandomEdit =
  | { kind: 'rename' | 'describe'; i: number; text: string }
  | { kind: 'retype'; i: number; type: string }
  | { kind: 'move'; i: number; area: number; role: number }
  | { kind: 'property'; i: number; key: string; value: string | number | boolean | null }
  | { kind: 'delete-element' | 'delete-relation' | 'unplace' | 'toggle-optional'; i: number }
  | { kind: 'add-element'; at: number; id: string; type: string; name: string }
  | { kind: 're-id'; i: number; id: string }
  | { kind: 'swap-elements' | 'swap-relations'; i: number; j: number }
  | { kind: 'connect'; i: number; j: number; id: string; type: string }
  | { kind: 'relation'; i: number; type: string; label: string; j: number }
  | { kind: 'position'; view: number; i: number; x: number; y: number }
  | { kind: 'membership'; view: number; i: number }
  | { kind: 'add-view'; id: string; ids: number[] }
  | { kind: 'view-name'; view: number; text: string }
  | { kind: 'goal'; id: string; text: string }
  | { kind: 'lane'; id: string; name: string; role: boolean }
  | { kind: 'swap-areas' }
  | { kind: 'meta'; text: string; author: boolean }
  | { kind: 'design'; max: number; rule: boolean }
  | { kind: 'step'; step: string };

const name = fc.constantFrom('Lead', 'Account', 'Handle inquiry', 'Report', 'Partner', 'Fulfil order', 'Campaign');
const elementType = fc.constantFrom(
  'lead',
  'account',
  'delivery-process',
  'support-process',
  'quality-measure',
  'report',
  'job-role',
);
const relationType = fc.constantFrom('input', 'output', 'flow', 'measures', 'refers-to');
const newId = fc.constantFrom('n1', 'n2', 'n3', 'e1', 'e5', 'coordination', 'product', 'r1', 'x');
const small = fc.nat(50);

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('rename', 'describe'), i: small, text: name }),
  fc.record({ kind: fc.constant('retype'), i: small, type: elementType }),
  fc.record({ kind: fc.constant('move'), i: small, area: fc.nat(3), role: fc.nat(3) }),
  fc.record({
    kind: fc.constant('property'),
    i: small,
    key: fc.constantFrom('segment', 'channel', 'target'),
    value: fc.oneof(fc.constant(null), fc.constantFrom('email', 'B2B'), fc.integer({ min: 0, max: 9 }), fc.boolean()),
  }),
  fc.record({ kind: fc.constantFrom('delete-element', 'delete-relation', 'unplace', 'toggle-optional'), i: small }),
  fc.record({ kind: fc.constant('add-element'), at: small, id: newId, type: elementType, name }),
  fc.record({ kind: fc.constant('re-id'), i: small, id: newId }),
  fc.record({ kind: fc.constantFrom('swap-elements', 'swap-relations'), i: small, j: small }),
  fc.record({ kind: fc.constant('connect'), i: small, j: small, id: newId, type: relationType }),
  fc.record({
    kind: fc.constant('relation'),
    i: small,
    type: relationType,
    label: fc.constantFrom('', 'daily', 'on request'),
    j: small,
  }),
  fc.record({
    kind: fc.constant('position'),
    view: fc.nat(2),
    i: small,
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({ kind: fc.constant('membership'), view: fc.nat(2), i: small }),
  fc.record({ kind: fc.constant('add-view'), id: fc.constantFrom('v1', 'v2'), ids: fc.array(small, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('view-name'), view: fc.nat(2), text: name }),
  fc.record({ kind: fc.constant('goal'), id: fc.constantFrom('g1', 'g2'), text: name }),
  fc.record({ kind: fc.constant('lane'), id: fc.constantFrom('partner', 'sales', 'client'), name, role: fc.boolean() }),
  fc.record({ kind: fc.constant('swap-areas') }),
  fc.record({ kind: fc.constant('meta'), text: name, author: fc.boolean() }),
  fc.record({ kind: fc.constant('design'), max: fc.integer({ min: 1, max: 90 }), rule: fc.boolean() }),
  fc.record({ kind: fc.constant('step'), step: fc.constantFrom('macro-structure', 'design-goals') }),
);

/** Applies random edits; the result is schema-valid (names, ids) though not always referentially sound. */
export function applyRandomEdits(doc: RefDocument, edits: readonly RandomEdit[]): RefDocument {
  return produce(doc, (draft) => {
    for (const e of edits) applyOne(draft, e);
  });
}

function pick<T>(list: T[], i: number): T | undefined {
  return list.length ? list[i % list.length] : undefined;
}

function applyOne(doc: Draft<RefDocument>, e: RandomEdit): void {
  const el = 'i' in e ? pick(doc.elements, e.i) : undefined;
  const view = 'view' in e ? pick(doc.views, e.view) : undefined;
  switch (e.kind) {
    case 'rename':
      if (el) el.name = e.text;
      break;
    case 'describe':
      if (el) el.description = e.text;
      break;
    case 'retype':
      if (el) el.type = e.type;
      break;
    case 'move':
      if (el) {
        el.area = pick([null, ...doc.macroStructure.areas.map((a) => a.id)], e.area) ?? null;
        el.role = pick([null, ...doc.macroStructure.roles.map((r) => r.id)], e.role) ?? null;
      }
      break;
    case 'property':
      if (el) {
        if (e.value === null) delete el.properties[e.key];
        else el.properties[e.key] = e.value;
      }
      break;
    case 'toggle-optional':
      if (el) el.optional = !el.optional;
      break;
    case 'delete-element':
      if (el) {
        doc.elements = doc.elements.filter((x) => x.id !== el.id);
        doc.relations = doc.relations.filter((r) => r.source !== el.id && r.target !== el.id);
        for (const v of doc.views) {
          if (v.elements !== 'all') v.elements = v.elements.filter((id) => id !== el.id);
          delete v.positions[el.id];
        }
      }
      break;
    case 'delete-relation': {
      const r = pick(doc.relations, e.i);
      if (r) doc.relations = doc.relations.filter((x) => x.id !== r.id);
      break;
    }
    case 'add-element':
      if (!doc.elements.some((x) => x.id === e.id) && !doc.relations.some((x) => x.id === e.id)) {
        doc.elements.splice(e.at % (doc.elements.length + 1), 0, {
          id: e.id,
          type: e.type,
          name: e.name,
          description: '',
          area: null,
          role: null,
          optional: false,
          properties: {},
          provenance: { note: '' },
          goals: [],
        });
      }
      break;
    case 're-id':
      if (
        el &&
        !doc.elements.some((x) => x.id === e.id) &&
        !doc.relations.some((x) => x.id === e.id) &&
        !doc.derivation?.links[e.id]
      ) {
        // The element keeps its place, relations, views and derivation link under a new id.
        const old = el.id;
        el.id = e.id;
        for (const r of doc.relations) {
          if (r.source === old) r.source = e.id;
          if (r.target === old) r.target = e.id;
        }
        for (const v of doc.views) {
          if (v.elements !== 'all') v.elements = v.elements.map((id) => (id === old ? e.id : id));
          const at = v.positions[old];
          if (at) {
            delete v.positions[old];
            v.positions[e.id] = at;
          }
        }
        const link = doc.derivation?.links[old];
        if (link && doc.derivation) {
          delete doc.derivation.links[old];
          doc.derivation.links[e.id] = link;
        }
      }
      break;
    case 'swap-elements':
      swap(doc.elements, e.i, e.j);
      break;
    case 'swap-relations':
      swap(doc.relations, e.i, e.j);
      break;
    case 'connect': {
      const t = pick(doc.elements, e.j);
      if (el && t && !doc.elements.some((x) => x.id === e.id) && !doc.relations.some((x) => x.id === e.id))
        doc.relations.push({ id: e.id, type: e.type, source: el.id, target: t.id, label: '' });
      break;
    }
    case 'relation': {
      const r = pick(doc.relations, e.i);
      const t = pick(doc.elements, e.j);
      if (r) {
        r.type = e.type;
        r.label = e.label;
        if (t && e.j % 3 === 0) r.target = t.id;
      }
      break;
    }
    case 'position':
      if (view && el) view.positions[el.id] = { x: e.x, y: e.y };
      break;
    case 'unplace':
      for (const v of doc.views) {
        const ids = Object.keys(v.positions);
        const id = pick(ids, e.i);
        if (id) delete v.positions[id];
      }
      break;
    case 'membership':
      if (view && el) {
        if (view.elements === 'all') view.elements = doc.elements.map((x) => x.id).filter((id) => id !== el.id);
        else if (view.elements.includes(el.id)) view.elements = view.elements.filter((id) => id !== el.id);
        else view.elements.push(el.id);
      }
      break;
    case 'add-view':
      if (!doc.views.some((v) => v.id === e.id))
        doc.views.push({
          id: e.id,
          name: 'Client view',
          perspective: 'client',
          description: '',
          elements: [...new Set(e.ids.map((i) => pick(doc.elements, i)?.id).filter((id): id is string => !!id))],
          positions: {},
        });
      break;
    case 'view-name':
      if (view) view.name = e.text;
      break;
    case 'goal': {
      const goal = doc.structuralGoals.find((g) => g.id === e.id);
      if (goal) goal.text = e.text;
      else
        doc.structuralGoals.push({
          id: e.id,
          kind: 'purpose',
          text: e.text,
          perspective: 'all',
          rationale: '',
          acceptance: '',
        });
      break;
    }
    case 'lane': {
      const lanes = e.role ? doc.macroStructure.roles : doc.macroStructure.areas;
      const lane = lanes.find((l) => l.id === e.id);
      if (lane) lane.name = e.name;
      else lanes.push({ id: e.id, name: e.name, colour: '#123456', description: '' });
      break;
    }
    case 'swap-areas':
      swap(doc.macroStructure.areas, 0, 1);
      break;
    case 'meta':
      doc.meta.name = e.text;
      if (e.author) doc.meta.authors.push(e.text);
      break;
    case 'design':
      doc.designGoals.maxElementsPerView = e.max;
      if (e.rule)
        doc.designGoals.namingRules.push({
          id: `rule${doc.designGoals.namingRules.length}`,
          appliesTo: 'category:process',
          pattern: '^[A-Z]',
          description: '',
          example: '',
        });
      break;
    case 'step':
      doc.method.currentStep = e.step;
      break;
  }
}

function swap<T>(list: T[], i: number, j: number): void {
  if (list.length < 2) return;
  const a = i % list.length;
  const b = j % list.length;
  [list[a], list[b]] = [list[b]!, list[a]!];
}
