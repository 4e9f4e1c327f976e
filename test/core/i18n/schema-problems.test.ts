import { afterEach, describe, expect, it } from 'vitest';
import { copyFragment, pasteFragment } from '../../../src/core/commands/clipboard.ts';
import { checkEdit } from '../../../src/core/commands/command.ts';
import { selectSessions } from '../../../src/core/evaluation/agreement.ts';
import { updateElement } from '../../../src/core/commands/elements.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { integrity as english } from '../../../src/core/i18n/en/integrity.ts';
import { schema as englishSchema } from '../../../src/core/i18n/en/schema.ts';
import { de } from '../../../src/core/i18n/de/index.ts';
import { ko } from '../../../src/core/i18n/ko/index.ts';
import { problemMessage, refusalMessage } from '../../../src/core/i18n/say.ts';
import { importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel as metamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

afterEach(() => setDataLanguage('en'));

const doc = shippedModel();
const element = doc.elements[0]!;
const refused = (name: string) => {
  const checked = checkEdit(doc, metamodel, updateElement(element.id, { name }));
  return checked.ok ? expect.fail('the edit is admitted') : checked;
};
// Words of the English sentences that neither German nor Korean uses.
const ENGLISH = /\b(name|can|have|most|characters|this|one|has|cannot|empty|Relation|points|exist)\b/;

describe('a refusal of the file format, in three languages', () => {
  it('words a 201-character name in German and Korean, English unchanged', async () => {
    const refusal = refused('n'.repeat(201));
    expect(refusal.message).toBe('A name can have at most 200 characters; this one has 201.');
    expect(refusalMessage(refusal, metamodel, 'en')).toBe(refusal.message);
    await setDataLanguage('de');
    expect(refusalMessage(refusal, metamodel)).toBe('Ein Name darf höchstens 200 Zeichen haben; dieser hat 201.');
    await setDataLanguage('ko');
    const korean = refusalMessage(refusal, metamodel);
    expect(korean).toBe('이름은 최대 200자까지 쓸 수 있습니다. 이 값은 201자입니다.');
    expect(korean).not.toMatch(ENGLISH);
  });

  it('words an empty name in German and Korean', async () => {
    const refusal = refused('');
    await setDataLanguage('de');
    expect(refusalMessage(refusal, metamodel)).toBe('Ein Name darf nicht leer sein.');
    await setDataLanguage('ko');
    expect(refusalMessage(refusal, metamodel)).not.toMatch(ENGLISH);
  });

  it('words a dangling relation end of a file in German and Korean', async () => {
    const file = structuredClone(doc);
    file.relations[0]!.target = 'gone';
    const result = importDocument(JSON.stringify(file), metamodel);
    const problem = result.ok ? expect.fail('the file is opened') : result.errors[0]!;
    expect(problem.message).toBe(
      `Relation "${file.relations[0]!.id}" points to the element "gone", which does not exist.`,
    );
    await setDataLanguage('de');
    expect(problemMessage(problem)).toBe(
      `Beziehung „${file.relations[0]!.id}“ verweist auf das Element „gone“, das es nicht gibt.`,
    );
    await setDataLanguage('ko');
    expect(problemMessage(problem)).not.toMatch(ENGLISH);
  });

  it('has every schema and integrity message in German and Korean', () => {
    for (const id of [...Object.keys(englishSchema), ...Object.keys(english)]) {
      expect(de.problems, id).toHaveProperty([id]);
      expect(ko.problems, id).toHaveProperty([id]);
    }
  });
});

describe('what a paste leaves out, in three languages', () => {
  it('words an element of a type the metamodel lacks and a relation outside the pasted ones', async () => {
    const relation = doc.relations[0]!;
    const fragment = copyFragment(doc, [relation.source, relation.target], {});
    fragment.elements[0] = { ...fragment.elements[0]!, type: 'spaceship' };
    const { leftOut } = pasteFragment(doc, fragment, 'full', metamodel);
    const source = fragment.elements[0].name;
    expect(leftOut.map((l) => l.message)).toEqual([
      `"${source}" was not pasted: the ${metamodel.data.name} metamodel has no element type "spaceship".`,
      `A relation ${relation.source} → ${relation.target} was not pasted: it points to an element outside the pasted ones.`,
    ]);
    await setDataLanguage('de');
    expect(leftOut.map((l) => refusalMessage(l, metamodel))).toEqual([
      `„${source}“ wurde nicht eingefügt: Das Metamodell ${metamodel.data.name} hat keinen Elementtyp „spaceship“.`,
      `Eine Beziehung ${relation.source} → ${relation.target} wurde nicht eingefügt: Sie verweist auf ein Element außerhalb der eingefügten.`,
    ]);
    await setDataLanguage('ko');
    for (const said of leftOut) expect(refusalMessage(said, metamodel)).not.toMatch(/pasted|metamodel has/);
  });
});

describe('why agreement is not computed, in three languages', () => {
  it('words a missing session and too few raters in German and Korean', async () => {
    const missing = selectSessions([], 'client', ['s-9']);
    const few = selectSessions([], 'client', []);
    if (missing.ok || few.ok) return expect.fail('the choice is accepted');
    expect(missing.reason).toBe('No session has the id "s-9".');
    expect(few.reason).toBe('Agreement needs the sessions of at least two raters.');
    await setDataLanguage('de');
    expect(refusalMessage({ message: missing.reason, text: missing.text })).toBe('Keine Sitzung hat die ID „s-9“.');
    await setDataLanguage('ko');
    expect(refusalMessage({ message: few.reason, text: few.text })).toBe(
      '일치도를 계산하려면 평가자 두 명 이상의 세션이 필요합니다.',
    );
  });
});
