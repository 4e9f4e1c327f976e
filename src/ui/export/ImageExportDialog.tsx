import { useMemo, useRef, useState } from 'react';
import { exportDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import type { DialogProps } from '../shell/features.tsx';
import { Dialog } from '../shell/Dialog.tsx';
import { download } from '../shell/file-actions.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { Choice } from './Choice.tsx';
import { measureText, pngFile, svgFile } from './image-files.ts';
import { useDrawingPositions } from './use-drawing-positions.ts';
import { layoutViewImage } from './view-image-layout.ts';
import { ViewImage } from './ViewImage.tsx';
import './export.css';

// Chromium's canvas limits: about 16,000 px a side and 268 million pixels; stay well inside them.
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

type Format = 'svg' | 'png';

/** Export a view as an SVG or PNG image with its legend; the file carries the model, so Open reads it back. */
export default function ImageExportDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const currentViewId = useWb((s) => s.viewId);
  const [viewId, setViewId] = useState(arg ?? currentViewId);
  const view = doc.views.find((v) => v.id === viewId) ?? doc.views[0];
  const [format, setFormat] = useState<Format>('svg');
  const [scale, setScale] = useState<'1' | '2'>('2');
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [legend, setLegend] = useState(true);
  const [labels, setLabels] = useState(false);
  const [busy, setBusy] = useState(false);
  const svg = useRef<SVGSVGElement>(null);

  const { positions } = useDrawingPositions(doc, metamodel, view?.id);
  const placed = view ? positions.get(view.id) : undefined;
  const model = useMemo(() => (view && placed ? layoutViewImage(doc, view, metamodel, placed, { legend, labels }, measureText) : null), [doc, view, metamodel, placed, legend, labels]);

  const fits = (s: number) => !!model && model.width * s <= MAX_SIDE && model.height * s <= MAX_SIDE && model.width * model.height * s * s <= MAX_PIXELS;
  const factor = fits(Number(scale)) ? Number(scale) : 1;
  const pngPossible = fits(1);
  const pixels = model ? `${Math.round(model.width * factor).toLocaleString('en')} × ${Math.round(model.height * factor).toLocaleString('en')} px` : '';

  const save = async () => {
    if (!svg.current || !model || !view) return;
    const name = `${slug(doc.meta.name)}-${slug(view.name)}`;
    const json = exportDocument(doc);
    setBusy(true);
    try {
      if (format === 'svg') {
        download(`${name}.svg`, svgFile(svg.current, json), 'image/svg+xml');
        wb.notify('success', `Downloaded ${name}.svg. It carries the model: open it in Refmod to continue editing.`);
      } else {
        const bytes = await pngFile(svgFile(svg.current, null), model, factor, json);
        download(`${name}.png`, bytes as BlobPart, 'image/png');
        wb.notify('success', `Downloaded ${name}.png (${pixels}). It carries the model: open it in Refmod to continue editing.`);
      }
      onClose();
    } catch (error) {
      wb.notify('error', `The image could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Image of a view" wide onClose={onClose}>
      <div className="image-export">
        <div className={`image-export__preview${background === 'transparent' ? ' image-export__preview--transparent' : ''}`} aria-label="Image preview">
          {model ? (
            <ViewImage ref={svg} model={model} background={background} className="image-export__svg" />
          ) : (
            <p className="image-export__wait" role="status">
              <span className="spinner" aria-hidden="true" /> Laying out the view…
            </p>
          )}
        </div>
        <div className="image-export__options">
          <div className="field">
            <label htmlFor="image-view">View</label>
            <select id="image-view" value={view?.id ?? ''} onChange={(e) => setViewId(e.target.value)}>
              {doc.views.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <Choice
            legend="Format"
            value={format}
            onChange={setFormat}
            options={[
              { value: 'svg', label: 'SVG', hint: 'sharp at any size: papers, print, wikis' },
              { value: 'png', label: 'PNG', hint: 'a picture: slides, e-mail', disabled: !pngPossible },
            ]}
          />
          {format === 'png' ? (
            <Choice
              legend="Size"
              value={scale}
              onChange={setScale}
              options={[
                { value: '1', label: '1×', hint: 'as on screen' },
                { value: '2', label: '2×', hint: fits(2) ? 'sharp on projectors and high-resolution screens' : 'too large for the browser to draw', disabled: !fits(2) },
              ]}
            />
          ) : null}
          <Choice
            legend="Background"
            value={background}
            onChange={setBackground}
            options={[
              { value: 'white', label: 'White' },
              { value: 'transparent', label: 'Transparent', hint: 'for coloured slides' },
            ]}
          />
          <fieldset className="choice">
            <legend>Show</legend>
            <label className="choice__option">
              <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
              <span>Legend and title</span>
            </label>
            <label className="choice__option">
              <input type="checkbox" checked={labels} onChange={(e) => setLabels(e.target.checked)} />
              <span>A label on every relation</span>
            </label>
          </fieldset>
          <p className="field__hint">
            {model ? `${format === 'png' ? pixels : `${model.width.toLocaleString('en')} × ${model.height.toLocaleString('en')}`} · ${model.nodes.length} elements, ${model.edges.length} relations. ` : ''}
            The file carries the model: open it in Refmod to continue editing.
          </p>
          {!pngPossible && model ? <p className="field__hint">This view is too large for a PNG; export an SVG.</p> : null}
          <div className="image-export__actions">
            <button className="primary" onClick={() => void save()} disabled={!model || busy || (format === 'png' && !pngPossible)}>
              {busy ? 'Making the image…' : `Download ${format.toUpperCase()}`}
            </button>
            <button onClick={onClose}>Cancel</button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
