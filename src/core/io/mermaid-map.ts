import { processMap, type CountChip } from '../diagram/process-map.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import type { RefDocument, View } from '../model/schema.ts';
import { forExport } from '../i18n/localize.ts';
import type { FlowDirection, MermaidDiagram } from './mermaid.ts';
import { mermaidIds, mermaidLabel } from './mermaid-text.ts';
import { SHAPE_COLOURS, strokeFor, tint } from './mermaid-style.ts';

export interface ProcessMapOptions {
  /** The map of this view; default: of the whole model. */
  viewId?: string | undefined;
  /** Default TB: a framework reads top-down, and a page is taller than wide. */
  direction?: FlowDirection | undefined;
  metamodel?: Metamodel | undefined;
  /** The language of names and descriptions (default: the model's own); a missing translation shows the model's text, marked "[en]". */
  language?: string | undefined;
}

/** "5 business objects · 2 goals": a cell's or process's counts as one line of text. */
export function countsText(chips: readonly CountChip[]): string {
  return chips.map((c) => c.text).join(' · ');
}

/**
 * The process map (Ordnungsrahmen) of a view as a compact Mermaid flowchart: one subgraph per cell with content
 * (role · area) holding a line that counts its other elements and its processes as nodes, and one edge per pair of
 * cells labelled with how many relations run between them. `nodes` counts the drawn processes and count lines.
 */
export function mermaidProcessMap(model: RefDocument, options: ProcessMapOptions = {}): MermaidDiagram {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const { doc, note } = forExport(model, options.language);
  const warnings: string[] = note ? [note] : [];
  const found = options.viewId === undefined ? undefined : doc.views.find((v) => v.id === options.viewId);
  if (options.viewId !== undefined && !found)
    warnings.push(`The model has no view "${options.viewId}"; the whole model is shown.`);
  const view: View = found ?? {
    id: 'model',
    name: 'Whole model',
    perspective: 'full',
    description: '',
    elements: 'all',
    positions: {},
  };
  const map = processMap(doc, view, metamodel, undefined, undefined, { processesOnly: true });
  const ids = mermaidIds();
  for (const el of doc.elements) ids(el.id); // the same node ids as the detail level
  const cellId = (key: string) => ids(`cell_${key}`);
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  const shown = map.cells.filter((c) => c.boxes.length || c.summary.length);
  // The legend travels as the figure's accessible title and description (mermaid writes them into the SVG).
  const lines = [
    `flowchart ${options.direction ?? 'TB'}`,
    `  accTitle: ${oneLine(`${doc.meta.name} · ${view.name} · process map`)}`,
    '  accDescr: Each box is a cell of the framework (role · area) with its processes; its first line counts its other elements. A line between two cells says how many relations run between them, its arrows in which direction.',
  ];
  const summaries: string[] = [];
  for (const cell of shown) {
    lines.push(`  subgraph ${cellId(cell.key)}[${mermaidLabel(`${cell.rowName} · ${cell.columnName}`)}]`);
    // The counts of everything but processes: a line of text under the title (a node drawn without a box).
    if (cell.summary.length) {
      summaries.push(ids(`summary_${cell.key}`));
      lines.push(`    ${summaries.at(-1)}[${mermaidLabel(countsText(cell.summary))}]`);
    }
    // Processes as subroutine boxes, as in the detail export; other named elements as plain boxes.
    for (const p of cell.boxes) {
      const [open, close] = p.category === 'process' ? ['[[', ']]'] : ['(', ')'];
      lines.push(`    ${ids(p.id)}${open}${mermaidLabel(names.get(p.id)!)}${close}`);
    }
    // The map's sub-columns: an invisible link ranks each box after its neighbour in the column before.
    const columns = [...new Set(cell.boxes.map((p) => p.x))].map((x) => cell.boxes.filter((p) => p.x === x));
    columns
      .slice(1)
      .forEach((column, c) =>
        column.forEach((p, i) =>
          lines.push(`    ${ids(columns[c]![Math.min(i, columns[c]!.length - 1)]!.id)} ~~~ ${ids(p.id)}`),
        ),
      );
    lines.push('  end');
  }
  for (const c of map.connectors) {
    const count = c.forward + c.backward;
    const [from, to] = c.forward >= c.backward ? [c.from, c.to] : [c.to, c.from];
    const arrow = c.forward && c.backward ? '<-->' : '-->';
    lines.push(
      `  ${cellId(from)} ${arrow}|${mermaidLabel(`${count} relation${count === 1 ? '' : 's'}`)}| ${cellId(to)}`,
    );
  }
  const lanes = new Map(
    [...doc.macroStructure.roles, ...doc.macroStructure.areas].map((l) => [l.id, l.colour.toLowerCase()]),
  );
  for (const cell of shown) {
    const colour = lanes.get((map.grid.rowsAre === 'role' ? cell.row : cell.column) ?? '') ?? '#9aa3ad';
    lines.push(`  style ${cellId(cell.key)} fill:${tint(colour, 0.08)},stroke:${colour}`);
  }
  const processIds = shown.flatMap((c) => c.boxes.map((p) => ids(p.id)));
  if (processIds.length) {
    const fill = SHAPE_COLOURS.chevron;
    lines.push(
      `  classDef process fill:${fill},stroke:${strokeFor(fill)},color:#000000`,
      `  class ${processIds.join(',')} process`,
    );
  }
  if (summaries.length)
    lines.push('  classDef counts fill:none,stroke:none,color:#3c4650', `  class ${summaries.join(',')} counts`);
  const nodes = processIds.length + summaries.length;
  return { text: lines.join('\n') + '\n', nodes, edges: map.connectors.length, warnings };
}

// accTitle runs to the end of its line.
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
