import { useId, useMemo, useState } from 'react';
import { compilePattern } from '../../core/validation/index.ts';
import { useDocument, useWb } from '../workbench-context.ts';
import { selectorName, typesOf, type RuleDraft } from './rule-draft.ts';

/** The pattern of a naming rule, tested live: against a name the user types and against the model's own names. */
export function NamingTest({
  draft,
  error,
  onPattern,
}: {
  draft: RuleDraft;
  error: string | undefined;
  onPattern: (pattern: string) => void;
}) {
  const id = useId();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const [sample, setSample] = useState('');
  const compiled = useMemo(() => (draft.pattern ? compilePattern(draft.pattern) : null), [draft.pattern]);
  const problem = error ?? (compiled && !compiled.ok ? `The pattern cannot be used: ${compiled.reason}.` : undefined);
  const regex = compiled?.ok ? compiled.regex : null;
  const names = useMemo(() => {
    const types = new Set(typesOf(metamodel, draft.appliesTo));
    return doc.elements.filter((e) => types.has(e.type)).map((e) => e.name);
  }, [doc.elements, metamodel, draft.appliesTo]);
  const breaking = regex ? names.filter((n) => !regex.test(n)) : [];
  return (
    <div className="naming-test">
      <div className="field">
        <label htmlFor={id}>Names must match (a regular expression)</label>
        <input
          id={id}
          type="text"
          className="naming-test__pattern"
          value={draft.pattern}
          placeholder="e.g. ^\p{Lu}\p{Ll}+ \S"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : `${id}-hint`}
          onChange={(e) => onPattern(e.target.value)}
        />
        {problem ? (
          <div className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </div>
        ) : (
          <div className="field__hint" id={`${id}-hint`}>
            ^ marks the start, $ the end; \p{'{'}Lu{'}'} is any capital letter. The test runs as you type.
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-sample`}>Try a name</label>
        <div className="naming-test__try">
          <input
            id={`${id}-sample`}
            type="text"
            value={sample}
            placeholder="Type a name to test it"
            onChange={(e) => setSample(e.target.value)}
          />
          {regex && sample ? (
            <span className={`naming-test__verdict${regex.test(sample) ? ' is-ok' : ' is-bad'}`} role="status">
              {regex.test(sample) ? '✓ matches' : '✗ does not match'}
            </span>
          ) : null}
        </div>
      </div>
      {regex ? (
        <p className="naming-test__model" role="status">
          {names.length === 0
            ? `The model has no ${selectorName(metamodel, draft.appliesTo)} yet.`
            : breaking.length === 0
              ? `All ${names.length} names of ${selectorName(metamodel, draft.appliesTo)} in the model match.`
              : `${breaking.length} of ${names.length} names of ${selectorName(metamodel, draft.appliesTo)} in the model do not match: ${breaking
                  .slice(0, 5)
                  .map((n) => `“${n}”`)
                  .join(', ')}${breaking.length > 5 ? ' …' : ''}`}
        </p>
      ) : null}
    </div>
  );
}
