import { scaleLinear } from 'd3-scale';
import { type AppearanceMatrix, valueScale, wholeTicks } from '../lib/chart.ts';

const SERIES_CLASSES = ['s0', 's1', 's2', 's3', 's4', 's5'];

/** Vertical bars with a value axis; each bar has a tooltip and the whole chart a text summary. */
export function BarChart({
  title,
  bars,
  height = 220,
  width = 640,
}: {
  title: string;
  bars: { label: string; value: number }[];
  height?: number;
  width?: number;
}) {
  const pad = { top: 12, right: 12, bottom: 28, left: 44 };
  const y = valueScale(Math.max(0, ...bars.map((b) => b.value)), [height - pad.bottom, pad.top]);
  const band = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const total = bars.reduce((s, b) => s + b.value, 0);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${total} in total`}>
        {wholeTicks(y).map((t) => (
          <g key={t}>
            <line className="grid" x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} />
            <text className="axis" x={pad.left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => (
          <rect
            key={b.label}
            className="bar s0"
            x={pad.left + i * band + band * 0.15}
            width={band * 0.7}
            y={y(b.value)}
            height={Math.max(0, y(0) - y(b.value))}
          >
            <title>{`${b.label}: ${b.value}`}</title>
          </rect>
        ))}
        {bars.map((b, i) =>
          i % Math.ceil(bars.length / 8) === 0 ? (
            <text
              key={`l${b.label}`}
              className="axis"
              x={pad.left + i * band + band / 2}
              y={height - 8}
              textAnchor="middle"
            >
              {b.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="small muted">{title}</figcaption>
    </figure>
  );
}

/** Appearances per chapter: one line per character over the chapters in reading order. */
export function AppearancesChart({
  matrix,
  description,
  chapterLabel,
  width = 760,
  height = 260,
}: {
  matrix: AppearanceMatrix;
  /** What is counted, for the screen reader: "Mentions per chapter". */
  description: string;
  chapterLabel(column: { fileId: string; chapter: number | null }): string;
  width?: number;
  height?: number;
}) {
  const pad = { top: 12, right: 16, bottom: 32, left: 44 };
  const n = matrix.columns.length;
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([pad.left, width - pad.right]);
  const y = valueScale(matrix.max, [height - pad.bottom, pad.top]);
  const every = Math.max(1, Math.ceil(n / 12));
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${description} for ${matrix.series.map((s) => s.name).join(', ')}`}
      >
        {wholeTicks(y).map((t) => (
          <g key={t}>
            <line className="grid" x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} />
            <text className="axis" x={pad.left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {matrix.columns.map((c, i) =>
          i % every === 0 ? (
            <text key={c.key} className="axis" x={x(i)} y={height - 10} textAnchor="middle">
              {chapterLabel(c)}
            </text>
          ) : null,
        )}
        {matrix.series.map((s, k) => (
          <g key={s.entityId} className={`series ${SERIES_CLASSES[k % SERIES_CLASSES.length]}`}>
            <polyline fill="none" points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <circle key={matrix.columns[i]?.key} cx={x(i)} cy={y(v)} r={3}>
                <title>{`${s.name}, ${chapterLabel(matrix.columns[i] as { fileId: string; chapter: number | null })}: ${v}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        {matrix.series.map((s, k) => (
          <span key={s.entityId} className={`legend-item ${SERIES_CLASSES[k % SERIES_CLASSES.length]}`}>
            <span className="swatch" aria-hidden="true" /> {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
