import { sayImport, type Said } from '../../i18n/say.ts';
import { cellOf } from '../../layout/geometry.ts';
import { crmBpoMetamodel } from '../../metamodel/crm-bpo.ts';
import type { Metamodel } from '../../metamodel/metamodel.ts';
import type { Element, RefDocument, Relation, Translations, View } from '../../model/schema.ts';

/** One ArchiMate property value: lists are written as JSON first. */
type PropertyValue = string | number | boolean;
import { placeView } from '../view-layout.ts';
import { xmlAttr, xmlText } from '../xml.ts';
import {
  ARCHIMATE_NS,
  ARCHIMATE_SCHEMA_LOCATION,
  archimateElementType,
  archimateRelationship,
  DOCUMENT_PARTS,
  REFMOD,
} from './mapping.ts';

export interface ArchimateExport {
  xml: string;
  /** What ArchiMate has no place for and travels as properties instead, in sentences for the user (importMessage reads them in any language). */
  notes: Said[];
}

type DataType = 'string' | 'number' | 'boolean';

/**
 * Writes a document as an ArchiMate 3.1 Open Exchange File with its views as diagrams. Elements and relations map
 * as in mapping.ts; everything ArchiMate has no place for goes into `refmod:` properties, so importing the file
 * gives the same document back.
 */
