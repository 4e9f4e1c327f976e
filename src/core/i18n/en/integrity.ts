/** The parts of a model whose ids must be unique, as the duplicate-id message names them. */
export type IdPart =
  'area' | 'role' | 'structural goal' | 'source' | 'view' | 'naming rule' | 'evaluation' | 'element' | 'relation';

/** Why a model's references do not hold together, in English: the words Refmod has always used. */
export const integrity = {
  'integrity.duplicate-id': (p: { part: IdPart; id: string }) =>
    `Two ${p.part}s share the id "${p.id}"; ids must be unique.`,
  'integrity.element-and-relation-id': (p: { id: string }) =>
    `The id "${p.id}" is used by an element and by a relation; ids must be unique.`,
  'integrity.unknown-element-type': (p: { name: string; type: string; metamodel: string }) =>
    `Element "${p.name}" has the type "${p.type}", which the ${p.metamodel} metamodel does not define.`,
  'integrity.unknown-area': (p: { name: string; area: string }) =>
    `Element "${p.name}" is in the area "${p.area}", which the macro structure does not define.`,
  'integrity.unknown-role': (p: { name: string; role: string }) =>
    `Element "${p.name}" has the role "${p.role}", which the macro structure does not define.`,
  'integrity.unknown-goal': (p: { name: string; goal: string }) =>
    `Element "${p.name}" serves the goal "${p.goal}", which is not a structural goal of this model.`,
  'integrity.unknown-source': (p: { name: string; source: string }) =>
    `Element "${p.name}" cites the source "${p.source}", which is not listed in meta.sources.`,
  'integrity.unknown-relation-type': (p: { id: string; type: string; metamodel: string }) =>
    `Relation "${p.id}" has the type "${p.type}", which the ${p.metamodel} metamodel does not define.`,
  'integrity.missing-end': (p: { id: string; element: string }) =>
    `Relation "${p.id}" points to the element "${p.element}", which does not exist.`,
  'integrity.view-shows-missing': (p: { view: string; element: string }) =>
    `View "${p.view}" shows the element "${p.element}", which does not exist.`,
  'integrity.view-places-missing': (p: { view: string; element: string }) =>
    `View "${p.view}" places the element "${p.element}", which does not exist.`,
  'integrity.glossary-unknown-source': (p: { term: string; source: string }) =>
    `Glossary term "${p.term}" cites the source "${p.source}", which is not listed in meta.sources.`,
};

/** Every language phrases each integrity problem from the same parameters. */
export type Integrity = { [K in keyof typeof integrity]: (params: Parameters<(typeof integrity)[K]>[0]) => string };
