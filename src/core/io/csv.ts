import { sayImport, type Said } from '../i18n/say.ts';
import type { Text } from '../i18n/text.ts';
import { relationNotAllowed, relationUnconnected } from './relation-refusal.ts';
import { edit, perform, startHistory, type Edit } from '../commands/history.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import { documentProblems } from '../model/document-problems.ts';
import { issueProblem } from '../model/problems.ts';
import type { Element, Lane, PropertyValue, RefDocument, Relation } from '../model/schema.ts';
import { Element as ElementSchema, Relation as RelationSchema } from '../model/schema.ts';
import { forExport } from '../i18n/localize.ts';

/** The fixed columns of the elements table; element properties follow as `prop:<key>` columns. */
export const ELEMENT_COLUMNS = [
  'id',
  'type',
  'name',
  'description',
  'area',
  'role',
  'optional',
  'goals',
  'source',
  'note',
  'confidence',
  'status',
] as const;
export const RELATION_COLUMNS = ['id', 'type', 'source', 'target', 'label'] as const;
const PROPERTY = 'prop:';
/** A translation column: `name:de`, `description:ko` (the model's own text stays in `name` and `description`). */
const TRANSLATION = /^(name|description):([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;
// The keys safe-json refuses in a model file: a column with such a name could never be saved and opened again.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How a table is written: `;` for Excel with German, French or Dutch settings; a BOM makes Excel read UTF-8. */
export interface CsvOptions {
  separator?: ',' | ';';
  bom?: boolean;
}

/** A cell: text, or a number (which cannot carry a formula, so it is written as it is). */
export type CsvCell = string | number;

// OWASP's list of characters that make a spreadsheet run a cell as a formula; an apostrophe in front keeps it text.
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * Rows as RFC 4180 CSV, the one CSV writer of Refmod: CRLF line ends, quotes where needed, and text that a
 * spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`) quoted with a leading apostrophe.
 * Apostrophes already in front of such text get one more, so parseCsv gives back exactly what was written.
 */
export function writeCsv(
  rows: readonly (readonly CsvCell[])[],
  { separator = ',', bom = false }: CsvOptions = {},
): string {
  const special = new RegExp(`["${separator}\r\n]`);
  const cell = (value: CsvCell) => {
    if (typeof value === 'number') return String(value);
    if (FORMULA.test(value)) return `"'${value.replace(/"/g, '""')}"`;
    return special.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return (bom ? '\ufeff' : '') + rows.map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** One table of the model (elements or relations) as CSV: a header row, then one row per element. */
/**
 * `language`: a table to read in that language, names and descriptions in it where translated, else the model's
 * own text marked "[en]". Without it, the model's own text and one `name:<language>` and `description:<language>`
 * column per language the elements are translated into, so the table comes back whole.
 */
export function elementsToCsv(model: RefDocument, options?: CsvOptions & { language?: string | undefined }): string {
  const { doc } = forExport(model, options?.language);
  const keys = [...new Set(doc.elements.flatMap((e) => Object.keys(e.properties)))].sort();
  const languages =
    options?.language === undefined
      ? [...new Set(doc.elements.flatMap((e) => Object.keys(e.translations ?? {})))].sort()
      : [];
  const translationColumns = languages.flatMap((l) => [`name:${l}`, `description:${l}`]);
  const rows = doc.elements.map((e) => [
    e.id,
    e.type,
    e.name,
    e.description,
    e.area ?? '',
    e.role ?? '',
    String(e.optional),
    e.goals.join(' '),
    e.provenance.source ?? '',
    e.provenance.note,
    e.provenance.confidence ?? '',
    e.provenance.status ?? '',
    ...languages.flatMap((l) => [e.translations?.[l]?.name ?? '', e.translations?.[l]?.description ?? '']),
    ...keys.map((k) => {
      const value = e.properties[k];
      // A list (e.g. customer-process phases) is one cell, its items separated by "; ".
      return value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
    }),
  ]);
  return writeCsv([[...ELEMENT_COLUMNS, ...translationColumns, ...keys.map((k) => PROPERTY + k)], ...rows], options);
}

export function relationsToCsv(doc: RefDocument, options?: CsvOptions): string {
  return writeCsv(
    [[...RELATION_COLUMNS], ...doc.relations.map((r) => [r.id, r.type, r.source, r.target, r.label])],
    options,
  );
}

/**
 * Reads CSV (RFC 4180; a `;` separator as spreadsheets write it in German is recognised from the header).
 * Undoes writeCsv's formula neutralisation (one leading apostrophe before =, +, -, @). Returns every record
 * (empty lines as `['']`), or the record where a quoted cell is broken.
 */
export function parseCsv(text: string): { ok: true; rows: string[][] } | ({ ok: false; row: number } & Said) {
  const body = text.replace(/^\ufeff/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (body[i] === '"') {
      const start = rows.length + 1;
      i++;
      for (;;) {
        const quote = body.indexOf('"', i);
        if (quote < 0) return { ok: false, row: start, ...sayImport('csv.quote-open', undefined) };
        cell += body.slice(i, quote);
        i = quote + 1;
        if (body[i] !== '"') break;
        cell += '"';
        i++;
      }
      if (i < body.length && body[i] !== separator && body[i] !== '\r' && body[i] !== '\n') {
        return { ok: false, row: start, ...sayImport('csv.quote-end', undefined) };
      }
    } else {
      const end = body.slice(i).search(new RegExp(`[${separator}\\r\\n]`));
      cell = end < 0 ? body.slice(i) : body.slice(i, i + end);
      i = end < 0 ? body.length : i + end;
    }
    row.push(NEUTRALISED.test(cell) ? cell.slice(1) : cell);
    if (body[i] === separator) {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (i >= body.length) return { ok: true, rows };
    i += body.startsWith('\r\n', i) ? 2 : 1;
    if (i >= body.length) return { ok: true, rows };
  }
}

/** Where a CSV import failed: the table, the row as a spreadsheet counts it (header = 1), the column name. */
export interface CsvProblem {
  table: 'elements' | 'relations';
  row: number;
  column: string;
  message: string;
  /** The message as an id, for other languages (importMessage); a schema sentence the catalogue lacks has none. */
  text?: Text | undefined;
}

export type CsvImport =
  | {
      ok: true;
      document: RefDocument;
      edit: Edit;
      added: { elements: number; updated: number; relations: number; lanes: number };
      warnings: CsvProblem[];
    }
  | { ok: false; errors: CsvProblem[] };

/**
 * Imports an elements table and/or a relations table into a document: rows add or replace elements and
 * relations by id; areas and roles are matched by id or name and created when new. All or nothing, except that
 * goals and sources the document does not have are left out with a warning (a table from another model still imports).
 */
export function importCsv(
  tables: { elements?: string | undefined; relations?: string | undefined },
  into: RefDocument,
  metamodel: Metamodel = crmBpoMetamodel,
): CsvImport {
  const errors: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const goalIds = new Set(into.structuralGoals.map((g) => g.id));
  const sourceIds = new Set(into.meta.sources.map((s) => s.id));
  const taken = new Set([...into.elements.map((e) => e.id), ...into.relations.map((r) => r.id)]);
  const uniqueId = (wanted: string) => {
    const base = (
      wanted
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[^A-Za-z]+/, '') || 'item'
    ).slice(0, 90);
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    return id;
  };
  const newLanes = { areas: [] as Lane[], roles: [] as Lane[] };
  const laneId = (kind: 'areas' | 'roles', value: string): string | null => {
    if (!value) return null;
    const lanes = [...into.macroStructure[kind], ...newLanes[kind]];
    const found = lanes.find((l) => l.id === value) ?? lanes.find((l) => l.name.toLowerCase() === value.toLowerCase());
    if (found) return found.id;
    const id = value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z]+/, '') || kind.slice(0, -1);
    newLanes[kind].push({ id, name: value.slice(0, 200), colour: '#777777', description: '' });
    return id;
  };

  const elements: { element: Element; row: number }[] = [];
  const elementTable =
    tables.elements === undefined
      ? null
      : readTable('elements', tables.elements, [...ELEMENT_COLUMNS], ['type', 'name'], errors);
  for (const { row, cell, extra, translated } of elementTable ?? []) {
    const problem = (column: string, said: Told | string) =>
      errors.push({ table: 'elements', row, column, ...told(said) });
    const type = metamodel.elementType(cell('type'));
    if (!type) problem('type', sayImport('type.unknown', { type: cell('type') }, metamodel));
    const optional = yesNo(cell('optional'));
    if (optional === null) problem('optional', sayImport('csv.not-boolean', undefined));
    const properties: Record<string, PropertyValue> = {};
    for (const [column, value] of extra) {
      if (value === '') continue;
      const key = column.slice(PROPERTY.length);
      const kind = type?.properties.find((p) => p.key === key)?.kind;
      const typed =
        kind === 'number'
          ? value.trim() !== '' && Number.isFinite(Number(value))
            ? Number(value)
            : null
          : kind === 'boolean'
            ? yesNo(value)
            : kind === 'enum-list'
              ? value
                  .split(';')
                  .map((v) => v.trim())
                  .filter(Boolean)
              : value;
      if (typed === null)
        problem(
          column,
          kind === 'number' ? sayImport('csv.not-number', { value }) : sayImport('csv.not-boolean', undefined),
        );
      else properties[key] = typed;
    }
    const goals = cell('goals')
      .split(/[\s,;]+/)
      .filter(Boolean);
    for (const goal of goals.filter((g) => !goalIds.has(g)))
      warnings.push({
        table: 'elements',
        row,
        column: 'goals',
        ...sayImport('csv.no-goal', { goal }),
      });
    const source = sourceIds.has(cell('source')) ? cell('source') : '';
    if (cell('source') && !source)
      warnings.push({
        table: 'elements',
        row,
        column: 'source',
        ...sayImport('csv.no-source', { source: cell('source') }),
      });
    const translations: Record<string, Record<string, string>> = {};
    for (const [column, value] of translated) {
      const [, key, language] = TRANSLATION.exec(column)!;
      if (value) translations[language!] = { ...translations[language!], [key!]: value };
    }
    const candidate = {
      id: cell('id') || uniqueId(cell('name') || 'element'),
      type: cell('type'),
      name: cell('name'),
      description: cell('description'),
      ...(Object.keys(translations).length ? { translations } : {}),
      area: laneId('areas', cell('area')),
      role: laneId('roles', cell('role')),
      optional: optional ?? false,
      goals: goals.filter((g) => goalIds.has(g)),
      properties,
      provenance: {
        note: cell('note'),
        ...(source && { source }),
        ...(cell('confidence') && { confidence: cell('confidence') }),
        ...(cell('status') && { status: cell('status') }),
      },
    };
    const parsed = ElementSchema.safeParse(candidate, { reportInput: true });
    if (parsed.success) elements.push({ element: parsed.data, row });
    else for (const issue of parsed.error.issues) problem(columnOf(issue.path), issueProblem(issue));
  }

  const known = new Set([...into.elements.map((e) => e.id), ...elements.map((e) => e.element.id)]);
  const typeOf = new Map([...into.elements, ...elements.map((e) => e.element)].map((e) => [e.id, e.type]));
  const relations: { relation: Relation; row: number }[] = [];
  const relationTable =
    tables.relations === undefined
      ? null
      : readTable('relations', tables.relations, [...RELATION_COLUMNS], ['source', 'target'], errors);
  for (const { row, cell } of relationTable ?? []) {
    const problem = (column: string, said: Told | string) =>
      errors.push({ table: 'relations', row, column, ...told(said) });
    const [source, target] = [cell('source'), cell('target')];
    for (const [column, id] of [
      ['source', source],
      ['target', target],
    ] as const)
      if (!known.has(id)) problem(column, sayImport('csv.no-element', { id }));
    const [from, to] = [typeOf.get(source), typeOf.get(target)];
    // An empty type takes the first relation type the metamodel allows between the two elements.
    const type = cell('type') || metamodel.allowedRelations(from ?? '', to ?? '')[0]?.id || '';
    const refusal =
      from && to
        ? type
          ? relationNotAllowed(metamodel, type, from, to)
          : relationUnconnected(metamodel, from, to)
        : null;
    if (refusal) problem('type', refusal);
    const candidate = {
      id: cell('id') || uniqueId(`rel-${source}-${target}`),
      type,
      source,
      target,
      label: cell('label'),
    };
    const parsed = RelationSchema.safeParse(candidate, { reportInput: true });
    if (parsed.success) relations.push({ relation: parsed.data, row });
    else for (const issue of parsed.error.issues) problem(columnOf(issue.path), issueProblem(issue));
  }
  if (errors.length) return { ok: false, errors };

  const updated = elements.filter((e) => into.elements.some((x) => x.id === e.element.id)).length;
  const change = edit(
    { id: 'import.csv', params: { elements: elements.length, relations: relations.length } },
    (doc) => {
      doc.macroStructure.areas.push(...newLanes.areas);
      doc.macroStructure.roles.push(...newLanes.roles);
      upsert(
        doc.elements,
        elements.map((e) => e.element),
      );
      upsert(
        doc.relations,
        relations.map((r) => r.relation),
      );
    },
  );
  const document = perform(startHistory(into), change).document;
  for (const p of documentProblems(document, metamodel)) errors.push(locate(p, document, elements, relations));
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    document,
    edit: change,
    added: {
      elements: elements.length - updated,
      updated,
      relations: relations.length,
      lanes: newLanes.areas.length + newLanes.roles.length,
    },
    warnings,
  };
}

type Row = {
  row: number;
  cell: (column: string) => string;
  extra: [string, string][];
  translated: [string, string][];
};

// Checks the header (known, unique, required columns) and hands out each data row by column name.
function readTable(
  table: CsvProblem['table'],
  text: string,
  columns: string[],
  required: string[],
  errors: CsvProblem[],
): Row[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    errors.push({ table, row: parsed.row, column: '', message: parsed.message, text: parsed.text });
    return [];
  }
  const [header = [], ...rows] = parsed.rows;
  const names = header.map((h) => h.trim());
  const before = errors.length;
  names.forEach((name, i) => {
    const known =
      columns.includes(name) ||
      (table === 'elements' &&
        ((name.startsWith(PROPERTY) && name.length > PROPERTY.length) || TRANSLATION.test(name)));
    if (!known)
      errors.push({
        table,
        row: 1,
        column: name,
        ...sayImport('csv.unknown-column', { name, columns, properties: table === 'elements' }),
      });
    else if (name.startsWith(PROPERTY) && RESERVED_KEYS.has(name.slice(PROPERTY.length))) {
      errors.push({
        table,
        row: 1,
        column: name,
        ...sayImport('csv.reserved-property', { key: name.slice(PROPERTY.length) }),
      });
    } else if (names.indexOf(name) !== i)
      errors.push({ table, row: 1, column: name, ...sayImport('csv.column-twice', { name }) });
  });
  for (const name of required)
    if (!names.includes(name))
      errors.push({ table, row: 1, column: name, ...sayImport('csv.column-missing', { table, name }) });
  if (errors.length > before) return [];
  return rows.flatMap((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return [];
    if (cells.length > names.length)
      errors.push({
        table,
        row,
        column: `(column ${names.length + 1})`,
        ...sayImport('csv.too-many-cells', { cells: cells.length, header: names.length }),
      });
    const value = (i: number) => (cells[i] ?? '').trim();
    return {
      row,
      cell: (column: string) => (names.includes(column) ? value(names.indexOf(column)) : ''),
      extra: names.flatMap((name, i): [string, string][] => (name.startsWith(PROPERTY) ? [[name, value(i)]] : [])),
      translated: names.flatMap((name, i): [string, string][] => (TRANSLATION.test(name) ? [[name, value(i)]] : [])),
    };
  });
}

