import { afterAll, describe, expect, it } from 'vitest';
import { exportArchimate } from '../../../src/core/exchange/archimate/export.ts';
import { importArchimate } from '../../../src/core/exchange/archimate/import.ts';
import { importDrawio } from '../../../src/core/exchange/drawio/import.ts';
import { parseXml } from '../../../src/core/exchange/xml.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { de } from '../../../src/core/i18n/de/index.ts';
import { imports } from '../../../src/core/i18n/en/imports.ts';
import { ko } from '../../../src/core/i18n/ko/index.ts';
import { importMessage } from '../../../src/core/i18n/say.ts';
import { importCsv } from '../../../src/core/io/csv.ts';
import { importMermaid } from '../../../src/core/io/mermaid-import.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { blankDocument, sampleDocument } from './sample-document.ts';

// The ids this issue added: ArchiMate, the XML reader, the views an import names (a CSV cell's schema sentence is the schema's).
const NEW_IDS = [
  'xml.too-large',
  'xml.malformed',
  'xml.dtd',
  'xml.too-deep',
  'xml.no-element',
  'archimate.version-2',
  'archimate.not-archimate',
  'archimate.bad-json',
  'archimate.left-out',
  'archimate.read-as',
  'archimate.relationships-left-out',
  'archimate.view-name',
  'archimate.all-elements',
  'archimate.export-elements',
  'archimate.export-relations',
  'archimate.export-values',
  'archimate.export-parts',
  'archimate.export-views',
  'mermaid.view-name',
  'mermaid.view-description',
  'drawio.view-name',
  'drawio.view-description',
];

const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <name xml:lang="en">Service</name>
  <elements>
    <element identifier="p1" xsi:type="BusinessProcess"><name xml:lang="en">Take calls</name></element>
    <element identifier="n" xsi:type="Node"><name xml:lang="en">Server</name></element>
  </elements>
