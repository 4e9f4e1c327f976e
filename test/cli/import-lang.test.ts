import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { setDataLanguage } from '../../src/core/i18n/data.ts';
import { fakeIo } from '../support/fake-io.ts';

const files = {
  'order.mmd': 'flowchart LR\n  a[Take order] --> b(Order)\n  b -->\nend\n',
  'seq.mmd': 'sequenceDiagram\n',
  'bad.csv': 'type,name\nwidget,Odd\n',
  'goal.mmd': 'flowchart LR\n  g{{Goal}} --> d[(Record)]\n',
  'tool.xml':
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<name>S</name><elements><element identifier="n" xsi:type="Node"><name>Server</name></element></elements></model>',
  'dtd.xml': '<!DOCTYPE m><m/>',
};

async function run(...args: string[]) {
  const io = fakeIo(files);
  const code = await main(args, io.io);
  return { code, err: io.errors() };
}

afterAll(() => setDataLanguage('en'));

describe('refmod import --lang: why lines are left out, in German and Korean', () => {
  it('--lang de says in German why a Mermaid line is not imported', async () => {
    const { err } = await run('import', 'order.mmd', '--lang', 'de', '-o', 'order.json');
    expect(err).toContain('(Bei „“ wurde eine Knoten-ID erwartet.)');
    expect(err).toContain('(Ein „end“ ohne offenen Subgraphen.)');
  });

  it('--lang ko says in Korean why a Mermaid line is not imported, and why a file is no flowchart', async () => {
    expect((await run('import', 'order.mmd', '--lang', 'ko', '-o', 'order.json')).err).toContain(
      '(열린 서브그래프가 없는 "end"입니다.)',
    );
    const refused = await run('import', 'seq.mmd', '--lang', 'ko');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      '플로차트가 아닙니다: "flowchart"나 "graph"가 아니라 "sequenceDiagram"(으)로 시작합니다.',
    );
  });

  it('--lang de names a CSV table problem in German', async () => {
    const { code, err } = await run('import', 'bad.csv', '--lang', 'de');
    expect(code).toBe(2);
    expect(err).toContain('„widget“ ist kein Elementtyp des Metamodells CRM in BPO.');
  });

  it('--lang de gives the metamodel reason for a refused relation with German type labels', async () => {
    const { err } = await run('import', 'goal.mmd', '--shapes', 'hexagon=objective', '--lang', 'de', '-o', 'g.json');
    expect(err).toMatch(/Keine Beziehung des Metamodells .* führt von /);
    expect(err).not.toContain('from an Objective');
  });

  it('--lang de and ko say what an ArchiMate import left out, and why an XML file is not read', async () => {
    expect((await run('import', 'tool.xml', '--lang', 'de', '-o', 'm.json')).err).toContain(
      '1 Node-Element weggelassen: Das Metamodell CRM in BPO hat nichts Vergleichbares.',
    );
    const refused = await run('import', 'dtd.xml', '--lang', 'ko');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('파일이 DTD를 선언합니다.');
    expect((await run('export', 'models/templates/blank.json', '--to', 'archimate', '--lang', 'de')).err).toContain(
      'des Modells haben in ArchiMate keine Entsprechung',
    );
  });

  it('without --lang the words stay English', async () => {
    expect((await run('import', 'order.mmd', '-o', 'order.json')).err).toContain(
      '(An "end" without an open subgraph.)',
    );
  });
});
