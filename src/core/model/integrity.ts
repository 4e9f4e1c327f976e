import type { IdPart } from '../i18n/en/integrity.ts';
import { sayProblem } from '../i18n/say.ts';
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
    if (elements.has(id)) problems.push(sayProblem('relations', 'integrity.element-and-relation-id', { id }));
  }

  doc.elements.forEach((el, i) => {
    const at = `elements[${i}]`;
    if (!metamodel.elementType(el.type)) {
      problems.push(
        sayProblem(`${at}.type`, 'integrity.unknown-element-type', {
          name: el.name,
          type: el.type,
          metamodel: metamodel.data.name,
        }),
      );
    }
    if (el.area !== null && !areas.has(el.area))
      problems.push(sayProblem(`${at}.area`, 'integrity.unknown-area', { name: el.name, area: el.area }));
    if (el.role !== null && !roles.has(el.role))
      problems.push(sayProblem(`${at}.role`, 'integrity.unknown-role', { name: el.name, role: el.role }));
    el.goals.forEach((g, j) => {
      if (!goals.has(g))
        problems.push(sayProblem(`${at}.goals[${j}]`, 'integrity.unknown-goal', { name: el.name, goal: g }));
    });
    if (el.provenance.source !== undefined && !sources.has(el.provenance.source)) {
      problems.push(
        sayProblem(`${at}.provenance.source`, 'integrity.unknown-source', {
          name: el.name,
          source: el.provenance.source,
        }),
      );
    }
  });

  doc.relations.forEach((rel, i) => {
    const at = `relations[${i}]`;
    if (!metamodel.relationType(rel.type))
      problems.push(
        sayProblem(`${at}.type`, 'integrity.unknown-relation-type', {
          id: rel.id,
          type: rel.type,
          metamodel: metamodel.data.name,
        }),
      );
    for (const end of ['source', 'target'] as const) {
      if (!elements.has(rel[end]))
        problems.push(sayProblem(`${at}.${end}`, 'integrity.missing-end', { id: rel.id, element: rel[end] }));
    }
  });

  doc.views.forEach((view, i) => {
    if (view.elements !== 'all') {
      view.elements.forEach((id, j) => {
        if (!elements.has(id))
          problems.push(
            sayProblem(`views[${i}].elements[${j}]`, 'integrity.view-shows-missing', { view: view.name, element: id }),
          );
      });
    }
    for (const id of Object.keys(view.positions)) {
      if (!elements.has(id))
        problems.push(
          sayProblem(`views[${i}].positions.${id}`, 'integrity.view-places-missing', { view: view.name, element: id }),
        );
    }
  });

  doc.designGoals.glossary.forEach((entry, i) => {
    if (entry.source !== undefined && !sources.has(entry.source))
      problems.push(
        sayProblem(`designGoals.glossary[${i}].source`, 'integrity.glossary-unknown-source', {
          term: entry.term,
          source: entry.source,
        }),
      );
  });
  return problems;
}

function uniqueIds(items: readonly { id: string }[], path: string, part: IdPart, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push(sayProblem(`${path}[${i}].id`, 'integrity.duplicate-id', { part, id: item.id }));
    seen.add(item.id);
  });
  return seen;
}
