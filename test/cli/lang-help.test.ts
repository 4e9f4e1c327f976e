import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { setDataLanguage } from '../../src/core/i18n/data.ts';
import { exportDocument } from '../../src/core/io/json.ts';
import { changed } from '../core/validation/fixtures.ts';
import { fakeIo } from '../support/fake-io.ts';

const MODEL = 'models/reference/crm-bpo.json';
// An element still marked "?": its finding carries the quick fix "Keep it (decide "?")".
const optional = exportDocument(
  changed((d) => {
    d.elements[0]!.optional = true;
  }),
);

async function run(...args: string[]) {
  const io = fakeIo({ 'optional.json': optional });
  const code = await main(args, io.io);
  return { code, out: io.text(), err: io.errors() };
}

afterAll(() => setDataLanguage('en'));

describe('refmod --lang: help and messages', () => {
  it('lists the commands in English without --lang, in German and in Korean with it', async () => {
    const english = await run('--help');
    expect(english.out).toContain('Usage: refmod <command> [options]');
    expect(english.out).toContain('  validate   check a model against the Guidelines of Modeling');
    const german = await run('--help', '--lang', 'de');
    expect(german.out).toContain('Aufruf: refmod <Befehl> [Optionen]');
    expect(german.out).toContain('  validate   ein Modell nach den Grundsätzen ordnungsmäßiger Modellierung prüfen');
    expect(german.out).not.toContain('check a model');
    const korean = await run('--lang=ko', 'help');
    expect(korean.out).toContain('사용법: refmod <명령> [옵션]');
    expect(korean.out).toContain('  evaluate   모델에 저장된 평가 세션의 결과를 출력합니다');
  });

  it("gives a command's --help in the language, keeping its usage line's options", async () => {
    const { out } = await run('validate', '--help', '--lang', 'de');
    expect(out.split('\n')[0]).toBe('Aufruf: refmod validate <file.json> [--profile default|publication] [--json]');
    expect(out).toContain('  --json          die Befunde als JSON ausgeben');
    expect(out).not.toContain('print the findings');
    expect((await run('import', '--help', '--lang', 'ko')).out).toContain('표준 출력 대신 파일에 모델을 씁니다');
    expect((await run('import', '--help')).out).toContain('write the model to a file instead of standard output');
  });

  it('says a misspelt option, an unknown command and a missing file in the language', async () => {
    const option = await run('validate', MODEL, '--profle', 'publication', '--lang', 'de');
    expect(option.code).toBe(2);
    expect(option.err).toBe(
      'refmod validate: unbekannte Option --profle. Meinten Sie --profile? Optionen: --profile, --json. `refmod validate --help` zeigt seine Optionen.',
    );
    expect((await run('validate', MODEL, '--profle', 'x')).err).toBe(
      'refmod validate: unknown option --profle. Did you mean --profile? Options: --profile, --json. Run `refmod validate --help` for its options.',
    );
    expect((await run('valdate', '--lang', 'ko')).err.split('\n')[0]).toBe('refmod: 알 수 없는 명령 "valdate".');
    expect((await run('induce', 'a.json', '--lang', 'ko')).err).toBe(
      'refmod induce: 모델을 둘 이상 지정하십시오. 예: refmod induce a.json b.json c.json -o candidate.json',
    );
  });

  it('names the quick fix and the profile in the language', async () => {
    const english = await run('validate', 'optional.json');
    expect(english.out).toContain('quick fix: Keep it (decide "?")');
    expect(english.out).toContain('(profile Default)');
    const german = await run('validate', 'optional.json', '--profile', 'publication', '--lang', 'de');
    expect(german.out).toContain('Schnellkorrektur: Behalten („?“ entscheiden)');
    expect(german.out).toContain('(Profil Veröffentlichung)');
    const json = JSON.parse((await run('validate', 'optional.json', '--json', '--lang', 'ko')).out) as {
      findings: { rule: string; fix: string | null }[];
    };
    expect(json.findings.find((f) => f.rule === 'element.undecided-optional')?.fix).toBe('유지("?" 결정)');
  });
});
