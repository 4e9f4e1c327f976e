import { useMemo, useState } from 'react';
import { addNamingRule, removeNamingRule } from '../../../core/commands/method.ts';
import { selects } from '../../../core/method/artifacts.ts';
import type { NamingRule } from '../../../core/model/schema.ts';
import { compilePattern } from '../../../core/validation/patterns.ts';
import { SelectField } from '../../inspector/fields.tsx';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { Field } from './form.tsx';
import { SUGGESTIONS } from './naming-presets.ts';

/** Naming rules as patterns that validation checks, with a live test field and the names in the model that break them. */
export function NamingRules() {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const rules = doc.designGoals.namingRules;
  const scopes = useMemo(
    () => [
      ...metamodel.data.categories.map((c) => ({ value: `category:${c.id}`, label: `Every ${c.label.toLowerCase()}` })),
      ...metamodel.data.elementTypes.map((t) => ({ value: t.id, label: t.label })),
    ],
    [metamodel],
  );
  const scopeLabel = (s: string) => scopes.find((x) => x.value === s)?.label ?? s;
  const breaking = (rule: Pick<NamingRule, 'appliesTo' | 'pattern'>) => {
    const compiled = compilePattern(rule.pattern);
    if (!compiled.ok) return null;
    return doc.elements.filter((e) => selects([rule.appliesTo], e.type, metamodel) && !compiled.regex.test(e.name));
  };
  return (
    <fieldset className="editor__form" aria-label="Naming rules">
      <legend>Naming rules</legend>
      {rules.length === 0 ? (
        <p className="muted">
          No naming rule yet. Rules make names predictable (GoM: comparability); validation marks every name that breaks
          one.
        </p>
      ) : null}
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
                  aria-label={`Remove naming rule ${rule.description || rule.pattern}`}
                  title="Remove this rule (undo with Ctrl+Z)"
                  onClick={() => wb.perform(removeNamingRule(rule.id))}
                >
                  ×
                </button>
              </div>
              {rule.description ? <p className="rule__text">{rule.description}</p> : null}
              <p className={`rule__status ${broken?.length ? 'is-missing' : 'is-ok'}`}>
                <span aria-hidden="true">{broken === null ? '✕' : broken.length ? '⚠' : '✓'}</span>{' '}
                {broken === null
                  ? 'The pattern cannot be used.'
                  : broken.length
                    ? `${broken.length} name${broken.length === 1 ? ' breaks' : 's break'} it: ${broken
                        .slice(0, 3)
                        .map((e) => `“${e.name}”`)
                        .join(', ')}${broken.length > 3 ? ' …' : ''}`
                    : 'Every name in the model follows it.'}
                {rule.example ? <span className="muted"> Example: “{rule.example}”.</span> : null}
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

function NewRule({
  scopes,
  breaking,
}: {
  scopes: { value: string; label: string }[];
  breaking: (r: Pick<NamingRule, 'appliesTo' | 'pattern'>) => { name: string }[] | null;
}) {
  const wb = useActions();
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
    if (!draft.pattern.trim()) return setError('Write a pattern, or start from a suggestion.');
    if (compiled && !compiled.ok) return setError(`The pattern cannot be used: ${compiled.reason}.`);
    const result = addNamingRule(draft);
    if (!result.ok) return setError(result.message);
    wb.perform(result.edit);
    setDraft({ ...draft, pattern: '', description: '', example: '' });
    setSample('');
    setError(null);
  };
  return (
    <div className="rule-new" role="group" aria-label="New naming rule">
      <h4>New rule</h4>
      <div className="rule-new__suggestions">
        <span className="editor__label">Start from</span>
        {SUGGESTIONS.map((s) => (
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
        label="Applies to"
        value={draft.appliesTo}
        options={scopes}
        onChange={(appliesTo) => set({ appliesTo })}
      />
      <Field
        label="Pattern (regular expression)"
        value={draft.pattern}
        onChange={(pattern) => set({ pattern })}
        placeholder="e.g. ^\p{Lu}"
        error={error ?? (compiled && !compiled.ok ? `The pattern cannot be used: ${compiled.reason}.` : null)}
        hint="\p{Lu} is a capital letter, \p{Ll} a small one, ^ and $ the start and end of the name."
      />
      <Field label="Test a name" value={sample} onChange={setSample} placeholder="Type a name to try the pattern" />
      {compiled?.ok && sample ? (
        <p className={`rule__status ${compiled.regex.test(sample) ? 'is-ok' : 'is-missing'}`} role="status">
          <span aria-hidden="true">{compiled.regex.test(sample) ? '✓' : '✕'}</span> “{sample}”{' '}
          {compiled.regex.test(sample) ? 'follows the rule' : 'breaks the rule'}
        </p>
      ) : null}
      {broken ? (
        <p className="field__hint" role="status">
          In this model:{' '}
          {broken.length
            ? `${broken.length} name${broken.length === 1 ? '' : 's'} would break it (${broken
                .slice(0, 3)
                .map((e) => `“${e.name}”`)
                .join(', ')}${broken.length > 3 ? ' …' : ''}).`
            : 'every name follows it.'}
        </p>
      ) : null}
      <Field
        label="What the rule asks"
        value={draft.description}
        onChange={(description) => set({ description })}
        placeholder="e.g. A business object starts with a capital letter"
      />
      <Field
        label="Example"
        value={draft.example}
        onChange={(example) => set({ example })}
        placeholder="e.g. Customer inquiry"
      />
      <button className="primary" onClick={add}>
        Add rule
      </button>
    </div>
  );
}
