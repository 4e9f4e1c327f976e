import { useMemo, useState } from 'react';
import { conformance, type Conformance as ConformanceFigures } from '../../core/derive/conformance.ts';
import type { Adaptation } from '../../core/model/derivation.ts';
import { useDocument } from '../workbench-context.ts';
import { AdaptationTable } from './AdaptationTable.tsx';
import { Decisions } from '../configure/Decisions.tsx';
import { ReferenceChanges } from './ReferenceChanges.tsx';
import { referenceState } from './reference-state.ts';
import { useSession } from './session-state.ts';
import { useStored } from './use-stored.ts';

export const ADAPTATIONS: readonly { id: Adaptation; label: string; hint: string }[] = [
  { id: 'adopted', label: 'Adopted', hint: 'taken over unchanged' },
  { id: 'specialised', label: 'Specialised', hint: 'type, properties, description or lane refined' },
  { id: 'extended', label: 'Extended', hint: 'only new relations added' },
  { id: 'renamed', label: 'Renamed', hint: 'only the name changed' },
  { id: 'omitted', label: 'Omitted', hint: 'left out of the derived model' },
  { id: 'new', label: 'New', hint: 'no counterpart in the reference model' },
];

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
  const [tab, setTab] = useState<Tab>('summary');

  if (state.error)
    return (
      <p className="field__error" role="alert">
        The reference model could not be read: {state.error}
      </p>
    );
  if (!ref) return <p className="muted">Reading the reference model…</p>;
  if (!ref.found || !figures) return <p className="conformance__missing">{ref.found ? '' : ref.reason}</p>;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'summary', label: 'Coverage and deviations' },
    ...(doc.configuration?.answers ? [{ id: 'decisions' as const, label: 'Configuration decisions' }] : []),
    { id: 'adaptations', label: 'Adaptation per element' },
    { id: 'changes', label: ref.changed ? 'Reference changes •' : 'Reference changes' },
  ];
  return (
    <div className="conformance">
      <div className="conformance__tabs" role="tablist" aria-label="Conformance">
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
      {!ref.derivedFrom ? (
        <p className="muted">
          The state of the reference model this model was derived from is no longer stored, so it is compared with the
          reference model as it is now.
        </p>
      ) : null}
      {tab === 'summary' ? <Summary figures={figures} referenceName={`${stamp.name} (v${stamp.version})`} /> : null}
      {tab === 'decisions' ? <Decisions reference={base!} configured={doc} /> : null}
      {tab === 'adaptations' ? <AdaptationTable reference={base!} figures={figures} /> : null}
      {tab === 'changes' ? <ReferenceChanges state={ref} /> : null}
    </div>
  );
}

function Summary({ figures, referenceName }: { figures: ConformanceFigures; referenceName: string }) {
  const percent = Math.round(figures.coverage * 1000) / 10;
  return (
    <>
      <div className="conformance__coverage">
        <div className="conformance__figure" data-testid="coverage">
          {percent} %
        </div>
        <div>
          <strong>Coverage</strong>: {figures.reused} of {figures.referenceElements} elements of {referenceName} are
          reused in this model.
          <div className="conformance__bar" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </div>
        </div>
      </div>
      <ul className="conformance__counts" aria-label="Elements per adaptation">
        {ADAPTATIONS.map((a) => (
          <li key={a.id} className={`adaptation adaptation--${a.id}`} title={a.hint}>
            <span className="adaptation__count">{figures.counts[a.id]}</span> {a.label}
          </li>
        ))}
      </ul>
      <h3 className="conformance__heading">Deviations ({figures.deviations.length})</h3>
      {figures.deviations.length === 0 ? (
        <p className="muted">None: the model adopts the reference model unchanged.</p>
      ) : (
        <ul className="conformance__deviations">
          {figures.deviations.map((d) => (
            <li key={`${d.subject}:${d.id}:${d.adaptation}`}>
              <span className={`adaptation adaptation--${d.adaptation}`}>
                {ADAPTATIONS.find((a) => a.id === d.adaptation)?.label}
              </span>
              <span className="muted">{d.subject}</span> {d.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