</model>`;

const say = (said: Parameters<typeof importMessage>[0], language: 'en' | 'de' | 'ko') =>
  importMessage(said, crmBpoMetamodel, language);

afterAll(() => setDataLanguage('en'));

describe('exchange messages in English, German and Korean', () => {
  it('every new message id has all three languages', () => {
    for (const id of NEW_IDS) {
      expect(imports).toHaveProperty([id]);
      expect(de.imports).toHaveProperty([id]);
      expect(ko.imports).toHaveProperty([id]);
    }
  });

  it('says what an ArchiMate import left out or guessed, and why a file is refused', async () => {
    const result = importArchimate(FOREIGN, crmBpoMetamodel, 'en');
    if (!result.ok) throw new Error('the file imports');
    const refused = importArchimate('<svg xmlns="http://www.w3.org/2000/svg"/>', crmBpoMetamodel);
    if (refused.ok) throw new Error('an SVG is refused');
    expect(result.notes.map((n) => say(n, 'en'))).toEqual([
      '1 Node element left out: the CRM in BPO metamodel has nothing like Node.',
      '1 element read as BusinessProcess → delivery-process.',
    ]);
    await setDataLanguage('de');
    expect(say(result.notes[0]!, 'de')).toBe(
      '1 Node-Element weggelassen: Das Metamodell CRM in BPO hat nichts Vergleichbares.',
    );
    expect(say(refused.errors[0]!, 'de')).toMatch(
      /^Dies ist keine ArchiMate-Austauschdatei: Ihre Wurzel ist <svg> in /,
    );
    await setDataLanguage('ko');
    expect(say(result.notes[0]!, 'ko')).toBe(
      'Node 요소 1개를 뺐습니다: CRM in BPO 메타모델에는 이에 해당하는 것이 없습니다.',
    );
    expect(say(refused.errors[0]!, 'ko')).toMatch(/^ArchiMate 교환 파일이 아닙니다: /);
  });

  it('words the ArchiMate export notes in the language, English as before', async () => {
    const notes = exportArchimate(sampleDocument(), crmBpoMetamodel).notes;
    expect(say(notes[0]!, 'en')).toBe(notes[0]!.message);
    await setDataLanguage('de');
    expect(notes.map((n) => say(n, 'de')).join(' ')).toContain(
      'Metadaten (Autoren, Version, Quellen), Strukturziele, Ordnungsrahmen',
    );
    await setDataLanguage('ko');
    expect(notes.map((n) => say(n, 'ko')).join(' ')).toContain('메타데이터(작성자, 버전, 출처), 구조 목표');
  });

  it("says the XML reader's errors in the language", async () => {
    const dtd = parseXml('<!DOCTYPE m><m/>');
    const cut = parseXml('<m><n></m>');
    if (dtd.ok || cut.ok) throw new Error('both are refused');
    expect(dtd.message).toBe('The file declares a DTD; exchange files have none, so it is not read.');
    await setDataLanguage('de');
    expect(say(dtd, 'de')).toBe(
      'Die Datei deklariert eine DTD; Austauschdateien haben keine, daher wird sie nicht gelesen.',
    );
    expect(say(cut, 'de')).toMatch(/^Die Datei ist kein wohlgeformtes XML: /);
    await setDataLanguage('ko');
    expect(say(dtd, 'ko')).toBe('파일이 DTD를 선언합니다. 교환 파일에는 DTD가 없으므로 읽지 않습니다.');
    const drawio = importDrawio('<mxfile><diagram>', blankDocument());
    if (drawio.ok) throw new Error('a cut-off file is refused');
    expect(say(drawio.errors[0]!, 'ko')).toMatch(/^파일이 올바른 형식의 XML이 아닙니다: /);
  });

  it("says a CSV cell's schema sentence in the language, English word for word", async () => {
    const result = importCsv(
      { elements: `id,type,name,confidence\n1x,contact,Call,\np2,contact,${'n'.repeat(201)},huge\n` },
      blankDocument(),
      crmBpoMetamodel,
    );
    if (result.ok) throw new Error('the cells are refused');
    const cells = (language: 'en' | 'de' | 'ko') => result.errors.map((e) => `${e.column}: ${say(e, language)}`);
    expect(cells('en')).toEqual([
      'id: An id starts with a letter and has only letters, digits, _ . -.',
      'name: A name can have at most 200 characters; this one has 201.',
      'confidence: Invalid option: expected one of "low"|"medium"|"high".',
    ]);
    expect(result.errors.every((e) => e.text)).toBe(true);
    await setDataLanguage('de');
    expect(cells('de')).toEqual([
      'id: Eine ID beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern, _ . -.',
      'name: Ein Name darf höchstens 200 Zeichen haben; dieser hat 201.',
      'confidence: Ungültiger Wert: erwartet wird einer von „low“, „medium“, „high“.',
    ]);
    await setDataLanguage('ko');
    expect(cells('ko')).toContain('name: 이름은 최대 200자까지 쓸 수 있습니다. 이 값은 201자입니다.');
  });

  it('names the views an import creates in the language given', () => {
    const mermaid = (language: 'en' | 'de' | 'ko') => {
      const result = importMermaid('flowchart LR\n  a --> b', blankDocument(), { language });
      if (!result.ok) throw new Error('the flowchart imports');
      return result.document.views.find((v) => v.id === result.added.viewId)!;
    };
    expect(mermaid('en')).toMatchObject({
      name: 'Imported from Mermaid',
      description: '2 elements from a Mermaid flowchart.',
    });
    const drawing = '<mxfile><diagram><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram></mxfile>';
    const drawio = (language: 'en' | 'de' | 'ko') => {
      const result = importDrawio(drawing, blankDocument(), { language });
      if (!result.ok) throw new Error('the drawing imports');
      return result.document.views.at(-1)!.name;
    };
    expect(drawio('en')).toBe('Imported from draw.io');
    const archimate = (language: 'en' | 'de' | 'ko') => {
      const result = importArchimate(FOREIGN, crmBpoMetamodel, language);
      if (!result.ok) throw new Error('the file imports');
      return result.document.views[0]!.name;
    };
    expect(archimate('en')).toBe('All elements');
  });

  it('names them in German and Korean when that language is loaded', async () => {
    await setDataLanguage('de');
    const de = importMermaid('flowchart LR\n  a --> b', blankDocument(), { language: 'de' });
    if (!de.ok) throw new Error('the flowchart imports');
    expect(de.document.views.at(-1)).toMatchObject({
      name: 'Aus Mermaid importiert',
      description: '2 Elemente aus einem Mermaid-Flussdiagramm.',
    });
    const archimate = importArchimate(FOREIGN, crmBpoMetamodel, 'de');
    expect(archimate.ok && archimate.document.views[0]!.name).toBe('Alle Elemente');
    await setDataLanguage('ko');
    const ko = importMermaid('flowchart LR\n  a --> b', blankDocument());
    if (!ko.ok) throw new Error('the flowchart imports');
    expect(ko.document.views.at(-1)!.name).toBe('Mermaid에서 가져옴');
    const drawio = importDrawio(
      '<mxfile><diagram><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram></mxfile>',
      blankDocument(),
      { language: 'ko' },
    );
    expect(drawio.ok && drawio.document.views.at(-1)!.name).toBe('draw.io에서 가져옴');
  });
});
