import { useEffect, useMemo, useState } from 'react';
import { candidateModel, induce, type Candidate } from '../../core/induce/induce.ts';
import { importDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { ModelSummary } from '../../workspace/index.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { createFrom, listRecent, storedWorkspace } from '../workspace/session.ts';
import './induce.css';
import { useMessages } from '../i18n/messages.ts';

type Source = { key: string; doc: RefDocument };

/** Inductive reference modelling: merges company or derived models into a candidate reference model, every match reviewable. */
export default function InduceDialog({ onClose }: DialogProps) {
  const [sources, setSources] = useState<Source[] | null>(null);
  const m = useMessages().induce;
  return (
    <Dialog title={m.title} onClose={onClose} wide>
      {sources ? (
        <Review sources={sources} onBack={() => setSources(null)} onClose={onClose} />
      ) : (
        <PickModels onPicked={setSources} />
      )}
    </Dialog>
  );
}

function PickModels({ onPicked }: { onPicked: (sources: Source[]) => void }) {
  const wb = useActions();
  const m = useMessages().induce;
  const [stored, setStored] = useState<ModelSummary[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [files, setFiles] = useState<Source[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    void listRecent().then(setStored, () => setStored([]));
  }, []);
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const addFiles = async (list: FileList) => {
    const added: Source[] = [];
    for (const file of Array.from(list)) {
      const result = importDocument(await file.text(), wb.store.getState().metamodel);
      if (!result.ok) {
        setError(m.notUsable(file.name, result.errors[0]?.message ?? m.notAModel));
        continue;
      }
      added.push({ key: `file:${file.name}:${files.length + added.length}`, doc: result.document });
    }
    setFiles((f) => [...f, ...added]);
  };
  const count = chosen.size + files.length;
  const next = async () => {
    const workspace = storedWorkspace();
    const docs: Source[] = [];
    for (const id of chosen) {
      const loaded = await workspace?.loadModel(id);
      if (loaded?.ok) docs.push({ key: id, doc: loaded.model.document });
    }
    onPicked([...docs, ...files]);
  };
  return (
    <div className="induce">
      <p>{m.intro}</p>
      {stored === null ? <p className="muted">{m.reading}</p> : null}
      {stored?.length ? (
        <ul className="induce__models" aria-label={m.stored}>
          {stored.map((model) => (
            <li key={model.id}>
              <label>
                <input type="checkbox" checked={chosen.has(model.id)} onChange={() => toggle(model.id)} />
                <span>
                  <strong translate="no">{model.name}</strong>{' '}
                  <span className="muted">
                    {m.elements(model.elements)}
                    {model.derivedFrom ? m.derivedFrom(model.derivedFrom) : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {files.length ? (
        <ul className="induce__models" aria-label={m.files}>
          {files.map((f) => (
            <li key={f.key}>
              <strong translate="no">{f.doc.meta.name}</strong>{' '}
              <span className="muted">{m.fromFile(f.doc.elements.length)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor="induce-files">{m.addFiles}</label>
        <input
          id="induce-files"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            if (e.target.files) void addFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="induce__actions">
        <span className="muted">{m.chosen(count)}</span>
        <button className="primary" disabled={count < 2} onClick={() => void next()}>
          {m.match}
        </button>
      </div>
    </div>
  );
}

function Review({ sources, onBack, onClose }: { sources: Source[]; onBack: () => void; onClose: () => void }) {
  const wb = useActions();
  const m = useMessages().induce;
  const total = sources.length;
  const [split, setSplit] = useState<Set<string>>(new Set());
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [minModels, setMinModels] = useState(Math.floor(total / 2) + 1);
  const [name, setName] = useState(m.defaultName);
  const docs = useMemo(() => sources.map((s) => s.doc), [sources]);
  const induction = useMemo(() => induce(docs, { split }), [docs, split]);
  const rows = useMemo(
    () =>
      [...induction.candidates].sort(
        (a, b) => b.models.length - a.models.length || a.element.name.localeCompare(b.element.name),
      ),
    [induction],
  );
  const accepted = rows.filter((c) => c.models.length >= minModels && !rejected.has(c.match.id));
  const toggle = (id: string) =>
    setRejected((r) => {
      const next = new Set(r);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const create = async () => {
    const title = name.trim();
    if (!title) return;
    const doc = candidateModel(induction, { id: slug(title) || 'candidate', name: title, minModels, rejected });
    await createFrom(doc);
    onClose();
    wb.notify('success', m.created(title, total, doc.elements.length));
  };
  return (
    <div className="induce">
      <div className="induce__bar">
        <label htmlFor="induce-min">{m.keepAtLeast}</label>
        <select id="induce-min" value={minModels} onChange={(e) => setMinModels(Number(e.target.value))}>
          {sources.map((_, i) => (
            <option key={i} value={i + 1}>
              {m.ofModels(i + 1, total)}
            </option>
          ))}
        </select>
        <span className="muted" data-testid="induce-count">
          {m.accepted(accepted.length, rows.length)}
        </span>
      </div>
      <div className="induce__table-wrap">
        <table className="induce__table">
          <thead>
            <tr>
              <th scope="col">{m.accept}</th>
              <th scope="col">{m.element}</th>
              <th scope="col">{m.frequency}</th>
              <th scope="col">{m.matched}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <Row
                key={c.match.id}
                candidate={c}
                total={total}
                sources={docs}
                below={c.models.length < minModels}
                accepted={!rejected.has(c.match.id)}
                onToggle={() => toggle(c.match.id)}
                onSplit={() => setSplit((s) => new Set(s).add(c.match.id))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="induce__actions">
        <button onClick={onBack}>{m.back}</button>
        <span className="induce__spacer" />
        <label htmlFor="induce-name">{m.name}</label>
        <input id="induce-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button className="primary" disabled={!name.trim() || accepted.length === 0} onClick={() => void create()}>
          {m.create}
        </button>
      </div>
    </div>
  );
}

function Row({
  candidate,
  total,
  sources,
  below,
  accepted,
  onToggle,
  onSplit,
}: {
  candidate: Candidate;
  total: number;
  sources: readonly RefDocument[];
  below: boolean;
  accepted: boolean;
  onToggle: () => void;
  onSplit: () => void;
}) {
  const m = useMessages().induce;
  const metamodel = useWb((s) => s.metamodel);
  const { match, element } = candidate;
  const names = [...new Set(match.occurrences.map((o) => o.element.name))];
  const models = candidate.models.map((i) => sources[i]!.meta.name).join(', ');
  return (
    <tr className={below ? 'induce__below' : ''}>
      <td>
        <input
          type="checkbox"
          aria-label={m.acceptOne(element.name)}
          checked={!below && accepted}
          disabled={below}
          onChange={onToggle}
        />
      </td>
      <td>
        <strong translate="no">{element.name}</strong>{' '}
        <span className="muted">{metamodel.elementType(element.type)?.label ?? element.type}</span>
      </td>
      <td title={models} data-testid={`frequency-${element.id}`}>
        {m.inModels(candidate.models.length, total)}
      </td>
      <td>
        {match.basis === 'derivation' ? (
          m.byDerivation
        ) : match.basis === 'name' ? (
          <span>
            {m.byName(Math.round(match.similarity * 100))} <bdi translate="no">{names.join(' ≈ ')}</bdi>{' '}
            <button className="induce__split" onClick={onSplit} title={m.splitTitle}>
              {m.split}
            </button>
          </span>
        ) : (
          <span className="muted">{m.oneModel}</span>
        )}
      </td>
    </tr>
  );
}
