import { useMemo, useState } from 'react';
import { mapImage, PAGE_SHAPE } from '../../core/diagram/map-image.ts';
import { svgFile, viewImageSvg } from '../../core/diagram/view-image.ts';
import { IMAGE_FONT, layoutViewImage } from '../../core/diagram/view-image-layout.ts';
import { exportDocument } from '../../core/io/json.ts';
import { elementsInView } from '../../core/model/queries.ts';
import { fileBase } from '../../core/i18n/file-name.ts';
import type { DialogProps } from '../shell/features.tsx';
import { formatNumber, useMessages } from '../i18n/messages.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { download } from '../shell/download.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { Choice } from './Choice.tsx';
import { measureText, pngFile } from './image-files.ts';
import { useDrawingPositions } from './use-drawing-positions.ts';
import './export.css';

// Chromium's canvas limits: about 16,000 px a side and 268 million pixels; stay well inside them.
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

type Format = 'svg' | 'png';
type Level = 'map' | 'detail';
// A slide is 16:9; the page is an A4 text block.
const SHAPES = { page: PAGE_SHAPE, slide: { width: 1600, height: 900 } };

/** Export a view as an SVG or PNG image with its legend; the file carries the model, so Open reads it back. */
export default function ImageExportDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const currentViewId = useWb((s) => s.viewId);
  const m = useMessages().export;
  const [viewId, setViewId] = useState(arg ?? currentViewId);
  const view = doc.views.find((v) => v.id === viewId) ?? doc.views[0];
  const [format, setFormat] = useState<Format>('svg');
  const [scale, setScale] = useState<'1' | '2'>('2');
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [legend, setLegend] = useState(true);
  const [labels, setLabels] = useState(false);
  const [chosenLevel, setLevel] = useState<Level | null>(null);
  const [shape, setShape] = useState<keyof typeof SHAPES>('page');
  const [busy, setBusy] = useState(false);

  // Until the user chooses, a view over the design goals' limit is drawn as its process map.
  const detailSize = view ? elementsInView(doc, view).length : 0;
  const level: Level = chosenLevel ?? (detailSize > doc.designGoals.maxElementsPerView ? 'map' : 'detail');
  // The map needs no positions: no view id matches '', so no ELK layout runs for it.
  const { positions } = useDrawingPositions(doc, metamodel, level === 'detail' ? view?.id : '');
  const placed = view ? positions.get(view.id) : undefined;
  const model = useMemo(
    () =>
      level === 'detail' && view && placed
        ? layoutViewImage(doc, view, metamodel, placed, { legend, labels, words: m }, measureText)
        : null,
    [level, doc, view, metamodel, placed, legend, labels, m],
  );
  const map = useMemo(
    () =>
      level === 'map' && view
        ? mapImage(doc, view, metamodel, { legend, background, fontFamily: IMAGE_FONT, shape: SHAPES[shape] })
        : null,
    [level, doc, view, metamodel, legend, background, shape],
  );
  const detailSvg = useMemo(
    () => (model ? viewImageSvg(model, { background, words: m }) : null),
    [model, background, m],
  );
  const drawing = map ?? model;

  const fits = (s: number) =>
    !!drawing &&
    drawing.width * s <= MAX_SIDE &&
    drawing.height * s <= MAX_SIDE &&
    drawing.width * drawing.height * s * s <= MAX_PIXELS;
  const factor = fits(Number(scale)) ? Number(scale) : 1;
  const pngPossible = fits(1);
  const pixels = drawing
    ? m.pixels(formatNumber(Math.round(drawing.width * factor)), formatNumber(Math.round(drawing.height * factor)))
    : '';

  const save = async () => {
    const svg = map ? map.svg.trimEnd() : detailSvg;
    if (!svg || !drawing || !view) return;
    const name = fileBase(doc, view, map ? 'map' : '');
    const json = exportDocument(doc);
    setBusy(true);
    try {
      if (format === 'svg') {
        download(`${name}.svg`, svgFile(svg, json), 'image/svg+xml');
        wb.notify('success', m.downloadedSvg(`${name}.svg`));
      } else {
        const bytes = await pngFile(svgFile(svg, null), drawing, factor, json);
        download(`${name}.png`, bytes as BlobPart, 'image/png');
        wb.notify('success', m.downloadedPng(`${name}.png`, pixels));
      }
      onClose();
    } catch (error) {
      wb.notify('error', m.imageFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={m.imageTitle} wide onClose={onClose}>
      <div className="image-export">
        <div
          className={`image-export__preview${background === 'transparent' ? ' image-export__preview--transparent' : ''}`}
          aria-label={m.imagePreview}
        >
          {map ? (
            <div className="image-export__map" data-testid="map-image" dangerouslySetInnerHTML={{ __html: map.svg }} />
          ) : detailSvg ? (
            <div className="image-export__svg" dangerouslySetInnerHTML={{ __html: detailSvg }} />
          ) : (
            <p className="image-export__wait" role="status">
              <span className="spinner" aria-hidden="true" /> {m.layingOutView}
            </p>
          )}
        </div>
        <div className="image-export__options">
          <div className="field">
            <label htmlFor="image-view">{m.view}</label>
            <select id="image-view" value={view?.id ?? ''} onChange={(e) => setViewId(e.target.value)}>
              {doc.views.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <Choice
            legend={m.level}
            value={level}
            onChange={setLevel}
            options={[
              { value: 'map', label: m.processMap, hint: m.mapImageHint },
              { value: 'detail', label: m.fullDetail, hint: m.detailImageHint(detailSize) },
            ]}
          />
          {level === 'map' ? (
            <Choice
              legend={m.shape}
              value={shape}
              onChange={setShape}
              options={[
                { value: 'page', label: m.page, hint: m.pageHint },
                { value: 'slide', label: m.slide, hint: '16:9' },
              ]}
            />
          ) : null}
          <Choice
            legend={m.format}
            value={format}
            onChange={setFormat}
            options={[
              { value: 'svg', label: 'SVG', hint: m.svgHint },
              { value: 'png', label: 'PNG', hint: m.pngHint, disabled: !pngPossible },
            ]}
          />
          {format === 'png' ? (
            <Choice
              legend={m.size}
              value={scale}
              onChange={setScale}
              options={[
                { value: '1', label: '1×', hint: m.asOnScreen },
                {
                  value: '2',
                  label: '2×',
                  hint: fits(2) ? m.sharpHint : m.tooLargeToDraw,
                  disabled: !fits(2),
                },
              ]}
            />
          ) : null}
          <Choice
            legend={m.background}
            value={background}
            onChange={setBackground}
            options={[
              { value: 'white', label: m.white },
              { value: 'transparent', label: m.transparent, hint: m.transparentHint },
            ]}
          />
          <fieldset className="choice">
            <legend>{m.show}</legend>
            <label className="choice__option">
              <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
              <span>{m.legendAndTitle}</span>
            </label>
            {level === 'detail' ? (
              <label className="choice__option">
                <input type="checkbox" checked={labels} onChange={(e) => setLabels(e.target.checked)} />
                <span>{m.relationLabels}</span>
              </label>
            ) : null}
          </fieldset>
          <p className="field__hint">
            {drawing
              ? `${format === 'png' ? pixels : `${formatNumber(drawing.width)} × ${formatNumber(drawing.height)}`} · `
              : ''}
            {map
              ? m.mapStats(
                  map.map.cells.reduce((sum, c) => sum + c.boxes.filter((b) => b.category === 'process').length, 0),
                  map.map.connectors.length,
                )
              : model
                ? m.detailStats(model.nodes.length, model.edges.length)
                : ''}
            {m.carriesModel}
          </p>
          {!pngPossible && drawing ? <p className="field__hint">{m.tooLargeForPng}</p> : null}
          <div className="image-export__actions">
            <button
              className="primary"
              onClick={() => void save()}
              disabled={!drawing || busy || (format === 'png' && !pngPossible)}
            >
              {busy ? m.makingImage : m.download(format.toUpperCase())}
            </button>
            <button onClick={onClose}>{m.cancel}</button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
