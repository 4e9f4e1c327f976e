import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { share } from './use-evaluation.ts';
import { useMessages } from '../i18n/messages.ts';

export interface RadarSeries {
  id: string;
  label: string;
  /** One value per axis, 0..1; null when nothing on that axis is scored. */
  values: readonly (number | null)[];
}

const FONT = 13;
const CHAR = FONT * 0.56;
// Hangul and other full-width letters take about a square each: the label box must not clip them.
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffdc]/;
const textWidth = (text: string) => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? FONT : CHAR), 0);
const LINE = FONT + 3;
const DASHES = ['', '6 3', '2 3', '9 3 2 3'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

const SOFT_HYPHEN = '\u00ad';
const plain = (text: string) => text.replaceAll(SOFT_HYPHEN, '');

/** Splits a long axis label over two lines at the space or soft hyphen (German compounds) nearest its middle. */
function lines(label: string): string[] {
  const breaks = [...label.matchAll(/[ \u00ad]/g)].map((m) => m.index);
  if (textWidth(plain(label)) <= 12 * CHAR || breaks.length === 0) return [plain(label)];
  const cut = breaks.reduce((best, i) =>
    Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best,
  );
  const hyphen = label[cut] === SOFT_HYPHEN ? '-' : '';
  return [plain(label.slice(0, cut)) + hyphen, plain(label.slice(cut + 1))];
}

/** The smallest rendered label size: a chart scaled down to its container keeps its text at 12 px or more. */
const MIN_TEXT = 12;

function Marker({ kind, x, y, hollow }: { kind: (typeof MARKERS)[number]; x: number; y: number; hollow: boolean }) {
  const common = { className: hollow ? 'radar__marker radar__marker--empty' : 'radar__marker' };
  if (kind === 'circle') return <circle cx={x} cy={y} r={3.5} {...common} />;
  if (kind === 'square') return <rect x={x - 3.2} y={y - 3.2} width={6.4} height={6.4} {...common} />;
  if (kind === 'triangle') return <path d={`M${x} ${y - 4.2}L${x + 4} ${y + 3}L${x - 4} ${y + 3}Z`} {...common} />;
  return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} {...common} />;
}

/** The width the chart's container offers, followed as it resizes; null before the first layout. */
function useRoom(figure: RefObject<HTMLElement | null>): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const parent = figure.current?.parentElement;
    if (!parent) return;
    const measure = () => setRoom(parent.clientWidth || null);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [figure]);
  return room;
}

/** A legend swatch: the series' line style and marker, so series differ by shape, not by colour alone. */
export function SeriesKey({ index }: { index: number }) {
  return (
    <svg width={30} height={12} aria-hidden="true" className={`radar radar--series-${Math.min(index, 3)}`}>
      <line x1={1} y1={6} x2={29} y2={6} className="radar__line" strokeDasharray={DASHES[index % 4]} />
      <Marker kind={MARKERS[index % 4]!} x={15} y={6} hollow={false} />
    </svg>
  );
}

/**
 * A radar chart of shares (0..1) on several axes, with a table of the same figures for screen readers and exact reading.
 * Axes with nothing scored sit at the centre with a hollow marker.
 */
