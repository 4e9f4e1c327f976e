import { useId, useMemo, useState } from 'react';
import { patternReason } from '../../core/i18n/say.ts';
import { compilePattern } from '../../core/validation/index.ts';
import { useDocument, useWb } from '../workbench-context.ts';
import { selectorName, typesOf, type RuleDraft } from './rule-draft.ts';
import { useMessages } from '../i18n/messages.ts';

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
  const m = useMessages().findings;
  const id = useId();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const [sample, setSample] = useState('');
  const compiled = useMemo(() => (draft.pattern ? compilePattern(draft.pattern) : null), [draft.pattern]);
  const problem = error ?? (compiled && !compiled.ok ? m.patternUnusable(patternReason(compiled.reason)) : undefined);
  const regex = compiled?.ok ? compiled.regex : null;
  const names = useMemo(() => {
    const types = new Set(typesOf(metamodel, draft.appliesTo));
    return doc.elements.filter((e) => types.has(e.type)).map((e) => e.name);
  }, [doc.elements, metamodel, draft.appliesTo]);
  const breaking = regex ? names.filter((n) => !regex.test(n)) : [];
  return (
    <div className="naming-test">
      <div className="field">
        <label htmlFor={id}>{m.namesMustMatch}</label>
        <input
          id={id}
          type="text"
          className="naming-test__pattern"
          value={draft.pattern}
          placeholder={m.patternPlaceholder}
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
            {m.patternHint}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-sample`}>{m.tryName}</label>
        <div className="naming-test__try">
          <input
            id={`${id}-sample`}
            type="text"
            value={sample}
            placeholder={m.tryNamePlaceholder}
            onChange={(e) => setSample(e.target.value)}
          />
          {regex && sample ? (
            <span className={`naming-test__verdict${regex.test(sample) ? ' is-ok' : ' is-bad'}`} role="status">
              {regex.test(sample) ? `✓ ${m.matches}` : `✗ ${m.doesNotMatch}`}
            </span>
          ) : null}
        </div>
      </div>
      {regex ? (
        <p className="naming-test__model" role="status">
          {names.length === 0
            ? m.noneOfType(selectorName(metamodel, draft.appliesTo))
            : breaking.length === 0
              ? m.allMatch(names.length, selectorName(metamodel, draft.appliesTo))
              : m.someBreak(
                  breaking.length,
                  names.length,
                  selectorName(metamodel, draft.appliesTo),
                  `${breaking
                    .slice(0, 5)
                    .map((n) => `“${n}”`)
                    .join(', ')}${breaking.length > 5 ? ' …' : ''}`,
                )}
        </p>
      ) : null}
    </div>
  );
}
