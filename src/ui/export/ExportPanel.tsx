import { useMemo, useRef, useState } from 'react';
import { toErDiagram } from '../../core/io/er-diagram.ts';
import {
  MERMAID_LIMITS,
  mermaidFlowchart,
  splitByArea,
  type FlowDirection,
  type MermaidDiagram,
} from '../../core/io/mermaid.ts';
import { mermaidProcessMap } from '../../core/io/mermaid-map.ts';
import { md } from '../../core/io/model-report.ts';
import { elementsInView } from '../../core/model/queries.ts';
import { slug } from '../../core/model/ids.ts';
import { SelectField, CheckField } from '../inspector/fields.tsx';
import { download } from '../shell/download.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { MermaidPreview, renderSeconds } from './MermaidPreview.tsx';
import './export.css';

const WHOLE_MODEL = '\u0000model';
const DIRECTIONS: { value: FlowDirection; label: string }[] = [
  { value: 'LR', label: 'Left to right' },
  { value: 'TB', label: 'Top to bottom' },
  { value: 'RL', label: 'Right to left' },
  { value: 'BT', label: 'Bottom to top' },
];
// Mermaid blocks the page while it draws; a diagram that would take longer than this waits for a click.
const AUTO_DRAW_SECONDS = 1.5;

type Kind = 'flowchart' | 'er';
type Level = 'map' | 'detail';

