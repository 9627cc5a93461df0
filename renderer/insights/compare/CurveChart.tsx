import { useMemo, type JSX } from 'react';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { CurveColumn } from '../../../shared/compare';
import { signed } from './scoreText';

const WIDTH = 388;
const HEIGHT = 200;
const M = { left: 30, right: 10, top: 10, bottom: 70 };
const NAME_CHARS = 16;

type Point = [number, number];

/**
 * The two experience curves (importance-weighted sentiment per step, −2…+2) overlaid: the earlier
 * blueprint solid with open circles, the later dashed with filled squares, so they differ by
 * more than colour; a legend names them.
 */
export function CurveChart({ columns, before, after }: { columns: readonly CurveColumn[]; before: string; after: string }): JSX.Element {
  const chart = useMemo(() => {
    const x = scalePoint<number>().domain(columns.map((_, i) => i)).range([M.left + 8, WIDTH - M.right - 8]);
    const y = scaleLinear().domain([-2, 2]).range([HEIGHT - M.bottom, M.top]);
    const points = (side: 'before' | 'after'): Point[] =>
      columns.flatMap((c, i) => (c[side] === null ? [] : [[x(i)!, y(c[side]!)] as Point]));
    const path = line<Point>();
    const b = points('before');
    const a = points('after');
    return { x, y, b, a, bPath: path(b) ?? '', aPath: path(a) ?? '' };
  }, [columns]);
  const { x, y } = chart;
  const label = `Experience curves by step, −2 to +2: ${before} solid with circles, ${after} dashed with squares.`;
  return (
    <figure className="fs-curves-figure">
      <ul className="fs-curve-legend">
        <li><svg width="28" height="10" aria-hidden="true"><line className="fs-curve-before" x1="0" x2="28" y1="5" y2="5" /><circle className="fs-curve-dot-before" cx="14" cy="5" r="3.5" /></svg>{before}</li>
        <li><svg width="28" height="10" aria-hidden="true"><line className="fs-curve-after" x1="0" x2="28" y1="5" y2="5" /><rect className="fs-curve-dot-after" x="10.5" y="1.5" width="7" height="7" /></svg>{after}</li>
      </ul>
      <svg className="fs-curves" width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
        {[-2, -1, 0, 1, 2].map((v) => (
          <g key={v}>
            <line className={v === 0 ? 'fs-curve-zero' : 'fs-curve-grid'} x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} />
            <text className="fs-curve-tick" x={M.left - 6} y={y(v) + 3} textAnchor="end">{signed(v)}</text>
          </g>
        ))}
        {columns.map((c, i) => (
          <text key={i} className="fs-curve-tick" transform={`translate(${x(i)! + 3} ${HEIGHT - M.bottom + 12}) rotate(-40)`} textAnchor="end">
            {c.name.length > NAME_CHARS ? `${c.name.slice(0, NAME_CHARS - 1)}…` : c.name}
          </text>
        ))}
        <path className="fs-curve-before" d={chart.bPath} />
        <path className="fs-curve-after" d={chart.aPath} />
        {chart.b.map(([px, py], i) => <circle key={`b${i}`} className="fs-curve-dot-before" cx={px} cy={py} r={3.5} />)}
        {chart.a.map(([px, py], i) => <rect key={`a${i}`} className="fs-curve-dot-after" x={px - 3.5} y={py - 3.5} width={7} height={7} />)}
      </svg>
    </figure>
  );
}
