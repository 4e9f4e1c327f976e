import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { setDataLanguage } from '../../src/core/i18n/data.ts';
import { exportDocument } from '../../src/core/io/json.ts';
import { changed, cleanModel, element } from '../core/validation/fixtures.ts';
import { fakeIo } from '../support/fake-io.ts';

const withErrors = exportDocument(
  changed((d) => {
    d.elements[0]!.area = null; // process.no-cell
    d.elements.push(element('o3', 'complaint', { name: 'Beschwerde Rechnung' })); // element.isolated
  }),
);
const clean = exportDocument(cleanModel());
const files = { 'errors.json': withErrors, 'cut.json': clean.slice(0, clean.length / 2), 'list.json': '[1, 2]' };

async function run(...args: string[]) {
  const io = fakeIo(files);
  const code = await main(args, io.io);
  return { code, out: io.text(), err: io.errors() };
}

afterAll(() => setDataLanguage('en'));

describe('refmod --lang: findings and problems in German and Korean', () => {
  it('validate --lang de prints the summary, headings, GoM principles and findings in German, naming each element', async () => {
    const { code, out } = await run('validate', 'errors.json', '--lang', 'de');
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'errors.json: 1 Fehler, 1 Warnung, 0 Hinweise (Profil Standard)',
        '',
        'Fehler (1)',
        '  Systematischer Aufbau',
        '    ✗ process.no-cell  Leistungsprozess „Handle inquiry“ hat keine Zelle im Ordnungsrahmen: der Bereich fehlt.',
        '        Elemente: Handle inquiry (p1)',
        '',
        'Warnungen (1)',
        '  Systematischer Aufbau',
        '    ! element.isolated  Beschwerde „Beschwerde Rechnung“ hat keine Beziehung zu einem anderen Element.',
        '        Elemente: Beschwerde Rechnung (o3)',
      ].join('\n'),
    );
  });

  it('validate --lang ko speaks Korean, and --json carries the Korean message and hint', async () => {
    const { out } = await run('--lang', 'ko', 'validate', 'errors.json');
    expect(out).toMatch(/^errors\.json: 오류 1건, 경고 1건, 참고 0건 \(프로파일 기본\)/);
    expect(out).toContain('  체계적 구성');
    expect(out).toContain(
      '✗ process.no-cell  서비스 제공 프로세스 "Handle inquiry"은(는) 참조 프레임워크에 셀이 없습니다',
    );
    const json = JSON.parse((await run('validate', 'errors.json', '--json', '--lang=ko')).out) as {
      findings: { rule: string; message: string; hint: string }[];
    };
    expect(json.findings[1]).toMatchObject({
      rule: 'element.isolated',
      message: '불만 "Beschwerde Rechnung"에 다른 요소와의 관계가 없습니다.',
      hint: expect.stringContaining('체계적 구성') as unknown,
    });
  });

  it('explains an unreadable file in the language asked for, and in English without --lang', async () => {
    const de = await run('validate', 'cut.json', '--lang', 'de');
    expect(de.code).toBe(2);
    expect(de.err).toMatch(
      /^refmod: cut\.json lässt sich nicht als Refmod-Modell lesen:\n {2}\(file\): Die Datei ist kein gültiges JSON \(.*\)\. Wurde sie abgeschnitten oder von Hand bearbeitet\?$/,
    );
    const ko = await run('validate', 'list.json', '--lang', 'ko');
    expect(ko.err).toBe(
      'refmod: list.json을(를) Refmod 모델로 읽을 수 없습니다:\n  (document): Refmod 모델은 JSON 객체입니다. 이 파일에는 다른 것이 들어 있습니다.',
    );
    const en = await run('validate', 'list.json');
    expect(en.err).toBe(
      'refmod: list.json cannot be read as a Refmod model:\n  (document): A Refmod model is a JSON object; this file holds something else.',
    );
  });

  it('runs for real as node src/cli/refmod.mjs --lang de', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refmod-lang-'));
    writeFileSync(join(dir, 'errors.json'), withErrors);
    const failed = await promisify(execFile)('node', [
      'src/cli/refmod.mjs',
      'validate',
      join(dir, 'errors.json'),
      '--lang',
      'de',
    ])
      .catch((e: { code: number; stdout: string }) => e)
      .finally(() => rmSync(dir, { recursive: true }));
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(
      /✗ process\.no-cell {2}Leistungsprozess „Handle inquiry“ hat keine Zelle/,
    );
  });
});