/** The Export tab: Mermaid text of the model or a view with a live preview, and the way to images, CSV, the report and imports. */
export default function ExportPanel() {
  const wb = useActions();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const [wholeModel, setWholeModel] = useState(false);
  const [kind, setKind] = useState<Kind>('flowchart');
  const [chosenLevel, setLevel] = useState<Level | null>(null);
  const [direction, setDirection] = useState<FlowDirection | 'model'>('model');
  const [measures, setMeasures] = useState(true);
  const [split, setSplit] = useState(false);
  const [partIndex, setPartIndex] = useState(0);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const viewId = wholeModel || !view ? undefined : view.id;
  const dir = direction === 'model' ? undefined : direction;
  const detailSize = useMemo(
    () =>
      (viewId
        ? elementsInView(
            doc,
            doc.views.find((v) => v.id === viewId)!,
          )
        : doc.elements
      ).length,
    [doc, viewId],
  );
  // Until the user chooses, a scope over the design goals' limit opens on the process map.
  const level: Level = chosenLevel ?? (detailSize > doc.designGoals.maxElementsPerView ? 'map' : 'detail');
  const diagram = useMemo((): MermaidDiagram => {
    if (kind === 'flowchart' && level === 'map') return mermaidProcessMap(doc, { viewId, direction: dir, metamodel });
    if (kind === 'flowchart')
      return mermaidFlowchart(doc, { viewId, direction: dir, includeMeasures: measures, metamodel });
    const scope = viewId
      ? elementsInView(
          doc,
          doc.views.find((v) => v.id === viewId)!,
        )
      : doc.elements;
    const objects = new Set(
      scope.filter((el) => metamodel.categoryOf(el.type)?.id === 'business-object').map((el) => el.id),
    );
    const edges = doc.relations.filter(
      (r) => (r.type === 'belongs-to' || r.type === 'refers-to') && objects.has(r.source) && objects.has(r.target),
    ).length;
    return { text: toErDiagram(doc, { viewId, direction: dir, metamodel }), nodes: objects.size, edges, warnings: [] };
  }, [doc, kind, level, viewId, dir, measures, metamodel]);
  const detailLevel = kind === 'flowchart' && level === 'detail';
  const splitting = split && detailLevel && diagram.warnings.length > 0;
  const parts = useMemo(
    () => (splitting ? splitByArea(doc, { viewId, direction: dir, includeMeasures: measures, metamodel }) : null),
    [splitting, doc, viewId, dir, measures, metamodel],
  );
  const part = parts ? parts[Math.min(partIndex, parts.length - 1)] : undefined;
  const shown = part?.diagram ?? diagram;

  const scopeName = viewId ? view!.name : 'Whole model';
  const suffix = kind === 'er' ? 'er' : level === 'map' ? 'map' : '';
  const title = `${doc.meta.name} · ${scopeName}${kind === 'er' ? ' · business objects' : level === 'map' ? ' · process map' : ''}`;
  const baseName = [slug(doc.meta.name), viewId ? slug(view!.name) : 'model', suffix].filter(Boolean).join('-');
  const size =
    kind === 'er'
      ? `${shown.nodes} business objects, ${shown.edges} relationships`
      : level === 'map'
        ? `${shown.nodes} nodes, ${shown.edges} connectors`
        : `${shown.nodes} elements, ${shown.edges} relations`;
  const seconds = renderSeconds(shown.nodes, shown.edges);
  const overLimits = shown.edges > MERMAID_LIMITS.maxEdges || shown.text.length > MERMAID_LIMITS.maxTextSize;
  const empty = shown.nodes === 0;

  const copy = () => {
    navigator.clipboard.writeText(shown.text).then(
      () => wb.notify('success', 'Copied the Mermaid text: paste it into Markdown, a wiki or mermaid.live.'),
      () => {
        textArea.current?.select();
        wb.notify('warning', 'The browser did not allow copying. The text is selected: press Ctrl+C.');
      },
    );
  };
  // The draw.io writer loads when first used; the panel stays light.
  const drawio = () => {
    if (!view) return;
    void import('../../core/exchange/drawio/export.ts').then(({ exportDrawio }) => {
      const name = `${slug(doc.meta.name)}-${slug(view.name)}.drawio`;
      download(name, exportDrawio(doc, { viewIds: [view.id], metamodel }), 'application/xml');
      wb.notify('success', `Downloaded ${name}: open it in diagrams.net (draw.io).`);
    });
  };
  const markdown = () => {
    const sections = parts ?? [{ name: '', diagram }];
    const body = sections.flatMap((p) => [
      ...(p.name ? [`## ${md(p.name)}`, ''] : []),
      ...p.diagram.warnings.map((w) => `> ${md(w)}\n`),
      '```mermaid',
      p.diagram.text.trimEnd(),
      '```',
      '',
    ]);
    download(`${baseName}.md`, [`# ${md(title)}`, '', ...body].join('\n'), 'text/markdown');
  };

  return (
    <div className="export-panel">
      <div className="segmented" role="group" aria-label="Diagram">
        {(['flowchart', 'er'] as const).map((k) => (
          <button
            key={k}
            aria-pressed={kind === k}
            onClick={() => setKind(k)}
            title={
              k === 'flowchart'
                ? 'Elements and relations, lanes as subgraphs'
                : 'The business objects and how they belong to and refer to each other, as an erDiagram'
            }
          >
            {k === 'flowchart' ? 'Flowchart' : 'ER diagram'}
          </button>
        ))}
      </div>
      <div className="field-row">
        <SelectField
          label="Show"
          value={viewId ?? WHOLE_MODEL}
          options={[
            { value: WHOLE_MODEL, label: 'Whole model' },
            ...doc.views.map((v) => ({ value: v.id, label: v.name })),
          ]}
          onChange={(value) => {
            setWholeModel(value === WHOLE_MODEL);
            if (value !== WHOLE_MODEL) wb.setView(value);
          }}
        />
        <SelectField
          label="Direction"
          value={direction}
          options={[
            {
              value: 'model',
              label:
                kind === 'flowchart' && level === 'map' ? "Map's (TB)" : `Model's (${doc.designGoals.flowDirection})`,
            },
            ...DIRECTIONS,
          ]}
          onChange={setDirection}
        />
      </div>
      {kind === 'flowchart' ? (
        <div className="segmented" role="group" aria-label="Level">
          {(['map', 'detail'] as const).map((l) => (
            <button
              key={l}
              aria-pressed={level === l}
              onClick={() => setLevel(l)}
              title={
                l === 'map'
                  ? 'One box per process in its cell, the rest counted, and one counted line per pair of cells: fits a page'
                  : `Every element and relation (${detailSize} elements)`
              }
            >
              {l === 'map' ? 'Process map' : 'Full detail'}
            </button>
          ))}
        </div>
      ) : null}
      {detailLevel ? <CheckField label="Include quality measures" checked={measures} onChange={setMeasures} /> : null}

      {diagram.warnings.length && detailLevel ? (
        <div className="export-warning" role="alert">
          <span className="export-warning__icon" aria-hidden="true">
            !
          </span>
          <div>
            {(part
              ? [`One diagram per area: ${parts!.length} parts.`, ...part.diagram.warnings]
              : diagram.warnings
            ).map((w) => (
              <p key={w}>{w}</p>
            ))}
            <button onClick={() => setSplit(!splitting)}>{splitting ? 'Show as one diagram' : 'Split by area'}</button>
          </div>
        </div>
      ) : null}
      {parts ? (
        <SelectField
          label="Part"
          value={String(Math.min(partIndex, parts.length - 1))}
          options={parts.map((p, i) => ({ value: String(i), label: `${p.name} (${p.diagram.nodes} elements)` }))}
          onChange={(v) => setPartIndex(Number(v))}
        />
      ) : null}

      {empty ? (
        <p className="export-empty">
          {kind === 'er'
            ? 'No business objects here yet: the ER diagram shows business objects and how they belong to and refer to each other.'
            : 'Nothing to draw yet: this view has no elements. Add elements from the palette, or show the whole model.'}
        </p>
      ) : (
        <MermaidPreview
          text={shown.text}
          size={size}
          nodes={shown.nodes}
          auto={seconds <= AUTO_DRAW_SECONDS}
          seconds={seconds}
          refused={
            overLimits
              ? 'Mermaid refuses a diagram this large, so there is no preview. Split it by area, or export a smaller view.'
              : null
          }
        />
      )}

      <div className="field">
        <label htmlFor="mermaid-text">Mermaid text</label>
        <textarea
          id="mermaid-text"
          ref={textArea}
          className="export-text"
          value={shown.text}
          readOnly
          rows={8}
          spellCheck={false}
          wrap="off"
        />
        <div className="field__hint">
          {shown.text.split('\n').length - 1} lines · {shown.text.length.toLocaleString('en')} characters. GitHub,
          GitLab and most wikis draw a <code>```mermaid</code> block.
        </div>
      </div>
      <div className="export-actions">
        <button className="primary" onClick={copy}>
          Copy text
        </button>
        <button
          onClick={() =>
            download(`${baseName}${part ? `-${slug(part.name)}` : ''}.mmd`, shown.text, 'text/vnd.mermaid')
          }
          title="The Mermaid text as a .mmd file"
        >
          Download .mmd
        </button>
        <button
          onClick={markdown}
          title={
            parts
              ? 'Every part as a Markdown file with fenced mermaid blocks'
              : 'A Markdown file with the diagram in a fenced mermaid block'
          }
        >
          Download .md
        </button>
      </div>

      <h3 className="export-heading">More exports</h3>
      <div className="export-links">
        <button onClick={() => wb.openDialog('image-export', view?.id)} disabled={!view}>
          Image of the view (SVG, PNG)…
        </button>
        <button onClick={() => wb.openDialog('csv')}>Tables for spreadsheets (CSV)…</button>
        <button onClick={() => wb.openDialog('model-report')}>Model report (print, Markdown)…</button>
        <button onClick={() => wb.openDialog('archimate-export')}>ArchiMate exchange file (.xml)…</button>
        <button onClick={drawio} disabled={!view} title="The current view as a draw.io page: lanes, shapes, colours">
          draw.io diagram of the view (.drawio)
        </button>
      </div>
      <h3 className="export-heading">Import</h3>
      <div className="export-links">
        <button onClick={() => wb.openDialog('mermaid-import')}>Mermaid flowchart…</button>
        <button onClick={() => wb.openDialog('csv')}>CSV tables…</button>
        <button onClick={() => wb.openDialog('drawio-import')}>draw.io diagram…</button>
      </div>
      <p className="field__hint">
        You can also drop a .mmd, .csv or .drawio file, an ArchiMate exchange file (.xml, opens as a model) or an image
        exported by Refmod onto the window.
      </p>
    </div>
  );
}
