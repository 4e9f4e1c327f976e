import { dataLanguage } from '../../i18n/data.ts';
import type { Language } from '../../i18n/language.ts';
import { importMessage, sayImport, type Said } from '../../i18n/say.ts';
import type { Text } from '../../i18n/text.ts';
import { importValue } from '../../io/json.ts';
import { parseUntrustedJson } from '../../io/safe-json.ts';
import { DEFAULT_METHOD_ID } from '../../method/shipped.ts';
import { crmBpoMetamodel } from '../../metamodel/crm-bpo.ts';
import type { Metamodel } from '../../metamodel/metamodel.ts';
import { slug, uniqueId } from '../../model/ids.ts';
import type { Element, Point, PropertyValue, RefDocument, Relation, Translations, View } from '../../model/schema.ts';
import { child, childrenNamed, parseXml, XML_NS, XSI, type XmlNode } from '../xml.ts';
import {
  ARCHIMATE_NS,
  archimateElementType,
  archimateRelationship,
  DOCUMENT_PARTS,
  FROM_ARCHIMATE,
  REFMOD,
} from './mapping.ts';

export type ArchimateImport =
  | {
      ok: true;
      document: RefDocument;
      /** What was left out or guessed, in sentences for the user (importMessage reads them in any language). */
      notes: Said[];
    }
  | { ok: false; errors: { line: number; message: string; text?: Text | undefined }[] };

const ID = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;
type Properties = Map<string, PropertyValue>;

/**
 * Reads an ArchiMate 3.x Open Exchange File into a new document. A file Refmod wrote comes back whole (its
 * `refmod:` properties restore what ArchiMate has no place for); a file from another tool maps element and
 * relationship types as in mapping.ts and lists what it leaves out. The result passes the same schema and integrity
 * checks as a model file, or nothing is returned. The views it has to name are named in the language given.
 */
