import { describe, expect, it } from 'vitest';
import { exportArchimate } from '../../../src/core/exchange/archimate/export.ts';
import { importArchimate } from '../../../src/core/exchange/archimate/import.ts';
import { archimateElementType, archimateRelationship } from '../../../src/core/exchange/archimate/mapping.ts';
import { exportDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { everyShippedModel } from './shipped.ts';

const shipped = everyShippedModel();

// ArchiMate 3.2 relationship table (Appendix B) for the element pairs the mapping produces:
// a access, c composition, f flow, g aggregation, i assignment, n influence, o association, r realization,
// s specialization, t triggering, v serving.
const ALLOWED: Record<string, string> = {
  'BusinessProcess>BusinessObject': 'ao',
  'BusinessProcess>BusinessProcess': 'cfgostv',
  'BusinessProcess>Outcome': 'nor',
  'BusinessProcess>Goal': 'nor',
  'BusinessProcess>CourseOfAction': 'or',
  'ApplicationComponent>BusinessProcess': 'fortv',
  'ApplicationComponent>BusinessObject': 'ao',
  'BusinessActor>BusinessProcess': 'fiotv',
  'BusinessRole>BusinessProcess': 'fiotv',
  'CourseOfAction>Goal': 'nor',
  'CourseOfAction>CourseOfAction': 'cfgostv',
  'Goal>Goal': 'cgnos',
  'BusinessObject>BusinessObject': 'cgos',
};
const LETTER: Record<string, string> = {
  Access: 'a',
  Aggregation: 'g',
  Assignment: 'i',
  Association: 'o',
  Flow: 'f',
  Influence: 'n',
  Realization: 'r',
  Serving: 'v',
};

describe('ArchiMate exchange', () => {
  it.each(shipped)('round-trips $file to the identical document', ({ doc }) => {
    const back = importArchimate(exportArchimate(doc, crmBpoMetamodel).xml, crmBpoMetamodel);
    if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)));
    expect(back.document.elements.map((e) => [e.id, e.type, e.name])).toEqual(
      doc.elements.map((e) => [e.id, e.type, e.name]),
    );
    expect(back.document.relations).toEqual(doc.relations);
    expect(exportDocument(back.document)).toBe(exportDocument(doc));
    expect(back.notes).toEqual([]);
  });

  it('uses only relationships the ArchiMate relationship table allows between the mapped element types', () => {
    let checked = 0;
    for (const { doc } of shipped) {
      const typeOf = new Map(
        doc.elements.map((e) => [e.id, archimateElementType(e.type, crmBpoMetamodel.categoryOf(e.type)?.id)]),
      );
      for (const r of doc.relations) {
        const [s, t] = [typeOf.get(r.source)!, typeOf.get(r.target)!];
        const m = archimateRelationship(r.type, s, t);
        const pair = m.reversed ? `${t}>${s}` : `${s}>${t}`;
        expect(ALLOWED[pair], `${r.type}: ${pair}`).toBeDefined();
        expect(ALLOWED[pair], `${r.type} as ${m.archimate}: ${pair}`).toContain(LETTER[m.archimate]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('maps processes, business objects, roles, systems and measures to the documented ArchiMate types', () => {
    const { xml } = exportArchimate(shipped[0]!.doc, crmBpoMetamodel);
    const typeOf = (id: string) => new RegExp(`identifier="${id}" xsi:type="([A-Za-z]+)"`).exec(xml)?.[1];
    const doc = shipped[0]!.doc;
    const first = (category: string) => doc.elements.find((e) => crmBpoMetamodel.categoryOf(e.type)?.id === category)!;
    expect(typeOf(first('process').id)).toBe('BusinessProcess');
    expect(typeOf(first('business-object').id)).toBe('BusinessObject');
    expect(typeOf(first('quality-measure').id)).toBe('Outcome');
    expect(typeOf(first('information-system').id)).toBe('ApplicationComponent');
    expect(['BusinessRole', 'BusinessActor']).toContain(typeOf(first('organisational-role').id));
    // An input is drawn from the process to the object, read access.
    const input = doc.relations.find((r) => r.type === 'input')!;
    expect(xml).toContain(
      `<relationship identifier="${input.id}" source="${input.target}" target="${input.source}" xsi:type="Access" accessType="Read">`,
    );
    expect(xml).toContain('<name xml:lang="en">');
  });

  it('lists what travels as properties', () => {
    const { doc } = shipped[0]!;
    const notes = exportArchimate(doc, crmBpoMetamodel).notes.map((n) => n.message);
    expect(notes.join(' ')).toContain(`${doc.elements.length} elements of`);
    expect(notes.join(' ')).toMatch(/refmod: properties/);
    expect(notes.join(' ')).toMatch(
      /The model's metadata \(authors, version, sources\), structural goals, macro structure, .* JSON/,
    );
  });

  it('reads a file from another tool: maps what it can, and lists what it leaves out', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
  <name xml:lang="de">Kundenservice</name>
  <elements>
    <element identifier="id-p1" xsi:type="BusinessProcess"><name xml:lang="de">Anfrage annehmen</name></element>
    <element identifier="id-p2" xsi:type="BusinessProcess"><name xml:lang="de">Anfrage lösen</name></element>
    <element identifier="id-o" xsi:type="BusinessObject"><name xml:lang="de">Anfrage</name></element>
    <element identifier="id-a" xsi:type="ApplicationComponent"><name xml:lang="de">CRM-System</name></element>
    <element identifier="id-n" xsi:type="Node"><name xml:lang="de">Server</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-r1" source="id-p1" target="id-p2" xsi:type="Triggering"/>
    <relationship identifier="id-r2" source="id-p1" target="id-o" xsi:type="Access" accessType="Write"/>
    <relationship identifier="id-r3" source="id-p2" target="id-o" xsi:type="Access" accessType="Read"/>
    <relationship identifier="id-r4" source="id-a" target="id-p2" xsi:type="Serving"/>
    <relationship identifier="id-r5" source="id-n" target="id-a" xsi:type="Serving"/>
    <relationship identifier="id-r6" source="id-p1" target="id-p2" xsi:type="Specialization"/>
  </relationships>
</model>`;
    const result = importArchimate(xml, crmBpoMetamodel);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { document } = result;
    expect(document.meta.name).toBe('Kundenservice');
    expect(document.meta.language).toBe('de');
    expect(document.elements.map((e) => [e.id, e.type, e.name])).toEqual([
      ['id-p1', 'delivery-process', 'Anfrage annehmen'],
      ['id-p2', 'delivery-process', 'Anfrage lösen'],
      ['id-o', 'data-record', 'Anfrage'],
      ['id-a', 'operational-crm-system', 'CRM-System'],
    ]);
    expect(document.relations.map((r) => [r.type, r.source, r.target])).toEqual([
      ['flow', 'id-p1', 'id-p2'],
      ['output', 'id-p1', 'id-o'],
      ['input', 'id-o', 'id-p2'],
      ['supports', 'id-a', 'id-p2'],
    ]);
    expect(result.notes.map((n) => n.message)).toEqual([
      '1 Node element left out: the CRM in BPO metamodel has nothing like Node.',
      '2 elements read as BusinessProcess → delivery-process.',
      '1 element read as BusinessObject → data-record.',
      '1 element read as ApplicationComponent → operational-crm-system.',
      '1 Serving relationship left out: an end is not imported, or the metamodel allows no such relation.',
      '1 Specialization relationship left out: an end is not imported, or the metamodel allows no such relation.',
    ]);
  });

  it.each([
    ['not XML', 'hello', /Text data outside of root node|root/i],
    ['a JSON model', '{"formatVersion":1}', /root|text data/i],
    [
      'cut off',
      '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"><name>x</na',
      /unclosed|unexpected|closing|end/i,
    ],
    [
      'another XML file',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      /not an ArchiMate exchange file: its root is <svg>/,
    ],
    ['ArchiMate 2', '<model xmlns="http://www.opengroup.org/xsd/archimate"/>', /ArchiMate 2 exchange file/],
    [
      'an entity bomb',
      '<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"><name>&b;</name></model>',
      /DTD/,
    ],
    [
      'a refmod property that is no longer JSON',
      exportArchimate(shipped[0]!.doc, crmBpoMetamodel).xml.replace('{"areas":[', '{"areas":[['),
      /The property refmod:macroStructure is not readable JSON/,
    ],
  ])('refuses %s with a clear error', (_, text, message) => {
    const result = importArchimate(text, crmBpoMetamodel);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join(' ')).toMatch(message);
  });
});
