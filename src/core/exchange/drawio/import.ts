import { dataLanguage } from '../../i18n/data.ts';
import type { Language } from '../../i18n/language.ts';
import { importMessage, sayImport, type Said } from '../../i18n/say.ts';
import type { Text } from '../../i18n/text.ts';
import { relationNotAllowed, relationUnconnected } from '../../io/relation-refusal.ts';
import { edit, perform, startHistory, type Edit } from '../../commands/history.ts';
import { parseUntrustedJson } from '../../io/safe-json.ts';
import { cellOf } from '../../layout/geometry.ts';
import { crmBpoMetamodel } from '../../metamodel/crm-bpo.ts';
import type { Metamodel } from '../../metamodel/metamodel.ts';
import { documentProblems } from '../../model/document-problems.ts';
import { slug, uniqueId } from '../../model/ids.ts';
import type { Element, Point, PropertyValue, RefDocument, Relation, View } from '../../model/schema.ts';
import { child, childrenNamed, parseXml, type XmlNode } from '../xml.ts';
import { isDecoration, parseStyle, styleKey, suggestedCategory } from './styles.ts';

/** A style of shapes the file uses without saying their Refmod type: the dialog asks which type they become. */
export interface StyleQuestion {
  style: string;
  shapes: number;
  /** Up to three shape labels, so the user recognises the style. */
  examples: string[];
  suggested: string;
}

/** A cell the import cannot use, and why. */
export interface SkippedCell {
  page: string;
  text: string;
  reason: string;
  /** The reason as a message id, for other languages (reasonMessage). */
  why: Text;
}

export interface DrawioImportOptions {
  metamodel?: Metamodel | undefined;
  /** Answers to the style questions: style → element type id. */
  styleTypes?: Readonly<Record<string, string>> | undefined;
  /** The language that names an unnamed page and describes each view it creates (the interface's; the active data language by default). */
  language?: Language | undefined;
}

export interface DrawioImportSummary {
  elements: number;
  /** Shapes Refmod exported from this model: linked to their elements, not copied. */
  matched: number;
  relations: number;
  viewIds: string[];
}

export type DrawioImport =
  | {
      ok: true;
      document: RefDocument;
      edit: Edit;
      added: DrawioImportSummary;
      questions: StyleQuestion[];
      unsupported: SkippedCell[];
      /** Lanes, text and other decoration: nothing for the model. */
      ignored: number;
    }
  | { ok: false; errors: { line: number; message: string; text?: Text | undefined }[] };

interface Cell {
  id: string;
  label: string;
  style: Map<string, string>;
  vertex: boolean;
  edge: boolean;
  parent: string;
  source: string;
  target: string;
  geometry: { x: number; y: number; width: number; height: number };
  data: Record<string, string>;
}

const DEFAULT_TYPES: Record<string, string> = {
  'business-object': 'data-record',
  process: 'delivery-process',
  'quality-measure': 'quality-measure',
  goal: 'objective',
  'organisational-role': 'organisational-unit',
  'information-system': 'operational-crm-system',
};
const ID = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;

/**
 * Imports a draw.io (diagrams.net) file into a document: each page becomes a view, shapes elements (typed by the
 * Refmod data a Refmod export carries, else by the user's answer for their style), edges relations. Returns the
 * new document and the one undoable Edit that makes it, or errors and nothing.
 */