export function importArchimate(
  text: string,
  metamodel: Metamodel = crmBpoMetamodel,
  language: Language = dataLanguage(),
): ArchimateImport {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message, text: parsed.text }] };
  const model = parsed.root;
  if (model.local !== 'model' || model.uri !== ARCHIMATE_NS)
    return {
      ok: false,
      errors: [
        {
          line: model.line,
          ...(model.local === 'model' && model.uri.startsWith('http://www.opengroup.org/xsd/archimate')
            ? sayImport('archimate.version-2', undefined)
            : sayImport('archimate.not-archimate', { root: model.local, uri: model.uri, expected: ARCHIMATE_NS })),
        },
      ],
    };
  const notes: Said[] = [];
  const errors: { line: number; message: string; text?: Text | undefined }[] = [];
  const words = (said: Said) => importMessage(said, metamodel, language);
  const definitions = new Map(
    childrenNamed(child(model, 'propertyDefinitions'), 'propertyDefinition').map((d) => [
      d.attrs.identifier ?? '',
      { name: langText(child(d, 'name')), type: d.attrs.type ?? 'string' },
    ]),
  );
  const propertiesOf = (node: XmlNode): Properties => {
    const out: Properties = new Map();
    for (const p of childrenNamed(child(node, 'properties'), 'property')) {
      const def = definitions.get(p.attrs.propertyDefinitionRef ?? '');
      if (!def?.name) continue;
      const raw = langText(child(p, 'value'));
      const value =
        def.type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))
          ? Number(raw)
          : def.type === 'boolean' && (raw === 'true' || raw === 'false')
            ? raw === 'true'
            : raw;
      out.set(def.name, value);
    }
    return out;
  };
  const json = (props: Properties, key: string, line: number): unknown => {
    const raw = props.get(key);
    if (typeof raw !== 'string') return undefined;
    const value = parseUntrustedJson(raw);
    if (value.ok) return value.value;
    errors.push({ line, ...sayImport('archimate.bad-json', { key, detail: value.errors[0]?.message ?? '' }) });
    return undefined;
  };

  // The document's own parts travel as model properties; a file from another tool gets an empty frame.
  const modelProps = propertiesOf(model);
  const fromRefmod = modelProps.has(`${REFMOD}meta`);
  const name = langText(child(model, 'name')) || 'Imported ArchiMate model';
  const lang = child(model, 'name')?.attrs[`{${XML_NS}}lang`];
  const now = new Date().toISOString();
  const parts: Record<string, unknown> = {};
  for (const part of DOCUMENT_PARTS) {
    const value = json(modelProps, `${REFMOD}${part}`, model.line);
    if (value !== undefined) parts[part] = value;
  }
  const meta = isObject(parts.meta)
    ? parts.meta
    : {
        id: slug(name).replace(/^[^a-z]+/, '') || 'archimate',
        created: now,
        modified: now,
        ...(lang ? { language: lang } : {}),
      };
  const frame = {
    formatVersion: 1,
    ...parts,
    meta: { ...meta, name: name.slice(0, 200), description: langText(child(model, 'documentation')) },
    macroStructure: parts.macroStructure ?? { areas: [], roles: [] },
    method: parts.method ?? { methodId: DEFAULT_METHOD_ID, currentStep: 'structural-goals' },
  } as Record<string, unknown>;
  const macro = frame.macroStructure as { areas?: { id?: unknown }[]; roles?: { id?: unknown }[] };
  const laneIds = (list: { id?: unknown }[] | undefined) => new Set((list ?? []).map((l) => l.id));
  const areas = laneIds(macro.areas);
  const roles = laneIds(macro.roles);

  const taken = new Set<string>();
  const idFor = (wanted: string | undefined, fallback: string) => {
    const id = wanted && ID.test(wanted) && !taken.has(wanted) ? wanted : uniqueId(slug(fallback) || 'imported', taken);
    taken.add(id);
    return id;
  };
  const elementOf = new Map<string, Element>();
  const archimateOf = new Map<string, string>();
  const leftOut = new Map<string, number>();
  const guessed = new Map<string, number>();
  const elements: Element[] = [];
  for (const node of childrenNamed(child(model, 'elements'), 'element')) {
    const archimate = typeName(node);
    const props = propertiesOf(node);
    const stated = props.get(`${REFMOD}type`);
    const type =
      typeof stated === 'string' && metamodel.elementType(stated)
        ? stated
        : knownType(metamodel, FROM_ARCHIMATE[archimate]);
    if (!type) {
      leftOut.set(archimate, (leftOut.get(archimate) ?? 0) + 1);
      continue;
    }
    if (type !== stated) guessed.set(`${archimate} ${type}`, (guessed.get(`${archimate} ${type}`) ?? 0) + 1);
    const elementName = langText(child(node, 'name')).replace(/\s+/g, ' ').trim().slice(0, 200) || archimate;
    const lane = (key: string, known: Set<unknown>) => {
      const value = props.get(`${REFMOD}${key}`);
      return typeof value === 'string' && known.has(value) ? value : null;
    };
    const text = (key: string) => {
      const value = props.get(`${REFMOD}${key}`);
      return typeof value === 'string' ? value : undefined;
    };
    const properties: Record<string, PropertyValue> = {};
    for (const [key, value] of props) {
      if (key.startsWith(`${REFMOD}property:`)) properties[key.slice(`${REFMOD}property:`.length)] = value;
      else if (key.startsWith(`${REFMOD}list:`)) {
        const list = json(props, key, node.line);
        if (list !== undefined) properties[key.slice(`${REFMOD}list:`.length)] = list as string[];
      } else if (!key.startsWith(REFMOD)) properties[key] = value;
    }
    const element: Element = {
      id: idFor(node.attrs.identifier, elementName),
      type,
      name: elementName,
      ...languagesOf(node),
      area: lane('area', areas),
      role: lane('role', roles),
      optional: props.get(`${REFMOD}optional`) === true,
      properties,
      provenance: {
        ...(text('source') !== undefined ? { source: text('source') } : {}),
        note: text('note') ?? (fromRefmod ? '' : 'Imported from an ArchiMate exchange file'),
        ...(text('confidence') ? { confidence: text('confidence') as 'low' } : {}),
        ...(text('status') ? { status: text('status') as 'proposed' } : {}),
      },
      goals: (text('goals') ?? '').split(' ').filter(Boolean),
    };
    elements.push(element);
    elementOf.set(node.attrs.identifier ?? '', element);
    archimateOf.set(element.id, archimateElementType(type, metamodel.categoryOf(type)?.id));
  }

  const relations: Relation[] = [];
  const droppedRelations = new Map<string, number>();
  for (const node of childrenNamed(child(model, 'relationships'), 'relationship')) {
    const archimate = typeName(node);
    const a = elementOf.get(node.attrs.source ?? '');
    const b = elementOf.get(node.attrs.target ?? '');
    const stated = propertiesOf(node).get(`${REFMOD}type`);
    const found = a && b ? relationFor(metamodel, archimate, node.attrs.accessType, stated, a, b, archimateOf) : null;
    if (!found) {
      droppedRelations.set(archimate, (droppedRelations.get(archimate) ?? 0) + 1);
      continue;
    }
    const label = langText(child(node, 'name')).replace(/\s+/g, ' ').trim().slice(0, 200);
    relations.push({
      id: idFor(node.attrs.identifier, `rel-${found.source.id}-${found.target.id}`),
      type: found.type,
      source: found.source.id,
      target: found.target.id,
      label,
    });
  }

  const viewIds = new Set<string>();
  const views = childrenNamed(child(child(model, 'views'), 'diagrams'), 'view').map((node): View => {
    const viewName =
      langText(child(node, 'name')).replace(/\s+/g, ' ').trim().slice(0, 200) ||
      words(sayImport('archimate.view-name', undefined));
    const kept = json(propertiesOf(node), `${REFMOD}view`, node.line) as Partial<Record<string, unknown>> | undefined;
    const shown = [...new Set(elementRefs(node).flatMap((ref) => elementOf.get(ref)?.id ?? []))];
    const wantedId = typeof kept?.id === 'string' ? kept.id : undefined;
    const id =
      wantedId && ID.test(wantedId) && !viewIds.has(wantedId) ? wantedId : uniqueId(slug(viewName) || 'view', viewIds);
    viewIds.add(id);
    const ids = new Set(elements.map((e) => e.id));
    const positions: Record<string, Point> = {};
    if (isObject(kept?.positions))
      for (const [el, p] of Object.entries(kept.positions)) if (ids.has(el)) positions[el] = p as Point;
    return {
      id,
      name: viewName,
      perspective: (['full', 'client', 'customer', 'internal'] as const).find((p) => p === kept?.perspective) ?? 'full',
      ...languagesOf(node),
      elements:
        kept?.elements === 'all'
          ? 'all'
          : Array.isArray(kept?.elements)
            ? kept.elements.filter((el): el is string => typeof el === 'string' && ids.has(el))
            : shown,
      positions,
    };
  });
  if (errors.length) return { ok: false, errors };
  // A model is read through its views: a file without diagrams gets one that shows everything.
  if (!views.length && elements.length)
    views.push({
      id: 'all',
      name: words(sayImport('archimate.all-elements', undefined)),
      perspective: 'full',
      description: '',
      elements: 'all',
      positions: {},
    });

  for (const [type, count] of leftOut) notes.push(sayImport('archimate.left-out', { count, type }, metamodel));
  for (const [mapping, count] of guessed) {
    const [from = '', to = ''] = mapping.split(' ');
    notes.push(sayImport('archimate.read-as', { count, from, to }, metamodel));
  }
  for (const [type, count] of droppedRelations)
    notes.push(sayImport('archimate.relationships-left-out', { count, type }));

  const result = importValue({ ...frame, elements, relations, views }, metamodel);
  if (!result.ok)
    return { ok: false, errors: result.errors.map((e) => ({ line: 0, message: `${e.path}: ${e.message}` })) };
  return { ok: true, document: result.document, notes };
}

