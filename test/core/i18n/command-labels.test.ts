import { afterEach, describe, expect, it } from 'vitest';
import { addStructuralGoal, completeStep, removeLane } from '../../../src/core/commands/method.ts';
import { connect, deleteElements } from '../../../src/core/commands/elements.ts';
import { perform, startHistory } from '../../../src/core/commands/history.ts';
import type { CommandLabel } from '../../../src/core/commands/label.ts';
import { setOverride } from '../../../src/core/commands/validation-settings.ts';
import { deleteEvaluation } from '../../../src/core/evaluation/edits.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { commands as english } from '../../../src/core/i18n/en/commands.ts';
import { commands as german } from '../../../src/core/i18n/de/commands.ts';
import { commands as korean } from '../../../src/core/i18n/ko/commands.ts';
import { commandLabel, refusalMessage } from '../../../src/core/i18n/say.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { shippedModel } from '../../support/models.ts';

afterEach(() => setDataLanguage('en'));

const goal = addStructuralGoal({ kind: 'purpose', text: 'Serve clients', perspective: 'all' });
const edits = [
  goal.ok ? goal.edit : expect.fail('the goal is refused'),
  deleteEvaluation('e-1'),
  deleteElements(['a', 'b', 'c']),
  removeLane('area', 'sales', null),
  setOverride('naming.pattern', 'warning', 'Names follow the pattern'),
];
const labels = edits.map((e) => e.label as CommandLabel);
// Words of the English labels that neither German nor Korean uses.
const ENGLISH = /\b(Add|Delete|Remove|Make|structural|goal|evaluation|elements|area|warning)\b/;

describe("the commands' names", () => {
  it('have a wording for every id in English, German and Korean', () => {
    const ids = Object.keys(english).sort();
    expect(Object.keys(german).sort()).toEqual(ids);
    expect(Object.keys(korean).sort()).toEqual(ids);
  });

  it('are kept as an id and parameters, worded in English as before', () => {
    expect(labels[0]).toEqual({ id: 'goal.add' });
    expect(labels.map((l) => commandLabel(l, 'en'))).toEqual([
      'Add structural goal',
      'Delete evaluation',
      'Delete 3 elements',
      'Remove area sales (elements to no area)',
      'Make "Names follow the pattern" a warning',
    ]);
  });

  it('read in German and Korean with no English left, once the language is loaded', async () => {
    await setDataLanguage('de');
    const de = labels.map((l) => commandLabel(l));
    expect(de).toEqual([
      'Strukturziel hinzufügen',
      'Bewertung löschen',
      '3 Elemente löschen',
      'Bereich sales entfernen (Elemente ohne Bereich)',
      '„Names follow the pattern“ als Warnung einstufen',
    ]);
    await setDataLanguage('ko');
    const ko = labels.map((l) => commandLabel(l));
    expect(ko[0]).toBe('구조 목표 추가');
    expect(ko[1]).toBe('평가 삭제');
    for (const words of [...de, ...ko]) expect(words.replace('Names follow the pattern', '')).not.toMatch(ENGLISH);
  });

  it('are re-worded from the history after a language switch', async () => {
    const history = perform(startHistory(shippedModel()), goal.ok ? goal.edit : expect.fail('refused'));
    const step = history.past.at(-1)!.label as CommandLabel;
    expect(commandLabel(step)).toBe('Add structural goal');
    await setDataLanguage('de');
    expect(commandLabel(step)).toBe('Strukturziel hinzufügen');
  });
});

describe("the commands' refusals", () => {
  it('keep their English words and read in German and Korean', async () => {
    const refused = completeStep('goals', { errors: [1, 2], warnings: [] });
    const forbidden = connect(shippedModel(), crmBpoMetamodel, {
      id: 'r-new',
      type: 'measures',
      source: 'account',
      target: 'inquiry',
      label: '',
    });
    if (refused.ok || forbidden.ok) return expect.fail('both are refused');
    expect(refusalMessage(refused)).toBe(
      'The gate of step goals finds 2 error(s); fix them or skip the gate with a justification.',
    );
    await setDataLanguage('de');
    expect(refusalMessage(refused)).toBe(
      'Die Abschlusskriterien von Schritt goals finden 2 Fehler. Beheben Sie sie oder gehen Sie mit Begründung weiter.',
    );
    expect(refusalMessage(forbidden, crmBpoMetamodel)).not.toBe(forbidden.message);
    await setDataLanguage('ko');
    expect(refusalMessage(refused)).toMatch(/^goals 단계의 완료 기준에서 오류 2건이/);
  });
});
