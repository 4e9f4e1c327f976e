import { describe, expect, it } from 'vitest';
import { exportDrawio } from '../../../src/core/exchange/drawio/export.ts';
import { importDrawio } from '../../../src/core/exchange/drawio/import.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../../src/core/model/schema.ts';
import { everyShippedModel } from './shipped.ts';

const shipped = everyShippedModel();
const emptied = (doc: RefDocument): RefDocument => ({ ...doc, elements: [], relations: [], views: [] });
const fullView = (doc: RefDocument) => doc.views.find((v) => v.elements === 'all')!.id;

// A diagram drawn in diagrams.net by hand: plain styles, a swimlane, a dangling edge and a labelled edge.
const HAND_DRAWN = `<mxfile host="app.diagrams.net">
  <diagram id="a" name="Service desk">
    <mxGraphModel><root>
      <mxCell id="0"/><mxCell id="1" parent="0"/>
      <mxCell id="lane" value="Operations" style="swimlane;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="600" height="300" as="geometry"/></mxCell>
      <mxCell id="p1" value="Answer &lt;b&gt;calls&lt;/b&gt;" style="rounded=0;whiteSpace=wrap;html=1;fillColor=#DAE8FC;" vertex="1" parent="lane"><mxGeometry x="20" y="40" width="120" height="60" as="geometry"/></mxCell>
      <mxCell id="p2" value="Solve cases" style="rounded=0;whiteSpace=wrap;html=1;fillColor=#dae8fc;" vertex="1" parent="lane"><mxGeometry x="200" y="40" width="120" height="60" as="geometry"/></mxCell>
      <mxCell id="o1" value="Inquiry" style="rounded=1;whiteSpace=wrap;html=1;" vertex="1" parent="1"><mxGeometry x="20" y="200" width="120" height="60" as="geometry"/></mxCell>
      <mxCell id="db" value="CRM system" style="shape=cylinder3;whiteSpace=wrap;html=1;" vertex="1" parent="1"><mxGeometry x="300" y="200" width="100" height="80" as="geometry"/></mxCell>
      <mxCell id="note" value="" style="text;html=1;" vertex="1" parent="1"><mxGeometry x="0" y="400" width="40" height="20" as="geometry"/></mxCell>
      <mxCell id="e1" value="" style="edgeStyle=orthogonalEdgeStyle;" edge="1" parent="1" source="p1" target="p2"><mxGeometry relative="1" as="geometry"/></mxCell>
      <mxCell id="e2" value="is input to" style="" edge="1" parent="1" source="o1" target="p1"><mxGeometry relative="1" as="geometry"/></mxCell>
      <mxCell id="e3" value="" style="" edge="1" parent="1" source="db"><mxGeometry relative="1" as="geometry"><mxPoint x="500" y="500" as="targetPoint"/></mxGeometry></mxCell>
      <mxCell id="e4" value="" style="" edge="1" parent="1" source="db" target="p2"><mxGeometry relative="1" as="geometry"/></mxCell>
    </root></mxGraphModel>
  </diagram>
</mxfile>`;