export function exportArchimate(doc: RefDocument, metamodel: Metamodel = crmBpoMetamodel): ArchimateExport {
  const lang = xmlAttr(doc.meta.language);
  const taken = new Set([...doc.elements.map((e) => e.id), ...doc.relations.map((r) => r.id)]);
  let counter = 0;
  const freshId = (prefix: string) => {
    let id = `${prefix}-${++counter}`;
    while (taken.has(id)) id = `${prefix}-${++counter}`;
    taken.add(id);
    return id;
  };
  const definitions = new Map<string, { id: string; name: string; type: DataType }>();
  const definition = (name: string, type: DataType) => {
    const key = `${type}:${name}`;
    let found = definitions.get(key);
    if (!found) definitions.set(key, (found = { id: freshId('propdef'), name, type }));
    return found.id;
  };
  const name = (text: string, indent: string) => `${indent}<name xml:lang="${lang}">${xmlText(text)}</name>`;
  const documentation = (text: string, indent: string) =>
    text ? [`${indent}<documentation xml:lang="${lang}">${xmlText(text)}</documentation>`] : [];
  // An item's translations as more names and documentations, one per language (ArchiMate's multi-language strings).
  const translated = (item: { translations?: Translations }, key: 'name' | 'description', indent: string) =>
    Object.entries(item.translations ?? {}).flatMap(([language, t]) => {
      const tag = key === 'name' ? 'name' : 'documentation';
      return t[key] ? [`${indent}<${tag} xml:lang="${xmlAttr(language)}">${xmlText(t[key])}</${tag}>`] : [];
    });
  const names = (item: { name: string; translations?: Translations }, indent: string) => [
    name(item.name, indent),
    ...translated(item, 'name', indent),
  ];
  const documentations = (item: { description: string; translations?: Translations }, indent: string) => [
    ...documentation(item.description, indent),
    ...translated(item, 'description', indent),
  ];
  const properties = (entries: [string, PropertyValue][], indent: string): string[] => {
    if (!entries.length) return [];
    return [
      `${indent}<properties>`,
      ...entries.map(([key, value]) => {
        const type: DataType = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
        return `${indent}  <property propertyDefinitionRef="${definition(key, type)}"><value xml:lang="${lang}">${xmlText(String(value))}</value></property>`;
      }),
      `${indent}</properties>`,
    ];
  };

  const archimateType = new Map(
    doc.elements.map((el) => [el.id, archimateElementType(el.type, metamodel.categoryOf(el.type)?.id)]),
  );
  const mappings = new Map(
    doc.relations.map((r) => [
      r.id,
      archimateRelationship(r.type, archimateType.get(r.source) ?? '', archimateType.get(r.target) ?? ''),
    ]),
  );

  const modelParts = DOCUMENT_PARTS.flatMap((part): [string, PropertyValue][] =>
    doc[part] === undefined ? [] : [[`${REFMOD}${part}`, JSON.stringify(doc[part])]],
  );
  const elements = doc.elements.flatMap((el) => [
    `    <element identifier="${el.id}" xsi:type="${archimateType.get(el.id)}">`,
    ...names(el, '      '),
    ...documentations(el, '      '),
    ...properties(elementProperties(el), '      '),
    '    </element>',
  ]);
  const relationships = doc.relations.flatMap((r) => {
    const m = mappings.get(r.id)!;
    const [source, target] = m.reversed ? [r.target, r.source] : [r.source, r.target];
    const extra = m.accessType ? ` accessType="${m.accessType}"` : m.directed ? ' isDirected="true"' : '';
    return [
      `    <relationship identifier="${r.id}" source="${source}" target="${target}" xsi:type="${m.archimate}"${extra}>`,
      ...(r.label ? [name(r.label, '      ')] : []),
      ...properties([[`${REFMOD}type`, r.type]], '      '),
      '    </relationship>',
    ];
  });
  const diagrams = doc.views.flatMap((view) => diagram(view));

  function diagram(view: View): string[] {
    const placed = placeView(doc, view, metamodel);
    const nodeOf = new Map<string, string>();
    const cells = placed.grid.rows.flatMap((row) =>
      placed.grid.columns.map((column) => {
        const inside = placed.nodes.filter((n) => {
          const cell = cellOf(n.element, placed.grid.rowsAre);
          return cell.row === row.id && cell.column === column.id;
        });
        return [
          `        <node identifier="${freshId('lane')}" xsi:type="Container" x="${Math.round(column.start)}" y="${Math.round(row.start)}" w="${Math.max(1, Math.round(column.size))}" h="${Math.max(1, Math.round(row.size))}">`,
          `          <label xml:lang="${lang}">${xmlText(`${row.name} · ${column.name}`)}</label>`,
          `          <style><lineColor r="200" g="204" b="208"/><fillColor r="255" g="255" b="255"/></style>`,
          ...inside.flatMap((n) => {
            const id = freshId('node');
            nodeOf.set(n.element.id, id);
            return [
              `          <node identifier="${id}" elementRef="${n.element.id}" xsi:type="Element" x="${Math.max(0, n.x)}" y="${Math.max(0, n.y)}" w="${Math.max(1, n.width)}" h="${Math.max(1, n.height)}">`,
              `            <style><lineColor ${rgb(n.stroke)}/><fillColor ${rgb(n.fill)}/><font name="Segoe UI" size="10"><color ${rgb(n.fontColour)}/></font></style>`,
              '          </node>',
            ];
          }),
          '        </node>',
        ];
      }),
    );
    const connections = placed.relations.flatMap((r: Relation) => {
      const m = mappings.get(r.id)!;
      const [from, to] = m.reversed ? [r.target, r.source] : [r.source, r.target];
      const source = nodeOf.get(from);
      const target = nodeOf.get(to);
      if (!source || !target) return [];
      return [
        `        <connection identifier="${freshId('conn')}" relationshipRef="${r.id}" xsi:type="Relationship" source="${source}" target="${target}"/>`,
      ];
    });
    const kept = { id: view.id, perspective: view.perspective, elements: view.elements, positions: view.positions };
    return [
      `      <view identifier="${freshId('view')}" xsi:type="Diagram">`,
      ...names(view, '        '),
      ...documentations(view, '        '),
      ...properties([[`${REFMOD}view`, JSON.stringify(kept)]], '        '),
      ...cells.flat(),
      ...connections,
      '      </view>',
    ];
  }

  const body = [
    name(doc.meta.name, '  '),
    ...documentation(doc.meta.description, '  '),
    ...properties(modelParts, '  '),
    ...(elements.length ? ['  <elements>', ...elements, '  </elements>'] : []),
    ...(relationships.length ? ['  <relationships>', ...relationships, '  </relationships>'] : []),
  ];
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<model xmlns="${ARCHIMATE_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ARCHIMATE_SCHEMA_LOCATION}" identifier="${freshId('model')}" version="${xmlAttr(doc.meta.version)}">`,
  ];
  const propertyDefinitions = definitions.size
    ? [
        '  <propertyDefinitions>',
        ...[...definitions.values()].map(
          (d) =>
            `    <propertyDefinition identifier="${d.id}" type="${d.type}">${name(d.name, '')}</propertyDefinition>`,
        ),
        '  </propertyDefinitions>',
      ]
    : [];
  const views = diagrams.length ? ['  <views>', '    <diagrams>', ...diagrams, '    </diagrams>', '  </views>'] : [];
  const xml = [...head, ...body, ...propertyDefinitions, ...views, '</model>', ''].join('\n');
  return { xml, notes: exportNotes(doc, mappings) };
}

/** An element's Refmod-only fields and type-specific properties, as ArchiMate properties; defaults are left out. */
function elementProperties(el: Element): [string, PropertyValue][] {
  const out: [string, PropertyValue][] = [[`${REFMOD}type`, el.type]];
  if (el.area !== null) out.push([`${REFMOD}area`, el.area]);
  if (el.role !== null) out.push([`${REFMOD}role`, el.role]);
  if (el.optional) out.push([`${REFMOD}optional`, true]);
  const p = el.provenance;
  if (p.source !== undefined) out.push([`${REFMOD}source`, p.source]);
  if (p.note) out.push([`${REFMOD}note`, p.note]);
  if (p.confidence) out.push([`${REFMOD}confidence`, p.confidence]);
  if (p.status) out.push([`${REFMOD}status`, p.status]);
  if (el.goals.length) out.push([`${REFMOD}goals`, el.goals.join(' ')]);
  for (const [key, value] of Object.entries(el.properties)) {
    // ArchiMate property values are single strings: a list travels as JSON under a name that says so.
    if (Array.isArray(value)) out.push([`${REFMOD}list:${key}`, JSON.stringify(value)]);
    else out.push([key.startsWith(REFMOD) ? `${REFMOD}property:${key}` : key, value]);
  }
  return out;
}

function rgb(hex: string): string {
  const c = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `r="${c(1)}" g="${c(3)}" b="${c(5)}"`;
}

function exportNotes(doc: RefDocument, mappings: Map<string, ReturnType<typeof archimateRelationship>>): Said[] {
  const types = new Set(doc.elements.map((e) => e.type));
  const reversed = [...mappings.values()].filter((m) => m.reversed).length;
  const values = doc.elements.reduce((n, e) => n + Object.keys(e.properties).length, 0);
  const notes = [
    sayImport('archimate.export-elements', { elements: doc.elements.length, types: types.size }),
    sayImport('archimate.export-relations', { relations: doc.relations.length, reversed }),
  ];
  if (values) notes.push(sayImport('archimate.export-values', { values }));
  notes.push(
    sayImport('archimate.export-parts', { parts: DOCUMENT_PARTS.filter((part) => doc[part] !== undefined) }),
    sayImport('archimate.export-views', { views: doc.views.length }),
  );
  return notes;
}
