import type { RefDocument } from '../model/schema.ts';
import { elementsInView } from '../model/queries.ts';

export interface MermaidOptions {
  viewId?: string | undefined;
}

/** Quotes a label for Mermaid: the label survives any text the user can type. */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\r?\n/g, ' ')}"`;
}

/** A flowchart of the model (or one view) with one subgraph per area. */
export function toMermaid(doc: RefDocument, options: MermaidOptions = {}): string {
  const view = options.viewId ? doc.views.find((v) => v.id === options.viewId) : undefined;
  const elements = view ? elementsInView(doc, view) : doc.elements;
  const shown = new Set(elements.map((e) => e.id));
  const nodeId = new Map(elements.map((e, i) => [e.id, `n${i}`]));
  const lines = [`flowchart ${doc.designGoals.flowDirection}`];
  const lanes = [...doc.macroStructure.areas.map((a) => ({ id: a.id as string | null, name: a.name })), { id: null, name: 'Unassigned' }];
  lanes.forEach((lane, i) => {
    const members = elements.filter((e) => e.area === lane.id);
    if (!members.length) return;
    lines.push(`  subgraph lane${i}[${mermaidLabel(lane.name)}]`);
    for (const el of members) lines.push(`    ${nodeId.get(el.id)}[${mermaidLabel(el.name)}]`);
    lines.push('  end');
  });
  for (const rel of doc.relations) {
    if (!shown.has(rel.source) || !shown.has(rel.target)) continue;
    lines.push(`  ${nodeId.get(rel.source)} -->|${mermaidLabel(rel.label || rel.type)}| ${nodeId.get(rel.target)}`);
  }
  return lines.join('\n') + '\n';
}
