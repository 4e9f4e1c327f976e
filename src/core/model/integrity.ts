import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Problem } from './problems.ts';
import type { RefDocument } from './schema.ts';

/**
 * Referential integrity of a schema-valid document: unique ids, and every reference
 * (types, areas, roles, goals, sources, relation ends, view members) resolves.
 * A document with any of these problems is never loaded.
 */
export function integrityProblems(doc: RefDocument, metamodel: Metamodel): Problem[] {
  const problems: Problem[] = [];
  const areas = uniqueIds(doc.macroStructure.areas, 'macroStructure.areas', 'area', problems);
  const roles = uniqueIds(doc.macroStructure.roles, 'macroStructure.roles', 'role', problems);
  const goals = uniqueIds(doc.structuralGoals, 'structuralGoals', 'structural goal', problems);
  const sources = uniqueIds(doc.meta.sources, 'meta.sources', 'source', problems);
  uniqueIds(doc.views, 'views', 'view', problems);
  uniqueIds(doc.designGoals.namingRules, 'designGoals.namingRules', 'naming rule', problems);
  uniqueIds(doc.evaluations, 'evaluations', 'evaluation', problems);
  const elements = uniqueIds(doc.elements, 'elements', 'element', problems);
  const relationIds = uniqueIds(doc.relations, 'relations', 'relation', problems);
  for (const id of relationIds) {
    if (elements.has(id))
      problems.push({
        path: 'relations',
        message: `The id "${id}" is used by an element and by a relation; ids must be unique.`,
      });
  }

  doc.elements.forEach((el, i) => {
    const at = `elements[${i}]`;
    if (!metamodel.elementType(el.type)) {
      problems.push({
        path: `${at}.type`,
        message: `Element "${el.name}" has the type "${el.type}", which the ${metamodel.data.name} metamodel does not define.`,
      });
    }
    if (el.area !== null && !areas.has(el.area))
      problems.push({
        path: `${at}.area`,
        message: `Element "${el.name}" is in the area "${el.area}", which the macro structure does not define.`,
      });
    if (el.role !== null && !roles.has(el.role))
      problems.push({
        path: `${at}.role`,
        message: `Element "${el.name}" has the role "${el.role}", which the macro structure does not define.`,
      });
    el.goals.forEach((g, j) => {
      if (!goals.has(g))
        problems.push({
          path: `${at}.goals[${j}]`,
          message: `Element "${el.name}" serves the goal "${g}", which is not a structural goal of this model.`,
        });
    });
    if (el.provenance.source !== undefined && !sources.has(el.provenance.source)) {
      problems.push({
        path: `${at}.provenance.source`,
        message: `Element "${el.name}" cites the source "${el.provenance.source}", which is not listed in meta.sources.`,
      });
    }
  });

  doc.relations.forEach((rel, i) => {
    const at = `relations[${i}]`;
    if (!metamodel.relationType(rel.type))
      problems.push({
        path: `${at}.type`,
        message: `Relation "${rel.id}" has the type "${rel.type}", which the ${metamodel.data.name} metamodel does not define.`,
      });
    for (const end of ['source', 'target'] as const) {
      if (!elements.has(rel[end]))
        problems.push({
          path: `${at}.${end}`,
          message: `Relation "${rel.id}" points to the element "${rel[end]}", which does not exist.`,
        });
    }
  });

  doc.views.forEach((view, i) => {
    if (view.elements !== 'all') {
      view.elements.forEach((id, j) => {
        if (!elements.has(id))
          problems.push({
            path: `views[${i}].elements[${j}]`,
            message: `View "${view.name}" shows the element "${id}", which does not exist.`,
          });
      });
    }
    for (const id of Object.keys(view.positions)) {
      if (!elements.has(id))
        problems.push({
          path: `views[${i}].positions.${id}`,
          message: `View "${view.name}" places the element "${id}", which does not exist.`,
        });
    }
  });

  doc.designGoals.glossary.forEach((entry, i) => {
    if (entry.source !== undefined && !sources.has(entry.source))
      problems.push({
        path: `designGoals.glossary[${i}].source`,
        message: `Glossary term "${entry.term}" cites the source "${entry.source}", which is not listed in meta.sources.`,
      });
  });
  return problems;
}

function uniqueIds(items: readonly { id: string }[], path: string, noun: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push({
        path: `${path}[${i}].id`,
        message: `Two ${noun}s share the id "${item.id}"; ids must be unique.`,
      });
    seen.add(item.id);
  });
  return seen;
}