function upsert<T extends { id: string }>(list: T[], items: T[]): void {
  for (const item of items) {
    const at = list.findIndex((x) => x.id === item.id);
    if (at >= 0) list[at] = item;
    else list.push(item);
  }
}

function yesNo(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['', 'false', 'no', '0', 'nein'].includes(v)) return false;
  if (['true', 'yes', '1', '?', 'ja'].includes(v)) return true;
  return null;
}

function columnOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'provenance') return second ?? 'note';
  if (first === 'properties') return PROPERTY + (second ?? '');
  if (first === 'translations') return `${path.map(String)[2] ?? 'name'}:${second ?? ''}`;
  return first ?? '';
}

// A message without an id stays as written; one with an id is said in any language (a schema sentence has its path dropped).
function told(said: Told | string): Told {
  return typeof said === 'string'
    ? { message: said }
    : { message: said.message, ...(said.text && { text: said.text }) };
}
type Told = { message: string; text?: Text | undefined };

// Maps a problem of the whole document (e.g. "elements[4].goals[0]") back to the CSV row and column it came from.
function locate(
  problem: { path: string; message: string },
  doc: RefDocument,
  elements: { element: Element; row: number }[],
  relations: { relation: Relation; row: number }[],
): CsvProblem {
  const m = /^(elements|relations)\[(\d+)\]\.?([\w.]*)/.exec(problem.path);
  if (!m) return { table: 'elements', row: 0, column: '', message: problem.message };
  const table = m[1] as CsvProblem['table'];
  const id = table === 'elements' ? doc.elements[Number(m[2])]?.id : doc.relations[Number(m[2])]?.id;
  const row =
    table === 'elements'
      ? elements.find((e) => e.element.id === id)?.row
      : relations.find((r) => r.relation.id === id)?.row;
  return { table, row: row ?? 0, column: columnOf((m[3] ?? '').split('.').filter(Boolean)), message: problem.message };
}
