import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { displayWidth } from '../../src/cli/columns.ts';

const shipped = readFileSync('models/reference/crm-bpo.json', 'utf8');
const examples = JSON.parse(readFileSync('test/fixtures/evaluations/crm-bpo-examples.json', 'utf8')) as unknown[];
const evaluated = JSON.stringify({ ...(JSON.parse(shipped) as object), evaluations: examples });

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
  };
  return { io, out, err, written };
}

describe('refmod evaluate', () => {
  it('prints a table per stored session with its aggregates and the agreement, exit 0', async () => {
    const { io, out } = fakeIo({ 'model.json': evaluated });
    expect(await main(['evaluate', 'model.json'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Client review: does the model let the client steer its outsourced CRM? [ev-client-review]');
    expect(text).toContain(
      'Client CRM unit lead, Client (company that outsources its CRM), example evaluator · 2026-11-24 · Client · scale 0-2',
    );
    expect(text).toContain('evaluated the current model');
    expect(text).toContain('  CL.7      2      1.00  yes   Knowledge retention');
    expect(text).toMatch(/Client view: 0\.\d\d \(22 scored, 1 n\/a, 0 unscored\)/);
    expect(text).toMatch(/Customer view: 0\.\d\d \(18 scored, 0 n\/a, 2 unscored\)/);
    expect(text).toMatch(/RMQuality \(Matook & Indulska 2009\): 0\.5907/);
  });

  it('writes the Markdown or CSV protocol to a file with -o', async () => {
    const md = fakeIo({ 'model.json': evaluated });
    expect(await main(['evaluate', 'model.json', '--report', 'md', '-o', 'protocol.md'], md.io)).toBe(0);
    expect(md.out).toEqual([]);
    expect(md.written['protocol.md']).toContain('# Evaluation protocol: ');
    expect(md.written['protocol.md']).toContain(
      '## Session: Provider review: can the provider run, measure and reuse the model? (`ev-internal-review`)',
    );
    const csv = fakeIo({ 'model.json': evaluated });
    expect(await main(['evaluate', 'model.json', '--report=csv'], csv.io)).toBe(0);
    const rows = csv.out.join('').trimEnd().split('\r\n');
    expect(rows.filter((r) => r.startsWith('score,'))).toHaveLength(23 + 20 + 21);
  });

  it('says so when the model holds no sessions', async () => {
    const { io, out } = fakeIo({
      'model.json': JSON.stringify({ ...(JSON.parse(shipped) as object), evaluations: [] }),
    });
    expect(await main(['evaluate', 'model.json'], io)).toBe(0);
    expect(out.join('\n')).toContain('No evaluation sessions are stored in this model.');
  });

  it('exits 2 for a missing or unreadable file and for an unknown report format', async () => {
    const missing = fakeIo({});
    expect(await main(['evaluate', 'nope.json'], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('cannot read nope.json: no such file');
    const broken = fakeIo({ 'model.json': '{"formatVersion": 1' });
    expect(await main(['evaluate', 'model.json'], broken.io)).toBe(2);
    const format = fakeIo({ 'model.json': evaluated });
    expect(await main(['evaluate', 'model.json', '--report', 'pdf'], format.io)).toBe(2);
    expect(format.err).toEqual(['refmod evaluate: say --report md or --report csv.']);
  });
});

describe('refmod evaluate --lang', () => {
  it('prints the tables in German: columns, perspectives, GoM principles and the criteria’s titles', async () => {
    const { io, out } = fakeIo({ 'model.json': evaluated });
    expect(await main(['evaluate', 'model.json', '--lang', 'de'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('hat das aktuelle Modell bewertet');
    expect(text).toContain('  Kriterium Wert  Anteil  Auto  Titel');
    expect(text).toMatch(/Sicht Auftraggeber: 0,?\.?\d\d \(22 bewertet, 1 nicht zutreffend, 0 offen\)/);
    expect(text).toMatch(/Je GoM-Grundsatz: Richtigkeit [\d.–]+ · Relevanz/);
    // The evaluators' roles are the model's words ("Customer view (…)"); the table's own words are German.
    expect(text).not.toMatch(/ view: |unscored|By GoM principle|evaluated the current model|Criterion/);
    expect(text).toContain('Syntaktische Richtigkeit');
  });

  it('prints the tables in Korean', async () => {
    const { io, out } = fakeIo({ 'model.json': evaluated });
    expect(await main(['--lang', 'ko', 'evaluate', 'model.json'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('현재 모델을 평가함');
    expect(text).toMatch(/위탁사 관점: 0\.\d\d \(채점 22, 해당 없음 1, 미채점 0\)/);
    expect(text).toContain('모델링 원칙별: 정확성');
    expect(text).not.toMatch(/ view: |unscored|By GoM principle|Criterion|Share/);
  });

  it('lines up the Korean table: Hangul is two terminal columns wide', async () => {
    const { io, out } = fakeIo({ 'model.json': evaluated });
    expect(await main(['--lang', 'ko', 'evaluate', 'model.json'], io)).toBe(0);
    const lines = out.join('\n').split('\n');
    const start = lines.findIndex((l) => l.startsWith('  기준 '));
    const rows = lines.slice(start, lines.indexOf('', start));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((r) => r.includes('해당 없음'))).toBe(true);
    // Where each row's share ends and its title begins, counted in terminal columns.
    const shareEnd = (row: string) => displayWidth(/^ {2}\S+ +.+? +(?:\d\.\d\d|–|비중)(?= {2})/.exec(row)![0]);
    const titleAt = (row: string) => displayWidth(row.slice(0, row.search(/\S+(?: \S+)*$/)));
    expect(new Set(rows.map(shareEnd)).size).toBe(1);
    expect(new Set(rows.map(titleAt)).size).toBe(1);
  });
});

describe('refmod evaluate --report in the language', () => {
  it('writes the Markdown headings and column names in German and Korean, figures as in English', async () => {
    const german = fakeIo({ 'model.json': evaluated });
    expect(await main(['evaluate', 'model.json', '--report', 'md', '--lang', 'de'], german.io)).toBe(0);
    const de = german.out.join('');
    expect(de).toContain('# Bewertungsprotokoll: ');
    expect(de).toContain('| Kriterium | Titel | Grundsatz | Gewicht | Wert | Anteil | Auto | Belege | Notiz |');
    expect(de).toContain('| GoM-Grundsatz | Wert | Bewertet | N. z. | Offen |');
    expect(de).toMatch(/\| Auftraggeber \| 0\.\d\d \|/);
    const korean = fakeIo({ 'model.json': evaluated });
    expect(await main(['--lang', 'ko', 'evaluate', 'model.json', '--report', 'md'], korean.io)).toBe(0);
    const ko = korean.out.join('');
    expect(ko).toContain('# 평가 프로토콜: ');
    expect(ko).toContain('| 기준 | 제목 | 원칙 | 가중치 | 점수 | 비중 | 자동 | 근거 | 메모 |');
    expect(ko).toContain('| 관점 | 점수 | 채점 | 해당 없음 | 미채점 |');
    expect(ko).not.toMatch(/Criterion|Evaluator|Perspective/);
  });

  it('names the CSV columns in the language and keeps its values', async () => {
    const rows = async (language: string) => {
      const { io, out } = fakeIo({ 'model.json': evaluated });
      expect(await main(['evaluate', 'model.json', '--report', 'csv', '--lang', language], io)).toBe(0);
      return out.join('').split('\r\n');
    };
    const [en, de, ko] = [await rows('en'), await rows('de'), await rows('ko')];
    expect(en[0]).toMatch(/^kind,session,evaluator,role,date,/);
    expect(de[0]).toMatch(/^art,sitzung,bewerter,rolle,datum,/);
    expect(ko[0]).toMatch(/^종류,세션,평가자,역할,날짜,/);
    expect(de[0]!.split(',')).toHaveLength(en[0]!.split(',').length);
    expect(ko.filter((r) => r.startsWith('score,'))).toHaveLength(en.filter((r) => r.startsWith('score,')).length);
  });
});
