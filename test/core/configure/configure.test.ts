import { describe, expect, it } from 'vitest';
import { configureModel, resolveConfiguration } from '../../../src/core/configure/configure.ts';
import { answerProblems, excludedAnswers, toggleAnswer } from '../../../src/core/configure/questionnaire.ts';
import { Configuration, configurationProblems } from '../../../src/core/configure/schema.ts';
import { conformance } from '../../../src/core/derive/conformance.ts';
import { importValue } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { RefDocument } from '../../../src/core/model/schema.ts';
import { smallModel } from '../diff/fixtures.ts';

/** The small model with a questionnaire: who qualifies leads, is the account kept, which speed measure. */
function configurable(): RefDocument {
  return RefDocument.parse({
    ...smallModel(),
    configuration: {
      variationPoints: [
        { id: 'vp-qualify', name: 'Lead qualification', kind: 'mandatory', elements: ['qualify'] },
        { id: 'vp-account', name: 'Account', kind: 'optional', elements: ['account'] },
        { id: 'vp-speed', name: 'Speed of answer', kind: 'alternative', group: 'timing', elements: ['speed'] },
        { id: 'vp-lead', name: 'Lead', kind: 'alternative', group: 'timing', elements: ['lead'] },
      ],
      questions: [
        {
          id: 'q-who',
          text: 'Who qualifies leads?',
          answers: [
            { id: 'provider', text: 'The provider', decides: [{ variationPoint: 'vp-qualify', resolution: 'keep' }] },
            {
              id: 'client',
              text: 'The client',
              decides: [{ variationPoint: 'vp-qualify', resolution: 'specialise', set: { role: 'client' } }],
            },
          ],
        },
        {
          id: 'q-extras',
          text: 'What else?',
          multiple: true,
          required: false,
          answers: [
            { id: 'account', text: 'Accounts', decides: [{ variationPoint: 'vp-account', resolution: 'keep' }] },
            { id: 'speed', text: 'Speed', decides: [{ variationPoint: 'vp-speed', resolution: 'keep' }] },
            { id: 'nothing', text: 'Nothing else' },
          ],
        },
      ],
      constraints: [
        {
          kind: 'excludes',
          answer: { question: 'q-extras', answer: 'nothing' },
          other: { question: 'q-extras', answer: 'account' },
          reason: 'Nothing means nothing.',
        },
        {
          kind: 'requires',
          answer: { question: 'q-who', answer: 'client' },
          other: { question: 'q-extras', answer: 'account' },
        },
      ],
    },
  });
}

describe('questionnaire constraints', () => {
  const doc = configurable();
  const config = doc.configuration!;

  it('reports an answer that excludes another chosen answer, with the reason', () => {
    const problems = answerProblems(config, { 'q-who': ['provider'], 'q-extras': ['nothing', 'account'] });
    expect(problems).toEqual([
      { question: 'q-extras', message: '“Nothing else” excludes “Accounts”. Nothing means nothing.' },
    ]);
  });

  it('greys out an excluded answer both ways before it is chosen', () => {
    expect(excludedAnswers(config, { 'q-extras': ['nothing'] }).get('q-extras/account')).toBe(
      'Excluded by “Nothing else”. Nothing means nothing.',
    );
    expect(excludedAnswers(config, { 'q-extras': ['account'] }).get('q-extras/nothing')).toMatch(
      /^Excluded by “Accounts”/,
    );
    expect(excludedAnswers(config, { 'q-extras': ['speed'] }).size).toBe(0);
  });

  it('reports an answer that requires one not chosen, a missing required answer and two answers to a single choice', () => {
    expect(answerProblems(config, { 'q-who': ['client'] }).map((p) => p.message)).toEqual([
      '“The client” requires “Accounts”.',
    ]);
    expect(answerProblems(config, {}).map((p) => p.message)).toEqual(['“Who qualifies leads?” is not answered yet.']);
    expect(answerProblems(config, { 'q-who': ['client', 'provider'], 'q-extras': ['account'] })[0]!.message).toBe(
      '“Who qualifies leads?” takes one answer; 2 are chosen.',
    );
    expect(answerProblems(config, { 'q-who': ['someone'] })[0]!.message).toBe(
      '“Who qualifies leads?” has no answer "someone".',
    );
  });

  it('toggles: a single choice keeps only the new answer, a multiple choice adds in question order', () => {
    expect(toggleAnswer(config, { 'q-who': ['provider'] }, { question: 'q-who', answer: 'client' })).toEqual({
      'q-who': ['client'],
    });
    const both = toggleAnswer(config, { 'q-extras': ['speed'] }, { question: 'q-extras', answer: 'account' });
    expect(both).toEqual({ 'q-extras': ['account', 'speed'] });
    expect(toggleAnswer(config, both, { question: 'q-extras', answer: 'speed' })).toEqual({ 'q-extras': ['account'] });
  });

  it('refuses a questionnaire whose decisions or constraints point nowhere, or that omits a mandatory point', () => {
    const broken = {
      variationPoints: [{ id: 'vp', name: 'Core', kind: 'mandatory' as const, elements: ['x'] }],
      questions: [
        {
          id: 'q',
          text: 'Q?',
          answers: [
            { id: 'a', text: 'A', decides: [{ variationPoint: 'vp', resolution: 'omit' as const }] },
            { id: 'b', text: 'B', decides: [{ variationPoint: 'nowhere', resolution: 'keep' as const }] },
          ],
        },
      ],
      constraints: [
        { kind: 'excludes' as const, answer: { question: 'q', answer: 'a' }, other: { question: 'q', answer: 'z' } },
      ],
    };
    expect(configurationProblems(broken).map((p) => p.message)).toEqual([
      'the answer "A" omits the mandatory variation point "vp"',
      'the answer "B" decides the variation point "nowhere", which does not exist',
      'the constraint names the answer "q/z", which does not exist',
    ]);
    expect(Configuration.safeParse(broken).success).toBe(false);
  });
});

