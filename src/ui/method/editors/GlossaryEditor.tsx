import { useState } from 'react';
import { addGlossaryEntry, removeGlossaryEntry } from '../../../core/commands/method.ts';
import { useActions, useDocument } from '../../workbench-context.ts';
import { Field } from './form.tsx';

/** The model's glossary: terms that client, provider and customer might read differently, defined once. */
export function GlossaryEditor() {
  const wb = useActions();
  const doc = useDocument();
  const glossary = doc.designGoals.glossary;
  const [term, setTerm] = useState('');
  const [definition, setDefinition] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (!term.trim()) return setError('Write the term first.');
    const result = addGlossaryEntry({ term: term.trim(), definition: definition.trim() });
    if (!result.ok) return setError(result.message);
    wb.perform(result.edit);
    setTerm('');
    setDefinition('');
    setError(null);
  };
  return (
    <fieldset className="editor__form" aria-label="Glossary">
      <legend>Glossary ({glossary.length})</legend>
      {glossary.length === 0 ? (
        <p className="muted">
          No term yet. Define the words the parties use differently, e.g. “Client” (the company that outsources) versus
          “Customer” (its end customer).
        </p>
      ) : null}
      <dl className="glossary">
        {glossary.map((g) => (
          <div key={g.term} className="glossary__entry">
            <dt>
              {g.term}
              <button
                className="icon-button danger"
                aria-label={`Remove the term ${g.term}`}
                title="Remove this term (undo with Ctrl+Z)"
                onClick={() => wb.perform(removeGlossaryEntry(g.term))}
              >
                ×
              </button>
            </dt>
            <dd>{g.definition || <span className="muted">no definition yet</span>}</dd>
          </div>
        ))}
      </dl>
      <Field label="Term" value={term} onChange={setTerm} placeholder="e.g. Client" error={error} />
      <Field
        label="Definition"
        value={definition}
        onChange={setDefinition}
        multiline
        placeholder="e.g. The company that outsources its CRM to a provider"
        hint="A term already in the glossary gets the new definition."
      />
      <button onClick={add}>Define term</button>
    </fieldset>
  );
}
