import { basename, extname } from 'node:path';
import { importArchimate } from '../../core/exchange/archimate/import.ts';
import { importDrawio } from '../../core/exchange/drawio/import.ts';
import { importMessage, reasonMessage } from '../../core/i18n/say.ts';
import { importCsv, parseCsv, type CsvProblem } from '../../core/io/csv.ts';
import { exportDocument } from '../../core/io/json.ts';
import { importMermaid } from '../../core/io/mermaid-import.ts';
import { DEFAULT_METHOD_ID } from '../../core/method/shipped.ts';
import { crmBpoMetamodel } from '../../core/metamodel/crm-bpo.ts';
import { metamodelFor } from '../../core/metamodel/registry.ts';
import { RefDocument } from '../../core/model/schema.ts';
import { EXIT, parseArgs, type CliCommand, type CliIo } from '../io.ts';
import { loadModel } from '../load.ts';
import { cliMessages } from '../messages.ts';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'build a model from a Mermaid flowchart, CSV tables, an ArchiMate exchange file or a draw.io diagram',
  help: [
    'Usage: refmod import <file.mmd | elements.csv [relations.csv] | model.xml | diagram.drawio> [-o model.json] [--into base.json] [--name <name>] [--shapes <shape>=<type>,...]',
    '',
    '  <file.mmd>        a Mermaid flowchart (.mmd or .mermaid): nodes become elements, edges relations, subgraphs areas and roles',
    '  <file.csv>        an elements table and/or a relations table (told apart by their source and target columns),',
    '                    as `refmod export --to csv-elements|csv-relations` writes them',
    '  <model.xml>       an ArchiMate 3.1/3.2 Open Exchange File: a model of its own (what is left out is listed)',
    '  <diagram.drawio>  a draw.io diagram (uncompressed): shapes become elements, edges relations, each page a view',
    '  --into <base>     add to this model instead of a new, empty one (e.g. models/templates/blank.json)',
    '  --name <name>     the name of a new model; default: the file name',
    '  --shapes <list>   Mermaid: the element type for a node shape, e.g. rect=delivery-process,diamond=management-process;',
    "                    draw.io: for a shape style, e.g. 'rectangle #dae8fc=delivery-process'",
    '  -o <out>          write the model to a file instead of standard output',
    '',
    'Statements the import cannot use are listed on standard error, line by line. Exit 2 when nothing could be imported.',
  ].join('\n'),
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['out', 'into', 'name', 'shapes']);
    const m = cliMessages();
    if (!positional.length) {
      io.err(m.importNeedsFile);
      return EXIT.unreadable;
    }
    const texts: { path: string; text: string }[] = [];
    for (const path of positional) {
      try {
        texts.push({ path, text: io.readFile(path) });
      } catch (error) {
        io.err(m.importCannotRead(path, (error as NodeJS.ErrnoException).code));
        return EXIT.unreadable;
      }
    }
    const intoPath = flags.get('into');
    const kind = extname(positional[0]!).toLowerCase();
    if (kind === '.xml') {
      if (texts.length > 1 || intoPath !== undefined) {
        io.err(m.archimateAlone);
        return EXIT.unreadable;
      }
      return written(fromArchimate(texts[0]!.text, io), flags.get('out'), io);
    }
    const name = flags.get('name');
    const into =
      typeof intoPath === 'string'
        ? loadModel(intoPath, io)
        : emptyModel(
            typeof name === 'string' && name.trim() ? name.trim() : basename(positional[0]!, extname(positional[0]!)),
          );
    if (!into) return EXIT.unreadable;
    const csv = texts.every((t) => extname(t.path).toLowerCase() === '.csv');
    const document = csv
      ? fromCsv(texts, into, io)
      : texts.length === 1
        ? kind === '.drawio'
          ? fromDrawio(texts[0]!.text, into, flags.get('shapes'), io)
          : fromMermaid(texts[0]!.text, into, flags.get('shapes'), io)
        : null;
    if (!csv && texts.length > 1) io.err(m.oneFile);
    return written(document, flags.get('out'), io);
  },
};

function written(document: RefDocument | null, out: string | true | undefined, io: CliIo): number {
  if (!document) return EXIT.unreadable;
  const text = exportDocument(document);
  if (typeof out === 'string' && out) io.writeFile(out, text);
  else io.out(text);
  return EXIT.ok;
}

function fromArchimate(text: string, io: CliIo): RefDocument | null {
  const result = importArchimate(text, crmBpoMetamodel);
  const m = cliMessages();
  if (!result.ok) {
    io.err(m.archimateNothing);
    for (const e of result.errors.slice(0, SHOWN)) io.err(`  ${m.atLine(e.line)}${importMessage(e, metamodelFor({}))}`);
    return null;
  }
  const { document } = result;
  io.err(m.archimateImported(document.elements.length, document.relations.length, document.views.length));
  for (const note of result.notes) io.err(`  ${importMessage(note, metamodelFor({}))}`);
  return document;
}

