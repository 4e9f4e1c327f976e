import { Suspense, use, useMemo } from 'react';
import type { Element } from '../../core/model/schema.ts';
import type * as GlossaryLinksModule from './glossary-links.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import './explain.css';
import { useMessages } from '../i18n/messages.ts';

// The glossary loads with the first explained element, not with the first screen.
let links: Promise<typeof GlossaryLinksModule> | undefined;
const loadLinks = () => (links ??= import('./glossary-links.ts'));

/**
 * Explain mode: what an element is in plain words, where it comes from, and the concepts behind it. It shows for elements
 * that cite a source, as every element of the shipped models (and of copies and derivations of them) does; an element the
 * user added has nothing to explain until it cites one.
 */
export function ExplainElement({ element }: { element: Element }) {
  const doc = useDocument();
  const m = useMessages().explain;
  const source = doc.meta.sources.find((s) => s.id === element.provenance.source);
  if (!source) return null;
  return (
    <section className="explain" aria-labelledby="explain-title">
      <h3 id="explain-title">{m.title}</h3>
      {element.description ? <p className="explain__description">{element.description}</p> : null}
      <div className="explain__source">
        <p>
          <span className="explain__label">{m.source}</span>{' '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer" title={m.openSource}>
              {source.label}
            </a>
          ) : (
            <strong>{source.label}</strong>
          )}
          {element.provenance.note ? ` — ${element.provenance.note}` : null}
        </p>
        {source.citation ? (
          <details className="explain__citation">
            <summary>{m.citation}</summary>
            {source.citation}
          </details>
        ) : null}
      </div>
      <Suspense fallback={null}>
        <GlossaryLinks element={element} />
      </Suspense>
    </section>
  );
}

/** The glossary terms behind the element, each opening the glossary at that term. */
function GlossaryLinks({ element }: { element: Element }) {
  const wb = useActions();
  const m = useMessages().explain;
  const { glossary, glossaryTermsFor, useGlossaryWords } = use(loadLinks());
  const words = useGlossaryWords();
  // Terms are matched and linked by their English names, and read in the interface's language.
  const termIn = (term: string) => words({ term, definition: '', source: '' }).term;
  const terms = useMemo(() => glossaryTermsFor(element, glossary), [element, glossary, glossaryTermsFor]);
  if (!terms.length) return null;
  return (
    <p className="explain__terms">
      <span className="explain__label">{m.inGlossary}</span>
      {terms.map((term) => (
        <button
          key={term}
          className="explain__term"
          onClick={() => wb.openDialog('glossary', term)}
          title={m.openGlossaryAt(termIn(term))}
        >
          {termIn(term)}
        </button>
      ))}
    </p>
  );
}
