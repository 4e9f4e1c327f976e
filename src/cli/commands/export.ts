import { exportArchimate } from '../../core/exchange/archimate/export.ts';
import { importMessage } from '../../core/i18n/say.ts';
import { exportDrawio } from '../../core/exchange/drawio/export.ts';
import { elementsToCsv, relationsToCsv } from '../../core/io/csv.ts';
import { toErDiagram } from '../../core/io/er-diagram.ts';
import { exportDocument } from '../../core/io/json.ts';
import { mermaidFlowchart, type FlowDirection } from '../../core/io/mermaid.ts';
import { mermaidProcessMap } from '../../core/io/mermaid-map.ts';
import { modelReport } from '../../core/io/model-report.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';
import { loadModel } from '../load.ts';
import { cliMessages } from '../messages.ts';
import { viewImageFile } from './export-image.ts';

const FORMATS = ['json', 'mermaid', 'er', 'csv-elements', 'csv-relations', 'markdown', 'archimate', 'drawio'] as const;
type Format = (typeof FORMATS)[number];
// Images of one view, written through core's drawing rather than a text writer.
const ALL = [...FORMATS, 'svg', 'png'];
const DIRECTIONS: readonly string[] = ['LR', 'TB', 'RL', 'BT'];
const LEVELS: readonly string[] = ['detail', 'map'];

interface Choices {
  view: string | undefined;
  direction: FlowDirection | undefined;
  includeMeasures: boolean;
  map: boolean;
  /** The language of the model's names and descriptions; undefined: the model's own. */
  language: string | undefined;
}

// Each format's text, and warnings for stderr.
const writers: Record<Format, (doc: RefDocument, c: Choices) => { text: string; warnings?: string[] }> = {
  json: (doc) => ({ text: exportDocument(doc) }),
  mermaid: (doc, c) =>
    c.map
      ? mermaidProcessMap(doc, { viewId: c.view, direction: c.direction, language: c.language })
      : mermaidFlowchart(doc, {
          viewId: c.view,
          direction: c.direction,
          includeMeasures: c.includeMeasures,
          language: c.language,
        }),
  er: (doc, c) => ({ text: toErDiagram(doc, { viewId: c.view, direction: c.direction, language: c.language }) }),
  'csv-elements': (doc, c) => ({ text: elementsToCsv(doc, { language: c.language }) }),
  'csv-relations': (doc) => ({ text: relationsToCsv(doc) }),
  markdown: (doc, c) => ({
    text: modelReport(doc, { direction: c.direction, includeMeasures: c.includeMeasures, language: c.language }),
  }),
  archimate: (doc) => {
    const { xml, notes } = exportArchimate(doc);
    return { text: xml, warnings: notes.map((note) => importMessage(note)) };
  },
  drawio: (doc, c) => ({ text: exportDrawio(doc, { viewIds: c.view ? [c.view] : undefined }) }),
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a model as JSON, a Mermaid flowchart or ER diagram, CSV tables or a Markdown report',
  help: [
    `Usage: refmod export <file.json> --to ${ALL.join('|')} [--view <id>] [--direction LR|TB|RL|BT] [--level detail|map] [--no-measures] [-o <out>]`,
    '',
    '  --to json            canonical JSON (stable key order, pretty-printed)',
    '  --to mermaid         a Mermaid flowchart: roles and areas as subgraphs, shapes by element category',
    '  --to er              a Mermaid erDiagram of the business objects',
    '  --to csv-elements    the elements as CSV (properties as prop:<key> columns)',
    '  --to csv-relations   the relations as CSV',
    '  --to markdown        a report: goals, macro structure, processes, views as Mermaid, glossary, sources',
    '  --to archimate       an ArchiMate 3.1 Open Exchange File (.xml) with every view as a diagram; stderr lists',
    "                       what travels as refmod: properties (see the README's mapping table)",
    '  --to drawio          a draw.io file (.drawio, uncompressed): one page per view, or the one --view names',
    '  --to svg             the image of one view as the app exports it: lanes, nodes, relations, legend, and the',
    '                       model in its metadata (Open reads it back); default the first view, as its process map',
    "                       when it has more elements than the design goals' maximum (--level detail|map chooses)",
    "  --to png             not in Node, which has no fonts to draw text with: write SVG, or use the app's export",
    '  --view <id>          Mermaid, ER, draw.io and SVG: export only this view; default: the whole model (draw.io: every view)',
    "  --direction <dir>    Mermaid, ER and report diagrams: flow direction; default: the model's design goal",
    '  --level map          Mermaid and SVG: the process map, one box per process and one counted line per pair of cells',
    '  --no-measures        Mermaid and report diagrams: leave out quality measures',
    '  -o <out>             write to a file instead of standard output',
    '  --lang <en|de|ko>    Mermaid, ER, CSV elements, SVG and the report: names and descriptions in that language; a',
    "                       missing translation gives the model's own text, marked [en] (stderr counts them).",
    '                       JSON, ArchiMate and draw.io always carry every language; CSV without --lang has one',
    '                       name:<lang> and description:<lang> column per language',
  ].join('\n'),
  run(args, io, language, chosen = true) {
    const { positional, flags } = parseArgs(args, ['to', 'view', 'out', 'direction', 'level'], ['no-measures']);
    const to = flags.get('to');
    if (!ALL.includes(to as Format)) {
      io.err(cliMessages().sayTo(ALL));
      return EXIT.unreadable;
    }
    if (to === 'png') {
      io.err(cliMessages().noPng);
      return EXIT.unreadable;
    }
    const direction = flags.get('direction');
    if (direction !== undefined && (typeof direction !== 'string' || !DIRECTIONS.includes(direction.toUpperCase()))) {
      io.err(cliMessages().directionIs(DIRECTIONS));
      return EXIT.unreadable;
    }
    const level = flags.get('level');
    if (level !== undefined && (typeof level !== 'string' || !LEVELS.includes(level))) {
      io.err(cliMessages().levelIs(LEVELS));
      return EXIT.unreadable;
    }
    const doc = loadModel(positional[0], io);
    if (!doc) return EXIT.unreadable;
    const view = flags.get('view');
    if (typeof view === 'string' && !doc.views.some((v) => v.id === view)) {
      io.err(
        cliMessages().noView(
          view,
          doc.views.map((v) => v.id),
        ),
      );
      return EXIT.unreadable;
    }
    const choices: Choices = {
      view: typeof view === 'string' ? view : undefined,
      direction: typeof direction === 'string' ? (direction.toUpperCase() as FlowDirection) : undefined,
      includeMeasures: !flags.has('no-measures'),
      map: level === 'map',
      // Without --lang the model is written as it is, in its own language (and CSV with every translation).
      language: chosen ? language : undefined,
    };
    const write = ({ text, warnings = [] }: { text: string; warnings?: string[] }) => {
      for (const warning of warnings) io.err(`refmod export: ${warning}`);
      const out = flags.get('out');
      if (typeof out === 'string' && out) io.writeFile(out, text);
      else io.out(text);
      return EXIT.ok;
    };
    if (to === 'svg')
      return viewImageFile(doc, {
        view: choices.view,
        level: typeof level === 'string' ? (level as 'map' | 'detail') : undefined,
        language: chosen ? language : undefined,
      }).then(write);
    return write(writers[to as Format](doc, choices));
  },
};