/**
 * A Refmod relation for an ArchiMate relationship: its refmod:type where the metamodel allows it, else the relation
 * type whose mapping gives this ArchiMate relationship (either way round), else any relation the metamodel allows.
 */
function relationFor(
  metamodel: Metamodel,
  archimate: string,
  accessType: string | undefined,
  stated: PropertyValue | undefined,
  a: Element,
  b: Element,
  archimateOf: Map<string, string>,
): { type: string; source: Element; target: Element } | null {
  const candidates: { type: string; source: Element; target: Element; score: number }[] = [];
  for (const r of metamodel.data.relationTypes) {
    for (const [source, target, flipped] of [
      [a, b, false],
      [b, a, true],
    ] as const) {
      if (metamodel.whyNot(r.id, source.type, target.type)) continue;
      const m = archimateRelationship(r.id, archimateOf.get(source.id)!, archimateOf.get(target.id)!);
      const score =
        (r.id === stated ? 8 : 0) +
        (m.archimate === archimate && m.reversed === flipped ? 4 : 0) +
        (m.accessType && m.accessType === accessType ? 2 : 0) +
        (flipped ? 0 : 1);
      candidates.push({ type: r.id, source, target, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  // Without a stated or matching type only an association, which says nothing more, may become any allowed relation.
  return candidates.find((c) => c.score >= 4 || archimate === 'Association') ?? null;
}

function typeName(node: XmlNode): string {
  const name = (node.attrs[`{${XSI}}type`] ?? node.local).replace(/^.*:/, '');
  // Triggering is the control-flow twin of Flow: both read as a process handing on to the next.
  return name === 'Triggering' ? 'Flow' : name;
}

// The text of a multi-language string; the first language given wins.
function langText(node: XmlNode | undefined): string {
  return node?.text ?? '';
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The description in the item's own language (that of its first name) and the names and descriptions in every
 * other language as translations: ArchiMate writes one `<name>` and `<documentation>` per language.
 */
function languagesOf(node: XmlNode): { description: string; translations?: Translations } {
  const tagOf = (n: XmlNode) => {
    const raw = n.attrs[`{${XML_NS}}lang`];
    if (!raw) return undefined;
    const [first, ...rest] = raw.split('-');
    return [first!.toLowerCase(), ...rest].join('-');
  };
  const names = childrenNamed(node, 'name');
  const own = names[0] ? tagOf(names[0]) : undefined;
  const translations: Translations & object = {};
  const put = (n: XmlNode, key: 'name' | 'description', text: string) => {
    const tag = tagOf(n);
    if (!tag || tag === own || !LANGUAGE_TAG.test(tag) || !text || translations[tag]?.[key]) return;
    translations[tag] = { ...translations[tag], [key]: key === 'name' ? text.slice(0, 200) : text };
  };
  for (const n of names.slice(1)) put(n, 'name', n.text.replace(/\s+/g, ' ').trim());
  let description: string | undefined;
  for (const n of childrenNamed(node, 'documentation')) {
    const tag = tagOf(n);
    if (description === undefined && (!tag || !own || tag === own)) description = n.text;
    else put(n, 'description', n.text);
  }
  return { description: description ?? '', ...(Object.keys(translations).length ? { translations } : {}) };
}

function knownType(metamodel: Metamodel, type: string | undefined): string | null {
  return type && metamodel.elementType(type) ? type : null;
}

function elementRefs(node: XmlNode): string[] {
  return node.children.flatMap((c) =>
    c.local === 'node' ? [...(c.attrs.elementRef ? [c.attrs.elementRef] : []), ...elementRefs(c)] : [],
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
