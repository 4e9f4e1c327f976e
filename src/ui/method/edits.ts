import type { Draft } from 'immer';
import { edit, type Edit } from '../../core/commands/history.ts';
import type { ElementType } from '../../core/metamodel/schema.ts';
import { newElement, takenIds } from '../../core/model/factory.ts';
import { numberedId, slug, uniqueId } from '../../core/model/ids.ts';
import type { Element, PropertyValue, RefDocument, Relation, ViewPerspective } from '../../core/model/schema.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';

/** Several edits as one undo step under one label. */
export function combine(label: Label, edits: readonly Edit[]): Edit {
  return edit(label, (doc) => edits.forEach((e) => e.apply(doc)));
}

/** Shows elements in a view that lists its elements (a view of "all" shows them anyway); without positions, the canvas places them. */
function showIn(doc: Draft<RefDocument>, viewId: string | undefined, ids: readonly string[]) {
  const view = doc.views.find((v) => v.id === viewId);
  if (!view || view.elements === 'all') return;
  for (const id of ids) if (!view.elements.includes(id)) view.elements.push(id);
}

/** Wraps an edit so that what it adds also shows in the open view, in the same undo step. */
export function alsoInView(change: Edit, viewId: string | undefined, ids: readonly string[]): Edit {
  return edit(change.label, (doc) => {
    change.apply(doc);
    showIn(doc, viewId, ids);
  });
}

type NewObject = { type: ElementType; name: string; area: string | null; role: string | null };

/**
 * Links a business object to a process as its input (object → process) or output (process → object),
 * creating the object first when it is new: one undo step.
 */
export function linkBusinessObject(
  doc: RefDocument,
  process: Element,
  direction: 'input' | 'output',
  object: { existing: string } | NewObject,
  viewId?: string,
): Edit {
  const taken = takenIds(doc);
  const created =
    'existing' in object
      ? null
      : newElement(doc, object.type, { name: object.name.trim(), area: object.area, role: object.role });
  const objectId = created ? created.id : (object as { existing: string }).existing;
  if (created) taken.add(created.id);
  const relation: Relation = {
    id: numberedId('r', taken),
    type: direction,
    source: direction === 'input' ? objectId : process.id,
    target: direction === 'input' ? process.id : objectId,
    label: '',
  };
  const name = created?.name ?? doc.elements.find((e) => e.id === objectId)?.name ?? objectId;
  const label = screenLabel('method', direction === 'input' ? 'linkInputEdit' : 'linkOutputEdit', name, process.name);
  return edit(label, (draft) => {
    if (created) draft.elements.push(created);
    draft.relations.push(relation);
    if (created) showIn(draft, viewId, [created.id]);
  });
}

type NewMeasure = { type: ElementType; name: string; properties: Record<string, PropertyValue> };

/** Attaches a quality measure to a process (measure → process), creating the measure in the process's cell when it is new. */
export function attachMeasure(
  doc: RefDocument,
  process: Element,
  measure: { existing: string } | NewMeasure,
  viewId?: string,
): Edit {
  const taken = takenIds(doc);
  const created =
    'existing' in measure
      ? null
      : newElement(doc, measure.type, {
          name: measure.name.trim(),
          area: process.area,
          role: process.role,
          properties: { ...measure.properties },
        });
  const measureId = created ? created.id : (measure as { existing: string }).existing;
  if (created) taken.add(created.id);
  const relation: Relation = {
    id: numberedId('r', taken),
    type: 'measures',
    source: measureId,
    target: process.id,
    label: '',
  };
  const name = created?.name ?? doc.elements.find((e) => e.id === measureId)?.name ?? measureId;
  return edit(screenLabel('method', 'measureEdit', process.name, name), (draft) => {
    if (created) draft.elements.push(created);
    draft.relations.push(relation);
    if (created) showIn(draft, viewId, [created.id]);
  });
}

/** A new view for a reader, showing the chosen elements; the canvas lays it out when it first opens. */
export function createView(
  doc: RefDocument,
  view: { name: string; perspective: ViewPerspective; description: string; elements: readonly string[] },
): { edit: Edit; viewId: string } {
  const viewId = uniqueId(slug(view.name) || `${view.perspective}-view`, new Set(doc.views.map((v) => v.id)));
  return {
    viewId,
    edit: edit(screenLabel('method', 'createViewEdit', view.name.trim()), (draft) => {
      draft.views.push({
        id: viewId,
        name: view.name.trim(),
        perspective: view.perspective,
        description: view.description.trim(),
        elements: [...view.elements],
        positions: {},
      });
    }),
  };
}

/**
 * A perspective filter: the elements in the given roles, and with `neighbours` also the elements directly related
 * to them (the interfaces a reader of that role sees). In model order.
 */
export function perspectiveElements(doc: RefDocument, roles: ReadonlySet<string>, neighbours: boolean): string[] {
  const core = new Set(doc.elements.filter((e) => e.role !== null && roles.has(e.role)).map((e) => e.id));
  const chosen = new Set(core);
  if (neighbours) {
    for (const r of doc.relations) {
      if (core.has(r.source)) chosen.add(r.target);
      if (core.has(r.target)) chosen.add(r.source);
    }
  }
  return doc.elements.filter((e) => chosen.has(e.id)).map((e) => e.id);
}
