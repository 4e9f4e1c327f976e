import { useState } from 'react';
import { addGlossaryEntry, removeGlossaryEntry } from '../../../core/commands/method.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument } from '../../workbench-context.ts';
import { Field } from './form.tsx';
import { refusalMessage } from '../../../core/i18n/say.ts';

/** The model's glossary: terms that client, provider and customer might read differently, defined once. */
export function GlossaryEditor() {
  const wb = useActions();
  const m = useMessages().method;
  const doc = useDocument();
  const glossary = doc.designGoals.glossary;
  const [term, setTerm] = useState('');
  const [definition, setDefinition] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (!term.trim()) return setError(m.termRequired);
    const result = addGlossaryEntry({ term: term.trim(), definition: definition.trim() });
    if (!result.ok) return setError(refusalMessage(result));
    wb.perform(result.edit);
    setTerm('');
    setDefinition('');
    setError(null);
  };
  return (
    <fieldset className="editor__form" aria-label={m.glossary}>
      <legend>{m.glossaryCount(glossary.length)}</legend>
      {glossary.length === 0 ? <p className="muted">{m.glossaryEmpty}</p> : null}
      <dl className="glossary">
        {glossary.map((g) => (
          <div key={g.term} className="glossary__entry">
            <dt>
              {g.term}
              <button
                className="icon-button danger"
                aria-label={m.removeTerm(g.term)}
                title={m.removeTermHint}
                onClick={() => wb.perform(removeGlossaryEntry(g.term))}
              >
                ×
              </button>
            </dt>
            <dd>{g.definition || <span className="muted">{m.noDefinition}</span>}</dd>
          </div>
        ))}
      </dl>
      <Field label={m.term} value={term} onChange={setTerm} placeholder={m.termPlaceholder} error={error} />
      <Field
        label={m.definition}
        value={definition}
        onChange={setDefinition}
        multiline
        placeholder={m.definitionPlaceholder}
        hint={m.definitionHint}
      />
      <button onClick={add}>{m.defineTerm}</button>
    </fieldset>
  );
}