export function importDrawio(text: string, into: RefDocument, options: DrawioImportOptions = {}): DrawioImport {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const answers = options.styleTypes ?? {};
  const language = options.language ?? dataLanguage();
  const words = (said: Said) => importMessage(said, metamodel, language);
  const badAnswer = Object.values(answers).find((type) => !metamodel.elementType(type));
  if (badAnswer)
    return {
      ok: false,
      errors: [{ line: 0, ...sayImport('type.unknown', { type: badAnswer }, metamodel) }],
    };
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message, text: parsed.text }] };
  const pages = pagesOf(parsed.root);
  if ('error' in pages) return { ok: false, errors: [pages.error] };

  const taken = new Set([...into.elements.map((e) => e.id), ...into.relations.map((r) => r.id)]);
  const fresh = (wanted: string, fallback: string) => {
    const id = ID.test(wanted) && !taken.has(wanted) ? wanted : uniqueId(slug(fallback) || 'shape', taken);
    taken.add(id);
    return id;
  };
  const areas = new Set(into.macroStructure.areas.map((a) => a.id));
  const roles = new Set(into.macroStructure.roles.map((r) => r.id));
  // Provenance and served goals point into the model: only what it has comes along.
  const sources = new Set(into.meta.sources.map((s) => s.id));
  const goals = new Set(into.structuralGoals.map((g) => g.id));
  const existing = new Map(into.elements.map((e) => [e.id, e]));
  const questions = new Map<string, StyleQuestion>();
  const unsupported: SkippedCell[] = [];
  const created: Element[] = [];
  const relations: Relation[] = [];
  const views: View[] = [];
  const relationKeys = new Set(into.relations.map((r) => JSON.stringify([r.source, r.type, r.target, r.label])));
  const viewIds = new Set(into.views.map((v) => v.id));
  let ignored = 0;
  let matched = 0;

  for (const page of pages) {
    const byId = new Map(page.cells.map((c) => [c.id, c]));
    const parents = new Set(page.cells.map((c) => c.parent));
    const elementOf = new Map<string, Element>();
    const absolute = new Map<string, Point>();
    for (const cell of page.cells) {
      if (!cell.vertex) continue;
      const name = cell.label.replace(/\s+/g, ' ').trim().slice(0, 200).trim();
      if (isDecoration(cell.style) || parents.has(cell.id) || !name) {
        ignored++;
        continue;
      }
      absolute.set(cell.id, absoluteOf(cell, byId));
      const stated = cell.data.refmodType;
      const known = existing.get(cell.id);
      if (known && stated) {
        elementOf.set(cell.id, known);
        matched++;
        continue;
      }
      let type = stated && metamodel.elementType(stated) ? stated : undefined;
      if (!type) {
        const key = styleKey(cell.style);
        const suggested = defaultType(metamodel, suggestedCategory(cell.style));
        const question = questions.get(key) ?? { style: key, shapes: 0, examples: [], suggested };
        question.shapes++;
        if (question.examples.length < 3) question.examples.push(name);
        questions.set(key, question);
        type = answers[key] ?? suggested;
      }
      const element: Element = {
        id: fresh(cell.id, name),
        type,
        name,
        description: (cell.data.tooltip ?? '').slice(0, 20_000),
        area: areas.has(cell.data.refmodArea ?? '') ? cell.data.refmodArea! : null,
        role: roles.has(cell.data.refmodRole ?? '') ? cell.data.refmodRole! : null,
        optional: cell.data.refmodOptional === 'true',
        properties: propertiesOf(cell.data.refmodProperties),
        provenance: provenanceOf(cell.data.refmodProvenance, sources) ?? {
          note: stated ? '' : 'Imported from a draw.io diagram',
        },
        goals: (cell.data.refmodGoals ?? '').split(' ').filter((g) => goals.has(g)),
      };
      created.push(element);
      existing.set(element.id, element);
      elementOf.set(cell.id, element);
    }

    for (const cell of page.cells) {
      if (!cell.edge) continue;
      const source = elementOf.get(cell.source);
      const target = elementOf.get(cell.target);
      const text = `${byId.get(cell.source)?.label || cell.source || '?'} → ${byId.get(cell.target)?.label || cell.target || '?'}`;
      if (!source || !target || source === target) {
        const said = sayImport(source === target && source ? 'drawio.self-edge' : 'drawio.loose-edge', undefined);
        unsupported.push({ page: page.name, text, reason: said.message, why: said.text });
        continue;
      }
      const type = relationTypeFor(metamodel, source.type, target.type, cell);
      if ('message' in type) {
        unsupported.push({ page: page.name, text, reason: type.message, why: type.text });
        continue;
      }
      const label = type.byLabel ? '' : cell.label.replace(/\s+/g, ' ').trim().slice(0, 200);
      const key = JSON.stringify([source.id, type.id, target.id, label]);
      if (relationKeys.has(key)) {
        ignored++;
        continue;
      }
      relationKeys.add(key);
      relations.push({
        id: fresh(cell.id, `rel-${source.id}-${target.id}`),
        type: type.id,
        source: source.id,
        target: target.id,
        label,
      });
    }

    const shown = [...new Set(elementOf.values())];
    const id = uniqueId('drawio-import', viewIds);
    viewIds.add(id);
    views.push({
      id,
      name: (page.name || words(sayImport('drawio.view-name', undefined))).slice(0, 200),
      perspective: 'full',
      description: words(sayImport('drawio.view-description', { count: shown.length })),
      elements: shown.map((e) => e.id),
      positions: positionsIn(into, shown, elementOf, absolute),
    });
  }

  const added: DrawioImportSummary = {
    elements: created.length,
    matched,
    relations: relations.length,
    viewIds: views.map((v) => v.id),
  };
  const change = edit(
    { id: 'import.drawio', params: { elements: created.length, relations: relations.length } },
    (doc) => {
      doc.elements.push(...created);
      doc.relations.push(...relations);
      doc.views.push(...views);
    },
  );
  const document = perform(startHistory(into), change).document;
  const problems = documentProblems(document, metamodel);
  if (problems.length)
    return { ok: false, errors: problems.map((p) => ({ line: 0, message: `${p.path}: ${p.message}` })) };
  return { ok: true, document, edit: change, added, questions: [...questions.values()], unsupported, ignored };
}

