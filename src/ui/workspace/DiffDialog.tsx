import { useId, useMemo, useState } from 'react';
import { diffDocuments, isEmptyDiff } from '../../core/diff/diff.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { localizeDocument } from '../../core/i18n/localize.ts';
import { messages, useLanguage, useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { download } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { diffReport } from './diff-markdown.ts';
import { diffRows, overlayOf, type DiffRow } from './diff-rows.ts';
import { storedWorkspace } from './session.ts';
import { useSession } from './session-state.ts';
import { shortDate, useStored } from './use-stored.ts';
import './diff.css';

/** A side of the comparison: the open model, one of its versions, or another stored model (its latest state). */
interface Side {
  readonly key: string;
  readonly label: string;
  /** How the comparison banner names it, e.g. 'the version “Before the workshop”'. */
  readonly named: string;
  readonly load: () => Promise<RefDocument | null>;
}

const OPEN = 'open';

/** Compares two versions or two models: a table of what was added, removed, changed, retyped or moved; on the canvas; as Markdown. */
export default function DiffDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const modelId = useSession((s) => s.modelId);
  const revision = useSession((s) => s.revision);
  const m = useMessages().workspace;
  // The sides' labels are words of the interface: read again in a new language.
  const sides = useStored(() => sidesFor(doc, modelId), `${modelId}|${m.openSide}`, revision);
  const options = sides.value ?? [];
  const [chosen, setChosen] = useState<{ before: string | null; after: string }>({ before: null, after: OPEN });
  const before = chosen.before ?? defaultBefore(arg, doc, options);
  const after = chosen.after;
  const pair = useStored(async () => {
    const find = (key: string | null) => options.find((o) => o.key === key);
    const [a, b] = await Promise.all([find(before)?.load() ?? null, find(after)?.load() ?? null]);
    return a && b ? { a, b } : null;
  }, `${before}|${after}|${options.length}`);
  // The open model is compared as it is now, edits included.
  const a = pair.value ? (before === OPEN ? doc : pair.value.a) : null;
  const b = pair.value ? (after === OPEN ? doc : pair.value.b) : null;
  const diff = useMemo(() => (a && b ? diffDocuments(a, b) : null), [a, b]);
  const language = useLanguage();
  const rows = useMemo(
    () =>
      diff && a && b
        ? diffRows(diff, localizeDocument(a, language).doc, localizeDocument(b, language).doc, metamodel, m)
        : null,
    [diff, a, b, metamodel, m, language],
  );

  const showOnCanvas = () => {
    if (!diff || !a) return;
    if (!before) return;
    wb.store.setState({
      diffOverlay: overlayOf(diff, a, options.find((o) => o.key === before)?.named ?? m.anotherState, before),
    });
    // The marks are on elements, so the canvas shows the full detail where every element is drawn.
    wb.setLevel({ kind: 'detail' });
    onClose();
  };
  const exportMarkdown = () => {
    if (!diff || !a || !b || !rows) return;
    const named = (key: string | null) => options.find((o) => o.key === key)?.label ?? m.aStoredState;
    download(
      `comparison-${slug(a.meta.name)}-${slug(b.meta.name)}.md`,
      diffReport(diff, rows, { a, b, before: named(before), after: named(after) }, m),
      'text/markdown',
    );
  };

  return (
    <Dialog title={m.compareTitle} onClose={onClose} wide>
      <div className="diff">
        {!storedWorkspace() ? <p className="muted">{m.compareNeedsStorage}</p> : null}
        <div className="diff__sides">
          <SidePicker
            label={m.before}
            value={before ?? ''}
            options={options}
            onChange={(v) => setChosen({ before: v, after })}
          />
          <button
            className="icon-button"
            onClick={() => setChosen({ before: after, after: before ?? OPEN })}
            title={m.swap}
            aria-label={m.swap}
          >
            ⇄
          </button>
          <SidePicker
            label={m.after}
            value={after}
            options={options}
            onChange={(v) => setChosen({ before, after: v })}
          />
        </div>
        {diff?.matchedBy === 'derivation' ? <p className="muted diff__note">{m.matchedByDerivation}</p> : null}
        {pair.error ? (
          <p className="field__error" role="alert">
            {pair.error}
          </p>
        ) : null}
        {!before ? <p className="muted">{m.nothingToCompare}</p> : null}
        {diff && rows ? (
          isEmptyDiff(diff) ? (
            <p className="diff__same">{m.noDifference}</p>
          ) : (
            <>
              <Summary
                elements={rows.elements}
                relations={rows.relations}
                layout={rows.layout.reduce((n, l) => n + l.repositioned + l.placed + l.unplaced, 0)}
              />
              <Table title={m.elements} rows={rows.elements} />
              <Table title={m.relations} rows={rows.relations} />
              <Table title={m.otherParts} rows={rows.other} />
              {rows.layout.length ? (
                <section className="diff__section">
                  <h3>{m.layoutOnly}</h3>
                  <ul className="diff__layout">
                    {rows.layout.map((l) => (
                      <li key={l.view}>
                        <strong translate="no">{l.view}</strong>
                        {m.layoutLine(l.repositioned, l.placed, l.unplaced)}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          )
        ) : null}
        <div className="diff__actions">
          <button
            onClick={showOnCanvas}
            disabled={!diff || after !== OPEN}
            title={after === OPEN ? m.showOnCanvasTitle : m.showOnCanvasNeedsOpen}
          >
            {m.showOnCanvas}
          </button>
          <button onClick={exportMarkdown} disabled={!diff} title={m.exportMarkdownTitle}>
            {m.exportMarkdown}
          </button>
          <span className="diff__spacer" />
          <button onClick={onClose}>{m.close}</button>
        </div>
      </div>
    </Dialog>
  );
}

function SidePicker({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Side[];
  onChange: (key: string) => void;
}) {
  const id = useId();
  const m = useMessages().workspace;
  return (
    <div className="diff__side">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {value ? null : <option value="">{m.choose}</option>}
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Summary({
  elements,
  relations,
  layout,
}: {
  elements: readonly DiffRow[];
  relations: readonly DiffRow[];
  layout: number;
}) {
  const m = useMessages().workspace;
  const count = (rows: readonly DiffRow[], kind: DiffRow['kind']) => rows.filter((r) => r.kind === kind).length;
  const parts = (['added', 'removed', 'changed', 'retyped', 'moved'] as const).flatMap((k) => {
    const n = count(elements, k) + count(relations, k);
    return n
      ? [
          <span key={k} className={`diff__chip diff__chip--${k}`}>
            {m.kindCount[k](n)}
          </span>,
        ]
      : [];
  });
  return (
    <p className="diff__summary" aria-label={m.summary}>
      {parts.length ? parts : <span>{m.noElementDiffers}</span>}
      {layout ? <span className="diff__chip">{m.positions(layout)}</span> : null}
    </p>
  );
}

function Table({ title, rows }: { title: string; rows: readonly DiffRow[] }) {
  const m = useMessages().workspace;
  if (!rows.length) return null;
  return (
    <section className="diff__section">
      <h3>{m.counted(title, rows.length)}</h3>
      <table className="diff__table">
        <colgroup>
          <col className="diff__col-change" />
          <col className="diff__col-name" />
          <col className="diff__col-type" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{m.change}</th>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.type}</th>
            <th scope="col">{m.details}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>
                <span className={`diff__kind diff__kind--${r.kind}`}>{m.kind[r.kind]}</span>
              </td>
              <td translate="no">{r.subject}</td>
              <td className="muted">{r.what}</td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** What can be compared: the open model, its versions, the other stored models (the reference model first). */
async function sidesFor(doc: RefDocument, modelId: string | null): Promise<Side[]> {
  const m = messages().workspace;
  const open: Side = {
    key: OPEN,
    label: m.openSide,
    named: m.openSideNamed,
    load: () => Promise.resolve(doc),
  };
  const workspace = storedWorkspace();
  if (!workspace || !modelId) return [open];
  const [versions, models] = await Promise.all([workspace.listVersions(modelId), workspace.listModels()]);
  const reference = doc.derivation?.reference.id;
  const others = models
    .filter((model) => model.id !== modelId)
    .sort((x, y) => Number(y.id === reference) - Number(x.id === reference));
  return [
    open,
    ...versions.map((v) => ({
      key: `version:${v.id}`,
      label: m.versionSide(v.name, shortDate(v.createdAt)),
      named: m.versionSideNamed(v.name),
      load: async () => (await workspace.loadVersion(modelId, v.id))?.document ?? null,
    })),
    ...others.map((model) => ({
      key: `model:${model.id}`,
      label: m.modelSide(model.name, model.id === reference),
      named: m.modelSideNamed(model.name),
      load: async () => {
        const loaded = await workspace.loadModel(model.id);
        return loaded?.ok ? loaded.model.document : null;
      },
    })),
  ];
}

/** The side to compare the open model with: the one asked for, else the reference model of a derived model, else the newest version. */
function defaultBefore(arg: string | undefined, doc: RefDocument, options: readonly Side[]): string | null {
  const has = (key: string) => options.some((o) => o.key === key);
  if (arg && has(arg)) return arg;
  const reference = doc.derivation && `model:${doc.derivation.reference.id}`;
  if (reference && has(reference)) return reference;
  return options.find((o) => o.key !== OPEN)?.key ?? null;
}