export function RadarChart({
  title,
  axes,
  series,
  radius = 70,
  table = 'visible',
}: {
  title: string;
  axes: readonly { id: string; label: string }[];
  series: readonly RadarSeries[];
  radius?: number;
  table?: 'visible' | 'collapsed';
}) {
  const id = useId();
  const m = useMessages().evaluation;
  const figure = useRef<HTMLElement>(null);
  const room = useRoom(figure);
  const n = axes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, r: number) => [Math.cos(angle(i)) * r, Math.sin(angle(i)) * r] as const;
  const layout = (r: number) => {
    const labels = labelsAt(r);
    const box = {
      left: Math.min(-r - 6, ...labels.map((l) => l.left)) - 4,
      right: Math.max(r + 6, ...labels.map((l) => l.right)) + 4,
      top: Math.min(-r - 6, ...labels.map((l) => l.top)) - 2,
      bottom: Math.max(r + 6, ...labels.map((l) => l.bottom)) + 2,
    };
    return { r, labels, box, width: box.right - box.left };
  };
  const labelsAt = (r: number) =>
    axes.map((a, i) => {
      const [x, y] = point(i, r + 10);
      const text = lines(a.label);
      const cos = Math.cos(angle(i));
      const anchor: 'start' | 'end' | 'middle' = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
      const width = Math.max(...text.map(textWidth));
      const sin = Math.sin(angle(i));
      const top = sin < -0.5 ? y - text.length * LINE + 4 : sin > 0.5 ? y + 4 : y - (text.length * LINE) / 2 + 2;
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      return { id: a.id, x, text, anchor, top, left, right: left + width, bottom: top + text.length * LINE };
    });
  // Long labels (German words, a narrow side panel) would scale the text below 12 px: the circle gives way instead.
  let fitted = layout(radius);
  const widest = room === null ? Infinity : (room * FONT) / MIN_TEXT;
  for (let i = 0; i < 3 && fitted.width > widest && fitted.r > 36; i++)
    fitted = layout(Math.max(36, fitted.r - (fitted.width - widest) / 2));
  const { labels, box, width } = fitted;
  const r = fitted.r;
  const height = box.bottom - box.top;
  const describe = series
    .map(
      (s) =>
        `${s.label}: ${axes.map((a, i) => `${a.label} ${s.values[i] === null ? m.notScored : share(s.values[i])}`).join(', ')}`,
    )
    .join('. ');
  const figures = (
    <table className="radar-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.axis}</th>
          {series.map((s) => (
            <th scope="col" key={s.id}>
              {series.length > 1 ? s.label : m.score}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {axes.map((a, i) => (
          <tr key={a.id} data-axis={a.id}>
            <th scope="row">{a.label}</th>
            {series.map((s) => (
              <td key={s.id}>
                {s.values[i] === null ? (
                  <span className="muted" title={m.axisUnscored}>
                    –
                  </span>
                ) : (
                  share(s.values[i])
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <figure className="radar-figure" ref={figure}>
      <svg
        className="radar"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`${box.left} ${box.top} ${width} ${height}`}
        width={width}
        height={height}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{describe || m.nothingScored}</desc>
        {[0.25, 0.5, 0.75, 1].map((ring) => (
          <polygon
            key={ring}
            className="radar__ring"
            points={axes.map((_, i) => point(i, r * ring).join(',')).join(' ')}
          />
        ))}
        {axes.map((a, i) => (
          <line key={a.id} className="radar__spoke" x1={0} y1={0} x2={point(i, r)[0]} y2={point(i, r)[1]} />
        ))}
        {series.map((s, k) => {
          const pts = s.values.map((v, i) => point(i, r * (v ?? 0)));
          return (
            <g key={s.id} className={`radar__series radar--series-${Math.min(k, 3)}`} data-series={s.id}>
              <polygon
                className="radar__area"
                points={pts.map((p) => p.join(',')).join(' ')}
                strokeDasharray={DASHES[k % 4]}
              />
              {pts.map(([x, y], i) => (
                <Marker key={axes[i]!.id} kind={MARKERS[k % 4]!} x={x} y={y} hollow={s.values[i] === null} />
              ))}
            </g>
          );
        })}
        {labels.map((l) => (
          <text
            key={l.id}
            className="radar__label"
            x={l.x}
            y={l.top + FONT - 1}
            textAnchor={l.anchor}
            fontSize={FONT}
            aria-hidden="true"
          >
            {l.text.map((t, j) => (
              <tspan key={t} x={l.x} dy={j === 0 ? 0 : LINE}>
                {t}
              </tspan>
            ))}
          </text>
        ))}
      </svg>
      {table === 'visible' ? (
        figures
      ) : (
        <details className="radar-figure__details">
          <summary>{m.figuresAsTable}</summary>
          {figures}
        </details>
      )}
    </figure>
  );
}
