import { tint } from '../../io/mermaid-style.ts';
import { crmBpoMetamodel } from '../../metamodel/crm-bpo.ts';
import type { Metamodel } from '../../metamodel/metamodel.ts';
import type { RefDocument, View } from '../../model/schema.ts';
import { placeView, type PlacedNode } from '../view-layout.ts';
import { xmlAttr } from '../xml.ts';
import { DRAWIO_SHAPES } from './styles.ts';

const MARGIN = 20;
// The canvas's relation colours (knowledge flows purple, measures mauve, the rest grey).
const RELATION_COLOURS: Record<string, string> = { 'knowledge-flow': '#8e44ad', measures: '#b07aa1' };

export interface DrawioOptions {
  /** The views to export, one page each; default: every view. */
  viewIds?: readonly string[] | undefined;
  metamodel?: Metamodel | undefined;
}

/**
 * Writes views as an uncompressed draw.io (diagrams.net) file: one page per view with its lane grid (rows as
 * swimlanes, column headers and separators), each element as a shape by category in its colours, each relation as
 * an edge. Element and relation ids, types, lanes, properties and provenance ride along as data (Edit Data in draw.io), so the
 * import links or restores them.
 */
export function exportDrawio(doc: RefDocument, options: DrawioOptions = {}): string {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const views = options.viewIds ? doc.views.filter((v) => options.viewIds!.includes(v.id)) : doc.views;
  const pages = views.map((view, i) => page(doc, view, metamodel, i));
  return [`<mxfile host="Refmod" type="device" compressed="false">`, ...pages.flat(), '</mxfile>', ''].join('\n');
}

function page(doc: RefDocument, view: View, metamodel: Metamodel, index: number): string[] {
  const placed = placeView(doc, view, metamodel);
  const { grid } = placed;
  const x = (v: number) => Math.round(v + MARGIN);
  const cells: string[] = [];
  const vertex = (id: string, value: string, style: string, gx: number, gy: number, w: number, h: number) =>
    `        <mxCell id="${xmlAttr(id)}" value="${xmlAttr(value)}" style="${xmlAttr(style)}" vertex="1" parent="1"><mxGeometry x="${x(gx)}" y="${x(gy)}" width="${Math.round(w)}" height="${Math.round(h)}" as="geometry"/></mxCell>`;
  // Rows are swimlanes named on the left; columns are swimlanes named on top with a clear body, so the rows' tints
  // show through and their borders separate the cells.
  const top = grid.rows[0]!.start;
  const left = grid.columns[0]!.start;
  const lane =
    'shape=swimlane;swimlane;html=1;whiteSpace=wrap;fontStyle=1;fontSize=14;strokeColor=#c8ccd0;fontColor=#1f2328;collapsible=0;';
  for (const row of grid.rows)
    cells.push(
      vertex(
        `lane/row/${row.id ?? 'unassigned'}`,
        row.name,
        `${lane}horizontal=0;startSize=${left};fillColor=${tint(row.colour.toLowerCase(), 0.3)};swimlaneFillColor=${tint(row.colour.toLowerCase(), 0.08)};`,
        0,
        row.start,
        grid.width,
        row.size,
      ),
    );
  for (const column of grid.columns)
    cells.push(
      vertex(
        `lane/column/${column.id ?? 'unassigned'}`,
        column.name,
        `${lane}startSize=${top};fillColor=${tint(column.colour.toLowerCase(), 0.3)};swimlaneFillColor=none;`,
        column.start,
        0,
        column.size,
        grid.height,
      ),
    );
  for (const node of placed.nodes) cells.push(elementCell(node, x));
  const shown = new Set(placed.nodes.map((n) => n.element.id));
  for (const r of placed.relations) {
    if (!shown.has(r.source) || !shown.has(r.target)) continue;
    const line = metamodel.relationType(r.type)?.line ?? 'solid';
    const colour = RELATION_COLOURS[r.type] ?? '#7d8793';
    // Straight lines between node borders, as the image export draws them.
    const style = `html=1;endArrow=block;endFill=1;strokeColor=${colour};fontColor=#1f2328;fontSize=11;${line === 'solid' ? '' : `dashed=1;dashPattern=${line === 'dotted' ? '2 4' : '7 5'};`}`;
    cells.push(
      `        <object id="${xmlAttr(r.id)}" label="${xmlAttr(escapeHtml(r.label))}" refmodType="${xmlAttr(r.type)}"><mxCell style="${xmlAttr(style)}" edge="1" parent="1" source="${xmlAttr(r.source)}" target="${xmlAttr(r.target)}"><mxGeometry relative="1" as="geometry"/></mxCell></object>`,
    );
  }
  return [
    `  <diagram id="${xmlAttr(`page-${index + 1}`)}" name="${xmlAttr(view.name)}">`,
    `    <mxGraphModel dx="0" dy="0" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${Math.ceil(grid.width + 2 * MARGIN)}" pageHeight="${Math.ceil(grid.height + 2 * MARGIN)}" math="0" shadow="0">`,
    '      <root>',
    '        <mxCell id="0"/>',
    '        <mxCell id="1" parent="0"/>',
    ...cells,
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
  ];
}

function elementCell(node: PlacedNode, x: (v: number) => number): string {
  const el = node.element;
  const shape = node.shape ? DRAWIO_SHAPES[node.shape] : 'rounded=0;';
  const style = `${shape}whiteSpace=wrap;html=1;fillColor=${node.fill};strokeColor=${node.stroke};fontColor=${node.fontColour};fontSize=13;fontStyle=1;${el.optional ? 'dashed=1;' : ''}`;
  const data: [string, string][] = [
    ['refmodType', el.type],
    ['refmodTypeLabel', node.typeLabel],
    ...(el.area !== null ? ([['refmodArea', el.area]] as [string, string][]) : []),
    ...(el.role !== null ? ([['refmodRole', el.role]] as [string, string][]) : []),
    ...(el.optional ? ([['refmodOptional', 'true']] as [string, string][]) : []),
    ...(el.description ? ([['tooltip', el.description]] as [string, string][]) : []),
    ...(Object.keys(el.properties).length
      ? ([['refmodProperties', JSON.stringify(el.properties)]] as [string, string][])
      : []),
    ...(el.provenance.source || el.provenance.note || el.provenance.confidence || el.provenance.status
      ? ([['refmodProvenance', JSON.stringify(el.provenance)]] as [string, string][])
      : []),
    ...(el.goals.length ? ([['refmodGoals', el.goals.join(' ')]] as [string, string][]) : []),
  ];
  const attrs = data.map(([k, v]) => ` ${k}="${xmlAttr(v)}"`).join('');
  return `        <object id="${xmlAttr(el.id)}" label="${xmlAttr(escapeHtml(el.name))}"${attrs}><mxCell style="${xmlAttr(style)}" vertex="1" parent="1"><mxGeometry x="${x(node.x)}" y="${x(node.y)}" width="${node.width}" height="${node.height}" as="geometry"/></mxCell></object>`;
}

/** Labels are HTML in draw.io (html=1, so they wrap): a name's own < and & must stay text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