function fromDrawio(text: string, into: RefDocument, shapes: string | true | undefined, io: CliIo): RefDocument | null {
  const styleTypes: Record<string, string> = {};
  for (const pair of typeof shapes === 'string' ? shapes.split(',') : []) {
    const at = pair.lastIndexOf('=');
    if (at > 0) styleTypes[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  const result = importDrawio(text, into, { styleTypes, metamodel: crmBpoMetamodel });
  const m = cliMessages();
  if (!result.ok) {
    for (const e of result.errors.slice(0, SHOWN)) io.err(m.lineProblem(e.line, importMessage(e, metamodelFor({}))));
    return null;
  }
  const { added } = result;
  io.err(m.drawioImported(added.elements, added.matched, added.relations, added.viewIds));
  for (const q of result.questions) {
    if (styleTypes[q.style]) continue;
    io.err(m.styleQuestion(q.style, q.shapes, q.examples[0] ?? '', q.suggested));
  }
  for (const s of result.unsupported.slice(0, SHOWN))
    io.err(m.pageNotImported(s.page, s.text, reasonMessage(s, metamodelFor({}))));
  if (result.unsupported.length > SHOWN) io.err(m.moreEdges(result.unsupported.length - SHOWN));
  return result.document;
}

function emptyModel(name: string): RefDocument {
  const now = new Date().toISOString();
  const id =
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^[^A-Za-z]+/, '')
      .slice(0, 90) || 'imported';
  return RefDocument.parse({
    formatVersion: 1,
    meta: { id, name: name.slice(0, 200), created: now, modified: now },
    macroStructure: { areas: [], roles: [] },
    method: { methodId: DEFAULT_METHOD_ID, currentStep: 'structural-goals' },
  });
}

function fromMermaid(
  text: string,
  into: RefDocument,
  shapes: string | true | undefined,
  io: CliIo,
): RefDocument | null {
  const shapeTypes: Record<string, string> = {};
  for (const pair of typeof shapes === 'string' ? shapes.split(',') : []) {
    const [shape, type] = pair.split('=').map((s) => s.trim());
    if (shape && type) shapeTypes[shape] = type;
  }
  const result = importMermaid(text, into, { shapeTypes, metamodel: crmBpoMetamodel });
  const m = cliMessages();
  if (!result.ok) {
    for (const e of result.errors) io.err(m.lineProblem(e.line, importMessage(e, metamodelFor({}))));
    return null;
  }
  const { added } = result;
  io.err(m.mermaidImported(added.elements, added.matched, added.relations, added.areas, added.roles, added.viewId));
  for (const q of result.questions) {
    if (shapeTypes[q.shape]) continue;
    io.err(m.shapeQuestion(q.shape, q.nodes, q.examples[0] ?? '', q.suggested));
  }
  for (const s of result.unsupported.slice(0, SHOWN))
    io.err(m.lineNotImported(s.line, s.text, reasonMessage(s, metamodelFor({}))));
  if (result.unsupported.length > SHOWN) io.err(m.moreStatements(result.unsupported.length - SHOWN));
  if (result.ignored.length) io.err(m.ignored(result.ignored.length));
  return result.document;
}

function fromCsv(texts: { path: string; text: string }[], into: RefDocument, io: CliIo): RefDocument | null {
  const tables: { elements?: string; relations?: string } = {};
  const m = cliMessages();
  for (const { path, text } of texts) {
    const parsed = parseCsv(text);
    const header = parsed.ok ? (parsed.rows[0] ?? []).map((h) => h.trim()) : [];
    const kind = header.includes('source') && header.includes('target') ? 'relations' : 'elements';
    if (tables[kind] !== undefined) {
      io.err(m.secondTable(path, kind));
      return null;
    }
    tables[kind] = text;
  }
  const result = importCsv(tables, into, crmBpoMetamodel);
  const file = (table: string) => texts.find((t) => tables[table as keyof typeof tables] === t.text)?.path ?? table;
  const report = (problems: CsvProblem[]) => {
    for (const p of problems.slice(0, SHOWN))
      io.err(m.csvProblem(file(p.table), p.row, p.column, importMessage(p, metamodelFor({}))));
    if (problems.length > SHOWN) io.err(m.more(problems.length - SHOWN));
  };
  if (!result.ok) {
    io.err(m.csvNothing(result.errors.length));
    report(result.errors);
    return null;
  }
  const { added } = result;
  io.err(m.csvImported(added.elements, added.updated, added.relations, added.lanes));
  report(result.warnings);
  return result.document;
}

// Enough to see the pattern; a long list of the same problem helps no one.
const SHOWN = 20;
