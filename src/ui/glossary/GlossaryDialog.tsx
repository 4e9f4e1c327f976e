import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { broaderChain, type GlossaryTerm } from '../../core/model/glossary.ts';
import { glossaryTermsFor } from '../explain/glossary-terms.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { useActions, useDocument } from '../workbench-context.ts';
import { glossary, useGlossaryWords } from './glossary-data.ts';
import './glossary.css';
import { isComposing } from '../a11y/ime.ts';
import { useMessages } from '../i18n/messages.ts';

const byTerm = new Map(glossary.terms.map((t) => [t.term, t]));
const narrower = (term: string) => glossary.terms.filter((t) => t.broader === term);
type Words = (term: GlossaryTerm) => GlossaryTerm;
/** Terms in the reader's alphabet: the order follows the words shown, the terms stay known by their English names. */
const alphabeticalIn = (words: Words) => (a: GlossaryTerm, b: GlossaryTerm) =>
  words(a).term.localeCompare(words(b).term);

/** The concepts as a tree: each root, then its narrower terms indented below it. */
function tree(words: Words): { term: GlossaryTerm; depth: number }[] {
  const alphabetical = alphabeticalIn(words);
  const rows: { term: GlossaryTerm; depth: number }[] = [];
  const visit = (t: GlossaryTerm, depth: number) => {
    rows.push({ term: t, depth });
    narrower(t.term)
      .sort(alphabetical)
      .forEach((n) => visit(n, depth + 1));
  };
  glossary.terms
    .filter((t) => t.broader === undefined)
    .sort(alphabetical)
    .forEach((t) => visit(t, 0));
  return rows;
}

/** Moves focus along the list with the arrow keys, as in any list box. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
  next?.focus();
  next?.click();
  e.preventDefault();
}

/** The concept glossary: search, each term's definition and source, and where it sits between broader and narrower terms. */
export default function GlossaryDialog({ arg, onClose }: DialogProps) {
  const m = useMessages().glossary;
  const words = useGlossaryWords();
  const TREE = useMemo(() => tree(words), [words]);
  const alphabetical = alphabeticalIn(words);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(() => (arg && byTerm.has(arg) ? arg : TREE[0]!.term.term));
  const list = useRef<HTMLUListElement>(null);
  const q = query.trim().toLowerCase();
  // Terms named by the query come before terms whose definitions merely mention it.
  const named = (t: GlossaryTerm) => (words(t).term.toLowerCase().includes(q) ? 0 : 1);
  const rows = q
    ? glossary.terms
        .filter((t) => `${words(t).term} ${words(t).definition}`.toLowerCase().includes(q))
        .sort((a, b) => named(a) - named(b) || alphabetical(a, b))
        .map((term) => ({ term, depth: 0 }))
    : TREE;

  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <Dialog title={m.title} onClose={onClose} wide>
      <div className="glossary">
        <div className="glossary__index">
          <input
            type="search"
            placeholder={m.search}
            aria-label={m.searchLabel}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (isComposing(e)) return;
              if (e.key === 'Enter' && rows[0]) setSelected(rows[0].term.term);
            }}
          />
          <p className="glossary__count muted" aria-live="polite">
            {q ? m.matching(rows.length, glossary.terms.length) : m.count(glossary.terms.length)}
          </p>
          <ul className="glossary__list" ref={list} onKeyDown={moveFocus} aria-label={m.terms}>
            {rows.map(({ term, depth }) => (
              <li key={term.term} style={{ paddingLeft: depth * 14 }}>
                <button aria-current={term.term === selected} onClick={() => setSelected(term.term)}>
                  {words(term).term}
                </button>
              </li>
            ))}
          </ul>
          {rows.length ? null : <p className="muted">{m.noMatch(query.trim())}</p>}
        </div>
        <TermDetail term={byTerm.get(selected)!} onSelect={setSelected} onClose={onClose} />
      </div>
    </Dialog>
  );
}

/** One term: definition, source, its chain of broader terms above it and its narrower terms below, and where the open model uses it. */
function TermDetail({
  term,
  onSelect,
  onClose,
}: {
  term: GlossaryTerm;
  onSelect: (term: string) => void;
  onClose: () => void;
}) {
  const wb = useActions();
  const m = useMessages().glossary;
  const doc = useDocument();
  const words = useGlossaryWords();
  const chain = broaderChain(glossary, term.term).reverse();
  const below = narrower(term.term).sort(alphabeticalIn(words));
  const usedBy = useMemo(
    () => doc.elements.filter((e) => glossaryTermsFor(e, glossary, 8).includes(term.term)),
    [doc.elements, term.term],
  );
  const link = (t: string) => (
    <button className="glossary__link" onClick={() => onSelect(t)}>
      {words(byTerm.get(t)!).term}
    </button>
  );
  return (
    <article className="glossary__detail" aria-labelledby="glossary-term">
      <h3 id="glossary-term">{words(term).term}</h3>
      <p className="glossary__definition">{words(term).definition}</p>
      <p className="glossary__source">
        {/* Where a term comes from is a citation of the sources, as they are named. */}
        <span className="glossary__label">{m.source}</span> <span translate="no">{term.source}</span>
      </p>
      <section aria-label={m.hierarchy}>
        <h4>{m.hierarchy}</h4>
        {chain.length || below.length ? (
          <ul className="glossary__hierarchy">
            {chain.map((t, i) => (
              <li key={t} style={{ paddingLeft: i * 18 }}>
                {i ? (
                  <span className="glossary__branch" aria-hidden="true">
                    └
                  </span>
                ) : null}
                {link(t)}
              </li>
            ))}
            <li style={{ paddingLeft: chain.length * 18 }} aria-current="true">
              {chain.length ? (
                <span className="glossary__branch" aria-hidden="true">
                  └
                </span>
              ) : null}
              <strong>{words(term).term}</strong>
            </li>
            {below.map((t) => (
              <li key={t.term} style={{ paddingLeft: (chain.length + 1) * 18 }}>
                <span className="glossary__branch" aria-hidden="true">
                  └
                </span>
                {link(t.term)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{m.standalone}</p>
        )}
      </section>
      {usedBy.length ? (
        <section aria-label={m.inModel}>
          <h4>{m.inModelNamed(doc.meta.name)}</h4>
          <ul className="glossary__used">
            {usedBy.slice(0, 12).map((e) => (
              <li key={e.id}>
                <button
                  className="glossary__link"
                  title={m.showElement}
                  onClick={() => {
                    onClose();
                    wb.focusElement(e.id);
                  }}
                >
                  <span translate="no">{e.name}</span>
                </button>
              </li>
            ))}
            {usedBy.length > 12 ? <li className="muted">{m.more(usedBy.length - 12)}</li> : null}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
