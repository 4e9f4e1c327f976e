import { describe, expect, it } from 'vitest';
import { addCatalogueProcess } from '../../../src/core/commands/method.ts';
import { perform, startHistory, undo } from '../../../src/core/commands/history.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { newModel } from '../../../src/core/method/new-model.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { findingsFor } from '../../../src/core/validation/index.ts';
import { catalogueProcess, catalogues } from '../../../src/ui/method/catalogues.ts';
import { attachMeasure, createView, linkBusinessObject, perspectiveElements } from '../../../src/ui/method/edits.ts';
import { labelText } from '../../../src/ui/i18n/labels.ts';

function empty(): RefDocument {
  const made = newModel({ name: 'Edits', now: '2025-01-01T00:00:00.000Z' });
  if (!made.ok) throw new Error(made.message);
  return made.document;
}

/** An empty model with the COPC K1 process (and its measure) in Provider × Sales. */
function withK1() {
  const copc = catalogues.find((c) => c.id === 'copc-2000')!;
  const entry = copc.entries.find((e) => e.properties?.copcId === 'K1')!;
  const doc = empty();
  const added = addCatalogueProcess(doc, catalogueProcess(copc, entry), { area: 'sales', role: 'provider' });
  if (!added.ok) throw new Error(added.message);
  return {
    doc: perform(startHistory(doc), added.edit).document,
    processId: added.processId,
    measureIds: added.measureIds,
  };
}

const rules = (doc: RefDocument, ...ids: string[]) =>
  findingsFor(doc, crmBpoMetamodel).filter((f) => ids.includes(f.rule));

describe('catalogue processes', () => {
  it('come with their measures, the catalogue as source, and the properties the metamodel requires', () => {
    const { doc, processId, measureIds } = withK1();
    expect(doc.meta.sources.map((s) => s.id)).toEqual(['copc-2000']);
    expect(doc.elements.find((e) => e.id === processId)).toMatchObject({
      type: 'customer-related-process',
      area: 'sales',
      role: 'provider',
      properties: { copcId: 'K1' },
    });
    expect(measureIds).toHaveLength(1);
    expect(doc.elements.find((e) => e.id === measureIds[0])!.properties).toMatchObject({
      metricCategory: 'On Time',
      copcMetric: 1,
    });
    expect(rules(doc, 'metamodel.properties', 'copc.required-metrics', 'measure.measures-nothing')).toEqual([]);
  });
});

describe('step 3 edits', () => {
  it('links a new business object as output in another cell, as one undo step', () => {
    const { doc, processId } = withK1();
    const process = doc.elements.find((e) => e.id === processId)!;
    const history = perform(
      startHistory(doc),
      linkBusinessObject(doc, process, 'output', {
        type: crmBpoMetamodel.elementType('plan-schedule')!,
        name: ' Programme plan ',
        area: 'management',
        role: 'client',
      }),
    );
    const object = history.document.elements.find((e) => e.name === 'Programme plan')!;
    expect(object).toMatchObject({ type: 'plan-schedule', area: 'management', role: 'client' });
    expect(history.document.relations.at(-1)).toMatchObject({ type: 'output', source: processId, target: object.id });
    expect(labelText(history.past.at(-1)!.label)).toBe(`Link Programme plan as output of ${process.name}`);
    expect(rules(history.document, 'process.no-io', 'metamodel.relation')).toEqual([]);
    expect(undo(history).document).toEqual(doc);
  });

  it('links an existing object as input, and attaches a new measure in the process cell', () => {
    const { doc, processId } = withK1();
    const process = doc.elements.find((e) => e.id === processId)!;
    const first = perform(
      startHistory(doc),
      linkBusinessObject(doc, process, 'output', {
        type: crmBpoMetamodel.elementType('inquiry')!,
        name: 'Inquiry',
        area: null,
        role: null,
      }),
    );
    const inquiry = first.document.elements.find((e) => e.name === 'Inquiry')!;
    const second = perform(first, linkBusinessObject(first.document, process, 'input', { existing: inquiry.id }));
    expect(second.document.relations.at(-1)).toMatchObject({ type: 'input', source: inquiry.id, target: processId });
    const third = perform(
      second,
      attachMeasure(second.document, process, {
        type: crmBpoMetamodel.elementType('quality-measure')!,
        name: 'Set-up accuracy',
        properties: { metricCategory: 'Accuracy' },
      }),
    );
    const measure = third.document.elements.find((e) => e.name === 'Set-up accuracy')!;
    expect(measure).toMatchObject({ area: 'sales', role: 'provider', properties: { metricCategory: 'Accuracy' } });
    expect(third.document.relations.at(-1)).toMatchObject({ type: 'measures', source: measure.id, target: processId });
    expect(new Set(third.document.relations.map((r) => r.id)).size).toBe(third.document.relations.length);
  });

  it('shows what it adds in an open view that lists its elements', () => {
    const { doc, processId } = withK1();
    const view = createView(doc, {
      name: 'Client view',
      perspective: 'client',
      description: '',
      elements: [processId],
    });
    const withView = perform(startHistory(doc), view.edit).document;
    const process = withView.elements.find((e) => e.id === processId)!;
    const next = perform(
      startHistory(withView),
      attachMeasure(
        withView,
        process,
        {
          type: crmBpoMetamodel.elementType('quality-measure')!,
          name: 'Volume',
          properties: { metricCategory: 'Volume' },
        },
        view.viewId,
      ),
    ).document;
    const added = next.elements.find((e) => e.name === 'Volume')!;
    expect(next.views.find((v) => v.id === view.viewId)!.elements).toEqual([processId, added.id]);
  });
});

describe('step 5 edits', () => {
  it('creates a perspective view with a readable, unique id', () => {
    const { doc, processId } = withK1();
    const first = createView(doc, {
      name: 'Client view',
      perspective: 'client',
      description: 'For the client.',
      elements: [processId],
    });
    expect(first.viewId).toBe('client-view');
    const after = perform(startHistory(doc), first.edit).document;
    expect(after.views.at(-1)).toEqual({
      id: 'client-view',
      name: 'Client view',
      perspective: 'client',
      description: 'For the client.',
      elements: [processId],
      positions: {},
    });
    expect(
      createView(after, { name: 'Client view', perspective: 'client', description: '', elements: [] }).viewId,
    ).toBe('client-view-2');
  });

  it('filters a perspective by roles, with or without the direct neighbours', () => {
    const { doc, processId } = withK1();
    const process = doc.elements.find((e) => e.id === processId)!;
    const next = perform(
      startHistory(doc),
      linkBusinessObject(doc, process, 'input', {
        type: crmBpoMetamodel.elementType('inquiry')!,
        name: 'Inquiry',
        area: 'operations',
        role: 'customer',
      }),
    ).document;
    const inquiry = next.elements.find((e) => e.name === 'Inquiry')!.id;
    expect(perspectiveElements(next, new Set(['customer']), false)).toEqual([inquiry]);
    expect(perspectiveElements(next, new Set(['customer']), true)).toEqual([processId, inquiry]);
    expect(perspectiveElements(next, new Set(['client']), true)).toEqual([]);
  });
});