describe('resolveConfiguration', () => {
  const doc = configurable();

  it('decides every element with the question and answer as its reason', () => {
    const { decisions, problems } = resolveConfiguration(doc, {
      'q-who': ['client'],
      'q-extras': ['account', 'speed'],
    });
    expect(problems).toEqual([]);
    const by = Object.fromEntries(decisions.map((d) => [d.element, d]));
    expect(by.qualify).toMatchObject({
      outcome: 'specialised',
      set: { role: 'client' },
      reason: '“Who qualifies leads?” — “The client”',
    });
    expect(by.account).toMatchObject({ outcome: 'adopted', reason: '“What else?” — “Accounts”', question: 'q-extras' });
    expect(by.speed).toMatchObject({ outcome: 'adopted', question: 'q-extras' });
    expect(by.lead).toMatchObject({
      outcome: 'omitted',
      reason: 'Alternative to “Speed of answer”, chosen by “What else?” — “Speed”',
    });
  });

  it('omits an optional point no chosen answer keeps, naming the answers given; a group without a choice is a problem', () => {
    const { decisions, problems } = resolveConfiguration(doc, { 'q-who': ['provider'], 'q-extras': ['nothing'] });
    expect(decisions.find((d) => d.element === 'account')).toMatchObject({
      outcome: 'omitted',
      reason: '“What else?” — “Nothing else”: none of these needs “Account”.',
    });
    expect(problems.map((p) => p.message)).toEqual([
      'One of the alternatives “Speed of answer”, “Lead” must be chosen; the answers choose none.',
    ]);
  });

  it('derives and configures a model whose conformance shows each decision with its question', () => {
    const result = configureModel(
      doc,
      { 'q-who': ['client'], 'q-extras': ['account', 'speed'] },
      {
        id: 'acme',
        name: 'ACME',
        at: '2026-03-01T10:00:00.000Z',
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const configured = result.document;
    expect(importValue(JSON.parse(JSON.stringify(configured)), crmBpoMetamodel).ok).toBe(true);
    expect(configured.elements.map((e) => e.id)).toEqual(['qualify', 'account', 'speed']);
    expect(configured.elements[0]!.role).toBe('client');
    expect(configured.configuration!.answers).toEqual({ 'q-who': ['client'], 'q-extras': ['account', 'speed'] });
    const figures = conformance(doc, configured);
    expect(figures.counts).toMatchObject({ adopted: 2, specialised: 1, omitted: 1 });
    const messages = figures.deviations.map((d) => d.message);
    expect(messages).toContain(
      '"Lead" of the reference model was omitted (Alternative to “Speed of answer”, chosen by “What else?” — “Speed”).',
    );
    expect(
      messages.some((m) =>
        m.startsWith(
          '"Qualify lead" specialises "Qualify lead", changing role (“Who qualifies leads?” — “The client”)',
        ),
      ),
    ).toBe(true);
  });

  it('returns the problems instead of a model when the answers break a constraint', () => {
    const result = configureModel(doc, { 'q-who': ['client'] }, { id: 'x', name: 'X' });
    expect(result.ok).toBe(false);
  });
});
