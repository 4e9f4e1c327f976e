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
import { fileBase, fileSlug } from '../../core/i18n/file-name.ts';
import { forExport } from '../../core/i18n/localize.ts';
import { formatNumber, useLanguage, useMessages } from '../i18n/messages.ts';
import { SelectField, CheckField } from '../inspector/fields.tsx';
import { download } from '../shell/download.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { MermaidPreview, renderSeconds } from './MermaidPreview.tsx';
import './export.css';

const WHOLE_MODEL = '\u0000model';
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
  const m = useMessages().export;
  const language = useLanguage();
  const directions: { value: FlowDirection; label: string }[] = [
    { value: 'LR', label: m.leftToRight },
    { value: 'TB', label: m.topToBottom },
    { value: 'RL', label: m.rightToLeft },
    { value: 'BT', label: m.bottomToTop },
  ];
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
  // The diagram's names in the interface's language; a name without a translation is the model's own, marked [en].
  const local = useMemo(() => forExport(doc, language).doc, [doc, language]);
  const diagram = useMemo((): MermaidDiagram => {
    if (kind === 'flowchart' && level === 'map') return mermaidProcessMap(local, { viewId, direction: dir, metamodel });
    if (kind === 'flowchart')
      return mermaidFlowchart(local, { viewId, direction: dir, includeMeasures: measures, metamodel });
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
    return {
      text: toErDiagram(local, { viewId, direction: dir, metamodel }),
      nodes: objects.size,
      edges,
      warnings: [],
    };
  }, [local, doc, kind, level, viewId, dir, measures, metamodel]);
  const detailLevel = kind === 'flowchart' && level === 'detail';
  const splitting = split && detailLevel && diagram.warnings.length > 0;
  const parts = useMemo(
    () => (splitting ? splitByArea(local, { viewId, direction: dir, includeMeasures: measures, metamodel }) : null),
    [splitting, local, viewId, dir, measures, metamodel],
  );
  const part = parts ? parts[Math.min(partIndex, parts.length - 1)] : undefined;
  const shown = part?.diagram ?? diagram;

  const scopeName = viewId ? view!.name : m.wholeModel;
  const suffix = kind === 'er' ? 'er' : level === 'map' ? 'map' : '';
  const title = `${doc.meta.name} · ${scopeName}${kind === 'er' ? m.titleBusinessObjects : level === 'map' ? m.titleProcessMap : ''}`;
  const baseName = fileBase(doc, viewId ? view! : 'model', suffix);
  const size =
    kind === 'er'
      ? m.erSize(shown.nodes, shown.edges)
      : level === 'map'
        ? m.mapSize(shown.nodes, shown.edges)
        : m.detailSize(shown.nodes, shown.edges);
  const seconds = renderSeconds(shown.nodes, shown.edges);
  const overLimits = shown.edges > MERMAID_LIMITS.maxEdges || shown.text.length > MERMAID_LIMITS.maxTextSize;
  const empty = shown.nodes === 0;

  const copy = () => {
    navigator.clipboard.writeText(shown.text).then(
      () => wb.notify('success', m.copied),
      () => {
        textArea.current?.select();
        wb.notify('warning', m.copyRefused);
      },
    );
  };
  // The draw.io writer loads when first used; the panel stays light.
  const drawio = () => {
    if (!view) return;
    void import('../../core/exchange/drawio/export.ts').then(({ exportDrawio }) => {
      const name = `${fileBase(doc, view)}.drawio`;
      download(name, exportDrawio(doc, { viewIds: [view.id], metamodel }), 'application/xml');
      wb.notify('success', m.drawioDownloaded(name));
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
      <div className="segmented" role="group" aria-label={m.diagram}>
        {(['flowchart', 'er'] as const).map((k) => (
          <button
            key={k}
            aria-pressed={kind === k}
            onClick={() => setKind(k)}
            title={k === 'flowchart' ? m.flowchartHint : m.erHint}
          >
            {k === 'flowchart' ? m.flowchart : m.er}
          </button>
        ))}
      </div>
      <div className="field-row">
        <SelectField
          label={m.show}
          value={viewId ?? WHOLE_MODEL}
          options={[
            { value: WHOLE_MODEL, label: m.wholeModel },
            ...doc.views.map((v) => ({ value: v.id, label: v.name })),
          ]}
          onChange={(value) => {
            setWholeModel(value === WHOLE_MODEL);
            if (value !== WHOLE_MODEL) wb.setView(value);
          }}
        />
        <SelectField
          label={m.direction}
          value={direction}
          options={[
            {
              value: 'model',
              label:
                kind === 'flowchart' && level === 'map'
                  ? m.mapDirection
                  : m.modelDirection(doc.designGoals.flowDirection),
            },
            ...directions,
          ]}
          onChange={setDirection}
        />
      </div>
      {kind === 'flowchart' ? (
        <div className="segmented" role="group" aria-label={m.level}>
          {(['map', 'detail'] as const).map((l) => (
            <button
              key={l}
              aria-pressed={level === l}
              onClick={() => setLevel(l)}
              title={l === 'map' ? m.mapLevelHint : m.detailLevelHint(detailSize)}
            >
              {l === 'map' ? m.processMap : m.fullDetail}
            </button>
          ))}
        </div>
      ) : null}
      {detailLevel ? <CheckField label={m.includeMeasures} checked={measures} onChange={setMeasures} /> : null}

      {diagram.warnings.length && detailLevel ? (
        <div className="export-warning" role="alert">
          <span className="export-warning__icon" aria-hidden="true">
            !
          </span>
          <div>
            {(part ? [m.splitParts(parts!.length), ...part.diagram.warnings] : diagram.warnings).map((w) => (
              <p key={w}>{w}</p>
            ))}
            <button onClick={() => setSplit(!splitting)}>{splitting ? m.showAsOne : m.splitByArea}</button>
          </div>
        </div>
      ) : null}
      {parts ? (
        <SelectField
          label={m.part}
          value={String(Math.min(partIndex, parts.length - 1))}
          options={parts.map((p, i) => ({ value: String(i), label: m.partOption(p.name, p.diagram.nodes) }))}
          onChange={(v) => setPartIndex(Number(v))}
        />
      ) : null}

      {empty ? (
        <p className="export-empty">{kind === 'er' ? m.emptyEr : m.emptyFlowchart}</p>
      ) : (
        <MermaidPreview
          text={shown.text}
          size={size}
          nodes={shown.nodes}
          auto={seconds <= AUTO_DRAW_SECONDS}
          seconds={seconds}
          refused={overLimits ? m.refused : null}
        />
      )}

      <div className="field">
        <label htmlFor="mermaid-text">{m.mermaidText}</label>
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
          {m.textStats(formatNumber(shown.text.split('\n').length - 1), formatNumber(shown.text.length))}{' '}
          <code>{'```mermaid'}</code> {m.fenceAfter}
        </div>
      </div>
      <div className="export-actions">
        <button className="primary" onClick={copy}>
          {m.copyText}
        </button>
        <button
          onClick={() =>
            download(
              `${baseName}${part && fileSlug(part.name) ? `-${fileSlug(part.name)}` : ''}.mmd`,
              shown.text,
              'text/vnd.mermaid',
            )
          }
          title={m.mmdHint}
        >
          {m.downloadMmd}
        </button>
        <button onClick={markdown} title={parts ? m.mdPartsHint : m.mdHint}>
          {m.downloadMd}
        </button>
      </div>

      <h3 className="export-heading">{m.moreExports}</h3>
      <div className="export-links">
        <button onClick={() => wb.openDialog('image-export', view?.id)} disabled={!view}>
          {m.imageExport}
        </button>
        <button onClick={() => wb.openDialog('csv')}>{m.csvExport}</button>
        <button onClick={() => wb.openDialog('model-report')}>{m.reportExport}</button>
        <button onClick={() => wb.openDialog('archimate-export')}>{m.archimateExport}</button>
        <button onClick={drawio} disabled={!view} title={m.drawioHint}>
          {m.drawioExport}
        </button>
      </div>
      <h3 className="export-heading">{m.import}</h3>
      <div className="export-links">
        <button onClick={() => wb.openDialog('mermaid-import')}>{m.mermaidImport}</button>
        <button onClick={() => wb.openDialog('csv')}>{m.csvImport}</button>
        <button onClick={() => wb.openDialog('drawio-import')}>{m.drawioImport}</button>
      </div>
      <p className="field__hint">{m.dropHint}</p>
    </div>
  );
}
