import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Element, RefDocument } from '../model/schema.ts';

/** Category colours for "colour by type": distinct for colour-blind viewers, and every node also carries an icon and a type label. */
const CATEGORY_COLOURS: Record<string, string> = {
  'business-object': '#4c78a8',
  process: '#2a9d8f',
  'quality-measure': '#b07aa1',
  goal: '#e07b24',
  'organisational-role': '#72787e',
  'information-system': '#9c755f',
};

/** The accent colour of an element under the design goals' colour coding. */
export function elementColour(doc: RefDocument, metamodel: Metamodel, el: Element): string {
  const by = doc.designGoals.colourBy;
  if (by === 'role') return doc.macroStructure.roles.find((r) => r.id === el.role)?.colour ?? '#9aa0a6';
  if (by === 'area') return doc.macroStructure.areas.find((a) => a.id === el.area)?.colour ?? '#9aa0a6';
  return CATEGORY_COLOURS[metamodel.elementType(el.type)?.category ?? ''] ?? '#9aa0a6';
}
