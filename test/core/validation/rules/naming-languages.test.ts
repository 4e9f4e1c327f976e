import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../../support/models.ts';
import { changed, element, findingsOf } from '../fixtures.ts';

// The shipped model's naming rules, each with its German and Korean pattern.
const rules = shippedModel().designGoals.namingRules;

/** The findings of naming.rule for one process and one business object, named in the given languages. */
function judge(process: Record<string, string>, object: Record<string, string> = { en: 'Inquiry' }, language = 'en') {
  const doc = changed((d) => {
    d.meta.language = language;
    d.designGoals.namingRules = rules;
    const named = (names: Record<string, string>) => ({
      name: names[language]!,
      translations: Object.fromEntries(
        Object.entries(names)
          .filter(([l]) => l !== language)
          .map(([l, name]) => [l, { name }]),
      ),
    });
    d.elements[0] = element('p1', 'delivery-process', named(process));
    d.elements[1] = element('o1', 'inquiry', named(object));
  });
  // The fixture's other elements keep English names, which a German or Korean model would judge too.
  return findingsOf('naming.rule', doc)
    .filter((f) => f.elements.some((id) => id === 'p1' || id === 'o1'))
    .map((f) => f.message);
}

describe('naming rules know the language of the name they check', () => {
  it("pass English, German and Korean names that follow their own language's form", () => {
    expect(
      judge(
        { en: 'Manage complaints', de: 'Beschwerden bearbeiten', ko: '불만 관리' },
        { en: 'Customer inquiry', de: 'Kundenanfrage', ko: '고객 문의' },
      ),
    ).toEqual([]);
  });

  it('ask no capital letter of a Korean name, in a Korean model as in a translation', () => {
    expect(judge({ ko: '불만 관리' }, { ko: '고객 문의' }, 'ko')).toEqual([]);
    expect(judge({ en: 'Manage complaints', ko: '불만 관리' })).toEqual([]);
  });

  it('judge a Hangul name by the Korean rule even in a model that says it is English', () => {
    expect(judge({ en: '불만 관리' }, { en: '고객 문의' })).toEqual([]);
    expect(judge({ en: '불만을 관리한다' })).toEqual([
      expect.stringContaining('its Korean name "불만을 관리한다" breaks the naming rule "프로세스 이름은'),
    ]);
  });

  it('refuse Korean sentence forms and a single word for a process', () => {
    const [finding] = judge({ en: 'Manage complaints', ko: '관리' });
    expect(finding).toMatch(/^Delivery process "Manage complaints" its Korean name "관리" breaks the naming rule/);
    expect(judge({ en: 'Manage complaints', ko: '불만을 처리한다' })).toHaveLength(1);
  });

  it('judge German names by German forms, not by English suffixes', () => {
    // Noun forms pass the English rule's suffix test, but German names a process object + infinitive.
    for (const noun of ['Bearbeitung von Beschwerden', 'Beschwerdemanagement', 'Kundensegmentierung']) {
      expect(judge({ en: 'Manage complaints', de: noun }), noun).toEqual([
        expect.stringContaining(`its German name "${noun}" breaks the naming rule "Ein Prozess heißt`),
      ]);
    }
    expect(judge({ de: 'Kunden segmentieren' }, { de: 'Kundenanfrage' }, 'de')).toEqual([]);
    // A German compound is a noun, so a business object may be one long word; a verb at the end is not.
    expect(judge({ de: 'Kunden segmentieren' }, { de: 'Kundenzufriedenheitsbefragung' }, 'de')).toEqual([]);
    expect(judge({ de: 'Kunden segmentieren' }, { de: 'Anfrage bearbeiten' }, 'de')).toHaveLength(1);
  });

  it('still judge English names by the English rule', () => {
    expect(judge({ en: 'Complaint management', de: 'Beschwerden bearbeiten' })).toEqual([
      'Delivery process "Complaint management" breaks the naming rule "A process name starts with a verb and then names what it works on (verb + noun), in at least two words. Names that end in a noun made from a verb, such as "Complaint management", "Customer scoring" or "Segmentation", break the rule." (e.g. "Manage complaints").',
    ]);
  });

  it('leave a name in a language the rule has no pattern for unchecked', () => {
    expect(judge({ en: 'Manage complaints', fr: 'gestion des réclamations' })).toEqual([]);
  });

  it('report an unusable pattern for one language, naming the language', () => {
    const doc = changed((d) => {
      d.designGoals.namingRules[0]!.languages = { de: { pattern: '(x)\\1', description: '', example: '' } };
    });
    expect(findingsOf('naming.rule', doc).map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^The naming rule "verb \+ noun" cannot be checked for German names: its pattern \/\(x\)\\1\//,
      ),
    ]);
  });
});