/** The pages of a draw.io file (or of a bare mxGraphModel), each with its cells; compressed pages are refused. */
function pagesOf(root: XmlNode): { name: string; cells: Cell[] }[] | { error: { line: number } & Said } {
  if (root.local === 'mxGraphModel') return [{ name: '', cells: cellsOf(root) }];
  if (root.local !== 'mxfile')
    return {
      error: {
        line: root.line,
        ...sayImport('drawio.not-drawio', { root: root.local }),
      },
    };
  const pages: { name: string; cells: Cell[] }[] = [];
  for (const diagram of childrenNamed(root, 'diagram')) {
    const model = child(diagram, 'mxGraphModel');
    if (!model && diagram.text.trim())
      return {
        error: {
          line: diagram.line,
          ...sayImport('drawio.compressed', undefined),
        },
      };
    if (model) pages.push({ name: diagram.attrs.name ?? '', cells: cellsOf(model) });
  }
  if (!pages.length) return { error: { line: root.line, ...sayImport('drawio.no-page', undefined) } };
  return pages;
}

function cellsOf(model: XmlNode): Cell[] {
  const root = child(model, 'root');
  return (root?.children ?? []).flatMap((node): Cell[] => {
    // <object> and <UserObject> carry a cell's data and label; the mxCell inside carries its shape.
    const wrapper = node.local === 'mxCell' ? null : node;
    const cell = wrapper ? child(wrapper, 'mxCell') : node;
    if (!cell || cell.local !== 'mxCell') return [];
    const attrs = wrapper ? wrapper.attrs : cell.attrs;
    const geometry = child(cell, 'mxGeometry')?.attrs ?? {};
    const number = (v: string | undefined) => (Number.isFinite(Number(v)) ? Number(v) : 0);
    const label = (wrapper ? (attrs.label ?? '') : (cell.attrs.value ?? '')) || '';
    const style = parseStyle(cell.attrs.style ?? '');
    return [
      {
        id: attrs.id ?? '',
        label: style.get('html') === '1' ? htmlText(label) : label,
        style,
        vertex: cell.attrs.vertex === '1',
        edge: cell.attrs.edge === '1',
        parent: cell.attrs.parent ?? '',
        source: cell.attrs.source ?? '',
        target: cell.attrs.target ?? '',
        geometry: {
          x: number(geometry.x),
          y: number(geometry.y),
          width: number(geometry.width),
          height: number(geometry.height),
        },
        data: attrs,
      },
    ];
  });
}

