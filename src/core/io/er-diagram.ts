import type { Metamodel } from '../metamodel/metamodel.ts';
import { crmBpoMetamodel } from '../metamodel/crm-bpo.ts';
import { elementsInView } from '../model/queries.ts';
import type { RefDocument } from '../model/schema.ts';
import { mermaidIds, mermaidLabel, mermaidText } from './mermaid-text.ts';

export interface ErDiagramOptions {
  /** Only the business objects of this view; default: the whole model. */
  viewId?: string | undefined;
  /** Mermaid's erDiagram supports TB, BT, LR and RL. */
  direction?: 'LR' | 'TB' | 'RL' | 'BT' | undefined;
  metamodel?: Metamodel | undefined;
}

// Words erDiagram reads as cardinalities or statements where an entity name is expected.
const ER_RESERVED = new Set(['one', 'many', 'to', 'only', 'zero', 'or', 'optionally', 'more', 'style', 'class', 'classdef', 'end', 'erdiagram', 'direction', 'u', 'pk', 'fk', 'uk']);

// Crow's-foot ends: many parts belong to exactly one whole; references are loose (zero or more both ways).
const RELATIONSHIP: Record<string, string> = { 'belongs-to': '}o--||', 'refers-to': '}o..o{' };

/**
 * The business-object model as a Mermaid `erDiagram`: one entity per business object (its type's
 * properties as attributes, set values as comments), `belongs-to` and `refers-to` as labelled relationships.
 */
export function toErDiagram(doc: RefDocument, options: ErDiagramOptions = {}): string {
  const metamodel = options.metamodel ?? crmBpoMetamodel;
  const view = options.viewId === undefined ? undefined : doc.views.find((v) => v.id === options.viewId);
  const objects = (view ? elementsInView(doc, view) : doc.elements).filter((el) => metamodel.categoryOf(el.type)?.id === 'business-object');
  const allocate = mermaidIds();
  const ids = new Map(objects.map((el) => [el.id, allocate(ER_RESERVED.has(el.id.toLowerCase()) ? `entity_${el.id}` : el.id)]));

  const lines = ['erDiagram'];
  if (options.direction) lines.push(`  direction ${options.direction}`);
  for (const el of objects) {
    const properties = metamodel.elementType(el.type)?.properties ?? [];
    if (!properties.length) {
      lines.push(`  ${ids.get(el.id)}[${mermaidLabel(el.name)}]`);
      continue;
    }
    lines.push(`  ${ids.get(el.id)}[${mermaidLabel(el.name)}] {`);
    for (const def of properties) {
      const value = el.properties[def.key];
      const comment = value === undefined || value === '' ? '' : ` "${mermaidText(String(value))}"`;
      lines.push(`    ${def.kind} ${def.key.replace(/[^A-Za-z0-9_-]/g, '_')}${comment}`);
    }
    lines.push('  }');
  }
  for (const rel of doc.relations) {
    const shape = RELATIONSHIP[rel.type];
    const source = ids.get(rel.source);
    const target = ids.get(rel.target);
    if (!shape || !source || !target) continue;
    lines.push(`  ${source} ${shape} ${target} : ${mermaidLabel(rel.label || metamodel.relationType(rel.type)?.label || rel.type)}`);
  }
  return lines.join('\n') + '\n';
}
