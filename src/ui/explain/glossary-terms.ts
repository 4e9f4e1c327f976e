import type { Glossary } from '../../core/model/glossary.ts';
import type { Element } from '../../core/model/schema.ts';

/** The glossary concepts an element type stands for, where the metamodel type is itself a concept of the sources. */
const TYPE_TERMS: Record<string, string[]> = {
  'delivery-process': ['Delivery process'],
  'support-process': ['Support process'],
  'analysis-process': ['Analysis process'],
  'cross-functional-process': ['Multi-channel management'],
  'customer-related-process': ['Key customer-related process (KCRP)'],
  'key-support-process': ['Key support process (KSP)'],
  'quality-measure': ['Quality measure'],
  knowledge: ['Customer knowledge'],
  'operational-crm-system': ['Operational CRM'],
  'analytical-crm-system': ['Analytical CRM'],
  'collaborative-crm-system': ['Collaborative CRM'],
  'knowledge-management-system': ['Knowledge-management system'],
};

/** Property values that tie an element to a concept: any customer-process phase, any COPC number, an objective's level. */
const PROPERTY_TERMS: [key: string, value: string | null, term: string][] = [
  ['customerPhase', null, 'Customer process'],
  ['copcId', null, 'COPC-2000'],
  ['level', 'organisation-wide', 'Organisation-wide CRM objective'],
  ['level', 'supporting', 'Supporting objective'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a term is written in running text: "Customer process" and, for "… (KCRP)", also "KCRP". */
function spellings(term: string): string[] {
  const match = /^(.*?)\s*\(([^)]+)\)$/.exec(term);
  return match ? [match[1]!, match[2]!] : [term];
}

/** A spelling specific enough to count when it appears in a description: several words, a code, or an abbreviation. */
const specific = (spelling: string) => /[\s\d-]/.test(spelling) || /^[A-Z]{3,}$/.test(spelling);

/**
 * The glossary terms that explain an element, most specific first: the concept its type stands for, concepts its
 * properties name, then terms its name or description mentions (narrower terms before broader ones).
 */
export function glossaryTermsFor(
  element: Pick<Element, 'type' | 'name' | 'description' | 'properties'>,
  glossary: Glossary,
  limit = 5,
): string[] {
  const known = new Map(glossary.terms.map((t) => [t.term, t]));
  const found: string[] = [];
  const add = (term: string) => known.has(term) && !found.includes(term) && found.push(term);
  (TYPE_TERMS[element.type] ?? []).forEach(add);
  for (const [key, value, term] of PROPERTY_TERMS) {
    const actual = element.properties[key];
    if (actual !== undefined && actual !== '' && (value === null || actual === value)) add(term);
  }

  // Longest spellings first, each cut out once found, so "key support process" does not also count as "support process".
  let text = `${element.name}. ${element.description}`;
  const cut = (term: string) => {
    let hit = false;
    for (const spelling of spellings(term).filter(specific)) {
      const pattern = new RegExp(`(^|[^\\w-])${escape(spelling)}s?(?![\\w-])`, /^[A-Z]+$/.test(spelling) ? 'g' : 'gi');
      text = text.replace(pattern, (_, before: string) => {
        hit = true;
        return `${before} · `;
      });
    }
    return hit;
  };
  found.forEach(cut);
  const depth = (term: string) => {
    let d = 0;
    for (let t = known.get(term); t?.broader !== undefined && d < 20; t = known.get(t.broader)) d++;
    return d;
  };
  const longest = (term: string) => Math.max(...spellings(term).map((sp) => sp.length));
  glossary.terms
    .map((t) => t.term)
    .sort((a, b) => longest(b) - longest(a))
    .filter((term) => !found.includes(term) && cut(term))
    .sort((a, b) => depth(b) - depth(a))
    .forEach(add);
  return found.slice(0, limit);
}