/** The text a person reads in an HTML label: tags dropped, line breaks as spaces, entities decoded. */
function htmlText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<br\s*\/?>|<\/(div|p|li)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    });
}

// Children of groups and swimlanes are placed relative to their parent.
function absoluteOf(cell: Cell, byId: Map<string, Cell>): Point {
  let { x, y } = cell.geometry;
  const seen = new Set([cell.id]);
  for (let p = byId.get(cell.parent); p && !seen.has(p.id); p = byId.get(p.parent)) {
    seen.add(p.id);
    x += p.geometry.x;
    y += p.geometry.y;
  }
  return { x, y };
}

/** Where each element sits in its cell of the view: the drawing's arrangement kept, each cell's content from its top left. */
function positionsIn(
  doc: RefDocument,
  shown: Element[],
  elementOf: Map<string, Element>,
  absolute: Map<string, Point>,
): Record<string, Point> {
  const rowsAre = doc.designGoals.laneOrientation === 'areas-as-rows' ? 'area' : 'role';
  const at = new Map<string, Point>();
  for (const [cellId, el] of elementOf)
    if (!at.has(el.id) && absolute.has(cellId)) at.set(el.id, absolute.get(cellId)!);
  const key = (el: Element) => JSON.stringify(cellOf(el, rowsAre));
  const corner = new Map<string, Point>();
  for (const el of shown) {
    const p = at.get(el.id);
    if (!p) continue;
    const c = corner.get(key(el));
    corner.set(key(el), c ? { x: Math.min(c.x, p.x), y: Math.min(c.y, p.y) } : p);
  }
  const positions: Record<string, Point> = {};
  for (const el of shown) {
    const p = at.get(el.id);
    const c = corner.get(key(el));
    if (p && c) positions[el.id] = { x: Math.round(p.x - c.x), y: Math.round(p.y - c.y) };
  }
  return positions;
}

function propertiesOf(json: string | undefined): Record<string, PropertyValue> {
  if (!json) return {};
  const parsed = parseUntrustedJson(json);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return {};
  return parsed.value as Record<string, PropertyValue>;
}

function provenanceOf(json: string | undefined, sources: Set<string>): Element['provenance'] | null {
  if (!json) return null;
  const parsed = parseUntrustedJson(json);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    return null;
  const { source, ...rest } = parsed.value as Element['provenance'];
  return {
    ...rest,
    note: typeof rest.note === 'string' ? rest.note : '',
    ...(source && sources.has(source) ? { source } : {}),
  };
}

function defaultType(metamodel: Metamodel, category: string): string {
  const preferred = DEFAULT_TYPES[category];
  if (preferred && metamodel.elementType(preferred)) return preferred;
  const types = metamodel.data.elementTypes;
  return (types.find((t) => t.category === category) ?? types[0]!).id;
}

// The edge's Refmod type where it may connect the two, else a relation type named by its label, else what the
// metamodel allows (a dashed edge prefers a dashed type).
function relationTypeFor(
  metamodel: Metamodel,
  from: string,
  to: string,
  cell: Cell,
): { id: string; byLabel: boolean } | Said {
  const stated = cell.data.refmodType;
  if (stated && metamodel.relationType(stated) && !metamodel.whyNot(stated, from, to))
    return { id: stated, byLabel: false };
  const wanted = cell.label.trim().toLowerCase();
  const named = metamodel.data.relationTypes.find((r) => r.label.toLowerCase() === wanted || r.id === wanted);
  if (named) {
    return relationNotAllowed(metamodel, named.id, from, to) ?? { id: named.id, byLabel: true };
  }
  const allowed = metamodel.allowedRelations(from, to);
  const dashed = cell.style.get('dashed') === '1';
  const type = allowed.find((r) => (r.line !== 'solid') === dashed) ?? allowed[0];
  return type ? { id: type.id, byLabel: false } : relationUnconnected(metamodel, from, to)!;
}
