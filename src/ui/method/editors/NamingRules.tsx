import { useMemo, useState } from 'react';
import { addNamingRule, removeNamingRule } from '../../../core/commands/method.ts';
import { patternReason } from '../../../core/i18n/say.ts';
import { selects } from '../../../core/method/artifacts.ts';
import type { NamingRule } from '../../../core/model/schema.ts';
import { compilePattern } from '../../../core/validation/patterns.ts';
import { SelectField } from '../../inspector/fields.tsx';
import { useLanguage, useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { Field } from './form.tsx';
import { suggestions } from './naming-presets.ts';
import { refusalMessage } from '../../../core/i18n/say.ts';

/** Naming rules as patterns that validation checks, with a live test field and the names in the model that break them. */
export function NamingRules() {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const rules = doc.designGoals.namingRules;
  const scopes = useMemo(
    () => [
      ...metamodel.data.categories.map((c) => ({ value: `category:${c.id}`, label: m.everyCategory(c.label) })),
      ...metamodel.data.elementTypes.map((t) => ({ value: t.id, label: t.label })),
    ],
    [metamodel, m],
  );
  const scopeLabel = (s: string) => scopes.find((x) => x.value === s)?.label ?? s;
  const breaking = (rule: Pick<NamingRule, 'appliesTo' | 'pattern'>) => {
    const compiled = compilePattern(rule.pattern);
    if (!compiled.ok) return null;
    return doc.elements.filter((e) => selects([rule.appliesTo], e.type, metamodel) && !compiled.regex.test(e.name));
  };
  return (
    <fieldset className="editor__form" aria-label={m.namingRules}>
      <legend>{m.namingRules}</legend>
      {rules.length === 0 ? <p className="muted">{m.rulesEmpty}</p> : null}
      <ul className="editor__cards">
        {rules.map((rule) => {
          const broken = breaking(rule);
          return (
            <li key={rule.id} className="editor__card rule">
              <div className="rule__head">
                <span className="tag">{scopeLabel(rule.appliesTo)}</span>
                <code className="rule__pattern">/{rule.pattern}/</code>
                <button
                  className="icon-button danger"
                  aria-label={m.removeRule(rule.description || rule.pattern)}
                  title={m.removeRuleHint}
                  onClick={() => wb.perform(removeNamingRule(rule.id))}
                >
                  ×
                </button>
              </div>
              {rule.description ? <p className="rule__text">{rule.description}</p> : null}
              <p className={`rule__status ${broken?.length ? 'is-missing' : 'is-ok'}`}>
                <span aria-hidden="true">{broken === null ? '✕' : broken.length ? '⚠' : '✓'}</span>{' '}
                {broken === null
                  ? m.patternUnusable
                  : broken.length
                    ? m.namesBreak(broken.length, quoted(broken))
                    : m.everyNameFollows}
                {rule.example ? <span className="muted">{m.example(rule.example)}</span> : null}
              </p>
            </li>
          );
        })}
      </ul>
      <NewRule scopes={scopes} breaking={breaking} />
    </fieldset>
  );
}

type Draft = { appliesTo: string; pattern: string; description: string; example: string };

/** The first three names, quoted, and an ellipsis when there are more. */
const quoted = (names: readonly { name: string }[]) =>
  `${names
    .slice(0, 3)
    .map((e) => `“${e.name}”`)
    .join(', ')}${names.length > 3 ? ' …' : ''}`;

function NewRule({
  scopes,
  breaking,
}: {
  scopes: { value: string; label: string }[];
  breaking: (r: Pick<NamingRule, 'appliesTo' | 'pattern'>) => { name: string }[] | null;
}) {
  const wb = useActions();
  const m = useMessages().method;
  const language = useLanguage();
  const [draft, setDraft] = useState<Draft>({
    appliesTo: 'category:process',
    pattern: '',
    description: '',
    example: '',
  });
  const [sample, setSample] = useState('');
  const [error, setError] = useState<string | null>(null);
  const set = (changes: Partial<Draft>) => setDraft({ ...draft, ...changes });
  const compiled = draft.pattern ? compilePattern(draft.pattern) : null;
  const broken = compiled?.ok ? breaking(draft) : null;
  const add = () => {
    if (!draft.pattern.trim()) return setError(m.patternRequired);
    if (compiled && !compiled.ok) return setError(m.patternReason(patternReason(compiled.reason)));
    const result = addNamingRule(draft);
    if (!result.ok) return setError(refusalMessage(result));
    wb.perform(result.edit);
    setDraft({ ...draft, pattern: '', description: '', example: '' });
    setSample('');
    setError(null);
  };
  return (
    <div className="rule-new" role="group" aria-label={m.newRuleRegion}>
      <h4>{m.newRule}</h4>
      <div className="rule-new__suggestions">
        <span className="editor__label">{m.startFrom}</span>
        {suggestions(language, m).map((s) => (
          <button
            key={s.label}
            className="chip"
            onClick={() => {
              setDraft({ appliesTo: s.appliesTo, pattern: s.pattern, description: s.description, example: s.example });
              setSample(s.example);
              setError(null);
            }}
          >
            {s.label}
          </button>
        ))}
      </div>
      <SelectField
        label={m.appliesTo}
        value={draft.appliesTo}
        options={scopes}
        onChange={(appliesTo) => set({ appliesTo })}
      />
      <Field
        label={m.pattern}
        value={draft.pattern}
        onChange={(pattern) => set({ pattern })}
        placeholder={m.patternPlaceholder}
        error={error ?? (compiled && !compiled.ok ? m.patternReason(patternReason(compiled.reason)) : null)}
        hint={m.patternHint}
      />
      <Field label={m.testName} value={sample} onChange={setSample} placeholder={m.testNamePlaceholder} />
      {compiled?.ok && sample ? (
        <p className={`rule__status ${compiled.regex.test(sample) ? 'is-ok' : 'is-missing'}`} role="status">
          <span aria-hidden="true">{compiled.regex.test(sample) ? '✓' : '✕'}</span> “{sample}”{' '}
          {compiled.regex.test(sample) ? m.followsRule : m.breaksRule}
        </p>
      ) : null}
      {broken ? (
        <p className="field__hint" role="status">
          {m.inThisModel} {broken.length ? m.wouldBreak(broken.length, quoted(broken)) : m.everyNameWouldFollow}
        </p>
      ) : null}
      <Field
        label={m.whatRuleAsks}
        value={draft.description}
        onChange={(description) => set({ description })}
        placeholder={m.whatRuleAsksPlaceholder}
      />
      <Field
        label={m.exampleLabel}
        value={draft.example}
        onChange={(example) => set({ example })}
        placeholder={m.examplePlaceholder}
      />
      <button className="primary" onClick={add}>
        {m.addRule}
      </button>
    </div>
  );
}
