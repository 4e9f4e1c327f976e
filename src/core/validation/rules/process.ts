import { commandLabel, sayFinding } from '../../i18n/say.ts';
import { assignCell } from '../../commands/fixes.ts';
import type { Element } from '../../model/schema.ts';
import type { Context, Fix, Rule } from '../types.ts';
import { isProcess, ref } from './describe.ts';
import { elementRule } from './say-about.ts';

/** True when some relation of `type` links the element (as `end`) to an element of `category`. */
function linked(el: Element, ctx: Context, type: string, end: 'source' | 'target', category: string): boolean {
  return ctx.index.linked(el.id, type, end, category);
}

/**
 * The processes directly linked to an element, by the ids of the relations that link them: an incremental run keeps an
 * edited element's relations in another order than a fresh one, and the fix must not depend on which run made it.
 */
function linkedProcesses(el: Element, ctx: Context): Element[] {
  const byId = [...ctx.index.relationsAt(el.id)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byId.flatMap((r) => {
    const other = ctx.index.element(r.source === el.id ? r.target : r.source);
    return other && other !== el && isProcess(other, ctx) ? [other] : [];
  });
}

/** Offers the area and role of a linked process for the ones a process lacks. */
function cellFromNeighbours(el: Element, ctx: Context): Fix | undefined {
  const neighbours = linkedProcesses(el, ctx);
  const area =
    el.area === null ? neighbours.find((n) => n.area !== null && ctx.index.isLane('area', n.area)) : undefined;
  const role =
    el.role === null ? neighbours.find((n) => n.role !== null && ctx.index.isLane('role', n.role)) : undefined;
  if (!area && !role) return undefined;
  const laneName = (kind: 'areas' | 'roles', id: string) =>
    ctx.doc.macroStructure[kind].find((l) => l.id === id)?.name ?? id;
  const cell = {
    ...(area ? { area: { lane: laneName('areas', area.area!), like: area.name } } : {}),
    ...(role ? { role: { lane: laneName('roles', role.role!), like: role.name } } : {}),
  };
  const label = { id: 'element.put-in-cell', params: cell } as const;
  return {
    label: commandLabel(label, 'en'),
    edit: assignCell(el.id, { ...(area ? { area: area.area! } : {}), ...(role ? { role: role.role! } : {}) }, label),
  };
}

export const noCellRule: Rule = {
  id: 'process.no-cell',
  title: 'Every process sits in a cell of the macro structure',
  principle: 'systematic-design',
  step: 'macro-structure',
  severity: 'error',
  hint: 'Each process belongs to exactly one cell of the framework (area × role); an orphan process has no place in the macro structure and no owner view.',
  element: {
    reads: ['macro'],
    check(el, ctx) {
      if (!isProcess(el, ctx) || (el.area !== null && el.role !== null)) return null;
      const lacks = el.area === null && el.role === null ? 'both' : el.area === null ? 'area' : 'role';
      const fix = cellFromNeighbours(el, ctx);
      return {
        ...sayFinding(ctx.metamodel, 'process.no-cell', { element: ref(el), lacks }),
        elements: [el.id],
        ...(fix ? { fix } : {}),
      };
    },
  },
};

export const noResponsibleRule = elementRule(
  {
    id: 'process.no-responsible',
    title: 'Some organisational role is responsible for each process',
    principle: 'systematic-design',
    step: 'process-structure',
    severity: 'info',
    hint: 'Links between the process view and the organisation view say who carries out and answers for each process.',
  },
  (el, ctx) => isProcess(el, ctx) && !linked(el, ctx, 'responsible-for', 'target', 'organisational-role'),
);

export const noIoRule = elementRule(
  {
    id: 'process.no-io',
    title: 'Each process has an input or output business object',
    principle: 'systematic-design',
    step: 'process-structure',
    severity: 'warning',
    hint: 'Links between the process view and the data view: a process that reads and produces nothing cannot be traced through the business objects.',
  },
  (el, ctx) =>
    isProcess(el, ctx) &&
    !linked(el, ctx, 'input', 'target', 'business-object') &&
    !linked(el, ctx, 'output', 'source', 'business-object'),
);

export const noMeasureRule = elementRule(
  {
    id: 'process.no-measure',
    title: 'Each process is measured by a quality measure',
    principle: 'systematic-design',
    step: 'process-structure',
    severity: 'warning',
    hint: 'A structural principle of this reference model attaches quality measures (e.g. COPC-2000 metrics) to processes, so that performance can be steered.',
  },
  (el, ctx) => isProcess(el, ctx) && !linked(el, ctx, 'measures', 'target', 'quality-measure'),
);

export const measuresNothingRule = elementRule(
  {
    id: 'measure.measures-nothing',
    title: 'Each quality measure measures a process',
    principle: 'correctness',
    step: 'process-structure',
    severity: 'error',
    hint: 'A quality measure means something only for the process it controls; without a "measures" relation its target and its data have no subject.',
  },
  (el, ctx) => ctx.index.category(el.type) === 'quality-measure' && !linked(el, ctx, 'measures', 'source', 'process'),
);
