import { useMemo, useState } from 'react';
import { conformance, type Conformance as ConformanceFigures } from '../../core/derive/conformance.ts';
import { localizeDocument } from '../../core/i18n/localize.ts';
import { deriveMessage } from '../../core/i18n/say.ts';
import type { Adaptation } from '../../core/model/derivation.ts';
import { formatNumber, useLanguage, useMessages, type Messages } from '../i18n/messages.ts';
import { useDocument, useWb } from '../workbench-context.ts';
import { AdaptationTable } from './AdaptationTable.tsx';
import { Decisions } from '../configure/Decisions.tsx';
import { ReferenceChanges } from './ReferenceChanges.tsx';
import { referenceState } from './reference-state.ts';
import { useSession } from './session-state.ts';
import { useStored } from './use-stored.ts';

export const ADAPTATIONS: readonly Adaptation[] = ['adopted', 'specialised', 'extended', 'renamed', 'omitted', 'new'];

type Tab = 'summary' | 'decisions' | 'adaptations' | 'changes';

/** How the open derived model conforms to its reference model: coverage, adaptations per element, deviations, reference changes. */
export function Conformance() {
  const doc = useDocument();
  const revision = useSession((s) => s.revision);
  const stamp = doc.derivation!.reference;
  const state = useStored(() => referenceState(doc), `${stamp.id}:${stamp.hash}`, revision);
  const ref = state.value;
  const base = ref?.found ? (ref.derivedFrom ?? ref.latest) : null;
  const figures = useMemo(() => (base ? conformance(base, doc) : null), [base, doc]);
  const language = useLanguage();
  // The deviations name elements as the canvas does: in the interface's language where the models translate them.
  const deviations = useMemo(
    () =>
      base && figures
        ? language === 'en'
          ? figures.deviations
          : conformance(localizeDocument(base, language).doc, localizeDocument(doc, language).doc).deviations
        : [],
    [base, doc, figures, language],
  );
  const [tab, setTab] = useState<Tab>('summary');
  const m = useMessages().workspace;

  if (state.error)
    return (
      <p className="field__error" role="alert">
        {m.referenceUnreadable(state.error)}
      </p>
    );
  if (!ref) return <p className="muted">{m.readingReference}</p>;
  if (!ref.found || !figures) return <p className="conformance__missing">{ref.found ? '' : missing(ref.missing)}</p>;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'summary', label: m.tabSummary },
    ...(doc.configuration?.answers ? [{ id: 'decisions' as const, label: m.tabDecisions }] : []),
    { id: 'adaptations', label: m.tabAdaptations },
    { id: 'changes', label: ref.changed ? `${m.tabChanges} •` : m.tabChanges },
  ];
  function missing(why: 'not-derived' | 'no-storage' | 'not-stored'): string {
    return {
      'not-derived': m.notDerived,
      'no-storage': m.referenceNeedsStorage,
      'not-stored': m.referenceNotStored(stamp.name),
    }[why];
  }
  return (
    <div className="conformance">
      <div className="conformance__tabs" role="tablist" aria-label={m.conformance}>
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            aria-selected={tab === t.id}
            className="conformance__tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {!ref.derivedFrom ? <p className="muted">{m.derivedStateGone}</p> : null}
      {tab === 'summary' ? (
        <Summary figures={figures} deviations={deviations} referenceName={`${stamp.name} (v${stamp.version})`} m={m} />
      ) : null}
      {tab === 'decisions' ? <Decisions reference={base!} configured={doc} /> : null}
      {tab === 'adaptations' ? <AdaptationTable reference={base!} figures={figures} /> : null}
      {tab === 'changes' ? <ReferenceChanges state={ref} /> : null}
    </div>
  );
}

function Summary({
  figures,
  deviations,
  referenceName,
  m,
}: {
  figures: ConformanceFigures;
  deviations: ConformanceFigures['deviations'];
  referenceName: string;
  m: Messages['workspace'];
}) {
  const metamodel = useWb((s) => s.metamodel);
  const percent = Math.round(figures.coverage * 1000) / 10;
  const counts = [figures.reused, figures.referenceElements] as const;
  return (
    <>
      <div className="conformance__coverage">
        <div className="conformance__figure" data-testid="coverage">
          {formatNumber(percent)} %
        </div>
        <div>
          <strong>{m.coverage}</strong>
          {m.coverageBefore(...counts)}
          <span translate="no">{referenceName}</span>
          {m.coverageAfter(...counts)}
          <div className="conformance__bar" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </div>
        </div>
      </div>
      <ul className="conformance__counts" aria-label={m.elementsPerAdaptation}>
        {ADAPTATIONS.map((a) => (
          <li key={a} className={`adaptation adaptation--${a}`} title={m.adaptationHint[a]}>
            <span className="adaptation__count">{figures.counts[a]}</span> {m.adaptation[a]}
          </li>
        ))}
      </ul>
      <h3 className="conformance__heading">{m.deviations(deviations.length)}</h3>
      {deviations.length === 0 ? (
        <p className="muted">{m.noDeviations}</p>
      ) : (
        <ul className="conformance__deviations">
          {deviations.map((d) => (
            <li key={`${d.subject}:${d.id}:${d.adaptation}`}>
              <span className={`adaptation adaptation--${d.adaptation}`}>{m.adaptation[d.adaptation]}</span>
              <span className="muted">{m.subject[d.subject]}</span> {deriveMessage(d, metamodel)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
