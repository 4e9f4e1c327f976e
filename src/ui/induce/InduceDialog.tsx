import { useEffect, useMemo, useState } from 'react';
import { candidateModel, frequencyText, induce, type Candidate } from '../../core/induce/induce.ts';
import { importDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { ModelSummary } from '../../workspace/index.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions } from '../workbench-context.ts';
import { createFrom, listRecent, storedWorkspace } from '../workspace/session.ts';
import './induce.css';

type Source = { key: string; doc: RefDocument };

/** Inductive reference modelling: merges company or derived models into a candidate reference model, every match reviewable. */
export default function InduceDialog({ onClose }: DialogProps) {
  const [sources, setSources] = useState<Source[] | null>(null);
  return (
    <Dialog title="Induce a reference model from company models" onClose={onClose} wide>
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
        setError(`${file.name} cannot be used: ${result.errors[0]?.message ?? 'not a Refmod model'}`);
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
      <p>
        Choose two or more company or derived models. Their elements are matched by derivation link first, then by type
        and name; you review every match, pick how many models an element must appear in, and accept the candidates into
        a new model whose provenance names the source models.
      </p>
      {stored === null ? <p className="muted">Reading the models in this browser…</p> : null}
      {stored?.length ? (
        <ul className="induce__models" aria-label="Models in this browser">
          {stored.map((m) => (
            <li key={m.id}>
              <label>
                <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
                <span>
                  <strong>{m.name}</strong>{' '}
                  <span className="muted">
                    {m.elements} elements{m.derivedFrom ? ` · derived from ${m.derivedFrom}` : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {files.length ? (
        <ul className="induce__models" aria-label="Model files">
          {files.map((f) => (
            <li key={f.key}>
              <strong>{f.doc.meta.name}</strong>{' '}
              <span className="muted">from a file · {f.doc.elements.length} elements</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor="induce-files">Add model files (.json)</label>
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
        <span className="muted">{count} chosen</span>
        <button className="primary" disabled={count < 2} onClick={() => void next()}>
          Match elements ›
        </button>
      </div>
    </div>
  );
}

function Review({ sources, onBack, onClose }: { sources: Source[]; onBack: () => void; onClose: () => void }) {
  const wb = useActions();
  const total = sources.length;
  const [split, setSplit] = useState<Set<string>>(new Set());
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [minModels, setMinModels] = useState(Math.floor(total / 2) + 1);
  const [name, setName] = useState('Candidate reference model');
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
    wb.notify(
      'success',
      `Created “${title}” from ${total} models: ${doc.elements.length} elements, each with its frequency in its provenance.`,
    );
  };
  return (
    <div className="induce">
      <div className="induce__bar">
        <label htmlFor="induce-min">Keep elements found in at least</label>
        <select id="induce-min" value={minModels} onChange={(e) => setMinModels(Number(e.target.value))}>
          {sources.map((_, i) => (
            <option key={i} value={i + 1}>
              {i + 1} of {total} models
            </option>
          ))}
        </select>
        <span className="muted" data-testid="induce-count">
          {accepted.length} of {rows.length} candidates accepted
        </span>
      </div>
      <div className="induce__table-wrap">
        <table className="induce__table">
          <thead>
            <tr>
              <th scope="col">Accept</th>
              <th scope="col">Element</th>
              <th scope="col">Frequency</th>
              <th scope="col">Matched</th>
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
        <button onClick={onBack}>‹ Models</button>
        <span className="induce__spacer" />
        <label htmlFor="induce-name">Name</label>
        <input id="induce-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button className="primary" disabled={!name.trim() || accepted.length === 0} onClick={() => void create()}>
          Create candidate model
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
  const { match, element } = candidate;
  const names = [...new Set(match.occurrences.map((o) => o.element.name))];
  const models = candidate.models.map((m) => sources[m]!.meta.name).join(', ');
  return (
    <tr className={below ? 'induce__below' : ''}>
      <td>
        <input
          type="checkbox"
          aria-label={`Accept ${element.name}`}
          checked={!below && accepted}
          disabled={below}
          onChange={onToggle}
        />
      </td>
      <td>
        <strong>{element.name}</strong> <span className="muted">{element.type}</span>
      </td>
      <td title={models} data-testid={`frequency-${element.id}`}>
        {frequencyText(candidate.models.length, total)}
      </td>
      <td>
        {match.basis === 'derivation' ? (
          'by derivation link'
        ) : match.basis === 'name' ? (
          <span>
            by name ({Math.round(match.similarity * 100)} %): {names.join(' ≈ ')}{' '}
            <button className="induce__split" onClick={onSplit} title="These are different elements: keep them apart">
              Split
            </button>
          </span>
        ) : (
          <span className="muted">in one model only</span>
        )}
      </td>
    </tr>
  );
}