describe('draw.io exchange', () => {
  it.each(shipped)('$file: full view → draw.io → Refmod keeps every element, relation and name', ({ doc }) => {
    const text = exportDrawio(doc, { viewIds: [fullView(doc)], metamodel: crmBpoMetamodel });
    const result = importDrawio(text, emptied(doc), { metamodel: crmBpoMetamodel });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const fields = (d: RefDocument) =>
      d.elements.map((e) => [
        e.id,
        e.type,
        e.name,
        e.area,
        e.role,
        e.optional,
        e.description,
        e.properties,
        e.provenance,
        e.goals,
      ]);
    expect(fields(result.document)).toEqual(fields(doc));
    expect(result.document.relations).toEqual(doc.relations);
    expect(result.questions).toEqual([]);
    expect(result.unsupported).toEqual([]);
    expect(result.added.viewIds).toHaveLength(1);
  });

  it('links the shapes of its own export to the elements instead of copying them', () => {
    const { doc } = shipped[0]!;
    const result = importDrawio(exportDrawio(doc, { viewIds: ['client'] }), doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.added.elements).toBe(0);
    expect(result.added.relations).toBe(0);
    expect(result.added.matched).toBe(doc.views.find((v) => v.id === 'client')!.elements.length);
  });

  it('writes an uncompressed file with lanes, shapes by category, colours and labels', () => {
    const { doc } = shipped[0]!;
    const text = exportDrawio(doc, { viewIds: [fullView(doc)] });
    expect(text).toMatch(/^<mxfile host="Refmod" type="device" compressed="false">/);
    for (const lane of [...doc.macroStructure.roles, ...doc.macroStructure.areas])
      expect(text).toContain(`value="${lane.name}" style="shape=swimlane;`);
    const process = doc.elements.find((e) => crmBpoMetamodel.categoryOf(e.type)?.id === 'process')!;
    expect(text).toMatch(
      new RegExp(
        `<object id="${process.id}" label="[^"]+" refmodType="${process.type}"[^>]*><mxCell style="shape=step;`,
      ),
    );
    expect(text).toMatch(/fillColor=#[0-9a-f]{6};strokeColor=#[0-9a-f]{6};fontColor=#(000000|ffffff)/);
  });

  it('reads a hand-drawn diagram: styles become the types the user chose, edges relations, the rest is listed', () => {
    const { doc } = shipped[0]!;
    const first = importDrawio(HAND_DRAWN, doc);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.questions.map((q) => [q.style, q.shapes, q.suggested])).toEqual([
      ['rectangle #dae8fc', 2, 'delivery-process'],
      ['rounded rectangle', 1, 'data-record'],
      ['cylinder3', 1, 'operational-crm-system'],
    ]);
    const result = importDrawio(HAND_DRAWN, doc, {
      styleTypes: { 'rectangle #dae8fc': 'customer-related-process', 'rounded rectangle': 'inquiry' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const added = result.document.elements.slice(doc.elements.length);
    expect(added.map((e) => [e.name, e.type])).toEqual([
      ['Answer calls', 'customer-related-process'],
      ['Solve cases', 'customer-related-process'],
      ['Inquiry', 'inquiry'],
      ['CRM system', 'operational-crm-system'],
    ]);
    const relations = result.document.relations.slice(doc.relations.length);
    const name = (id: string) => added.find((e) => e.id === id)!.name;
    expect(relations.map((r) => [name(r.source), r.type, name(r.target)])).toEqual([
      ['Answer calls', 'flow', 'Solve cases'],
      ['Inquiry', 'input', 'Answer calls'],
      ['CRM system', 'supports', 'Solve cases'],
    ]);
    expect(result.unsupported.map((s) => s.reason)).toEqual([
      'A relation connects two shapes; this edge has an end that is not a shape with a name.',
    ]);
    const view = result.document.views.at(-1)!;
    expect(view.name).toBe('Service desk');
    // Kept where they were drawn: the swimlane's children are placed relative to it.
    expect(view.positions[added[1]!.id]!.x - view.positions[added[0]!.id]!.x).toBe(180);
    expect(result.document.views.length).toBe(doc.views.length + 1);
  });

  it.each([
    ['not XML', 'nothing here', /root|text/i],
    ['an ArchiMate file', '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"/>', /not a draw.io file/],
    [
      'a compressed page',
      '<mxfile><diagram name="p">7VdNc5swEP01</diagram></mxfile>',
      /compressed.*untick "Compressed"/,
    ],
    ['no page', '<mxfile></mxfile>', /no diagram page/],
    ['a bad style answer', HAND_DRAWN, /"nonsense" is not an element type/],
    ['an entity', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><mxfile>&e;</mxfile>', /DTD/],
  ])('refuses %s with a clear error and changes nothing', (what, text, message) => {
    const { doc } = shipped[0]!;
    const result = importDrawio(
      text,
      doc,
      what === 'a bad style answer' ? { styleTypes: { rectangle: 'nonsense' } } : {},
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join(' ')).toMatch(message);
  });
});
