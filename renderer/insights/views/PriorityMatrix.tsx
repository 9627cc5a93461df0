import { memo, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { Analysis, Quadrant } from '../../../shared/analysis';
import { experienceGap, type Card, type Id } from '../../../shared/model';
import { useSelection } from '../../state/selection';
import { revealCard } from '../reveal';
import { QUADRANT_NAMES } from '../lens/quadrantNames';
import { signed } from '../compare/scoreText';
import { titleOf } from '../useAnalysis';
import { layoutMatrix, type MatrixItem, type PlacedMark } from './matrixLayout';
import { QuadrantShape } from './parts';
import { useStable } from '../useStable';

const WIDTH = 388;
const HEIGHT = 292;
const PLACED: Exclude<Quadrant, 'unrated'>[] = ['fixFirst', 'protect', 'differentiate', 'monitor'];
const CORNERS: Record<Exclude<Quadrant, 'unrated'>, { x: 'left' | 'right'; y: 'top' | 'bottom' }> = {
  fixFirst: { x: 'left', y: 'top' }, protect: { x: 'right', y: 'top' }, monitor: { x: 'left', y: 'bottom' }, differentiate: { x: 'right', y: 'bottom' },
};

/**
 * Importance × gap with the four quadrants named in their corners. Each touchpoint is a mark,
 * a button named by its title, quadrant and scores; Tab reaches the first (the most urgent),
 * arrow keys walk them in the analysis's order, and a click selects the card and shows it.
 */
export function PriorityMatrix({ priority, cards }: { priority: Analysis['priority']; cards: Readonly<Record<Id, Card>> }): JSX.Element {
  const fresh = useMemo(() => {
    const out: MatrixItem[] = [];
    for (const quadrant of PLACED) {
      for (const id of priority[quadrant]) {
        const card = cards[id];
        const gap = card?.touchpoint ? experienceGap(card.touchpoint) : null;
        if (card?.touchpoint && gap !== null) out.push({ id, title: titleOf(card), importance: card.touchpoint.importance, gap, quadrant });
      }
    }
    return out;
  }, [priority, cards]);
  const items = useStable(fresh, sameItems);
  const geometry = useMemo(() => layoutMatrix(items, WIDTH, HEIGHT), [items]);
  const { cardIds } = useSelection();
  const selected = cardIds.length === 1 ? cardIds[0] : undefined;
  const [active, setActive] = useState<Id | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const marks = geometry.marks;
  const activeId = marks.some((m) => m.id === active) ? active : (marks[0]?.id ?? null);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = marks.findIndex((m) => m.id === activeId);
    const last = marks.length - 1;
    const to = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? Math.min(last, at + 1)
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? Math.max(0, at - 1)
        : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    if (to === null || at === -1) return;
    event.preventDefault();
    const id = marks[to]!.id;
    setActive(id);
    group.current?.querySelector<HTMLElement>(`[data-mark="${CSS.escape(id)}"]`)?.focus();
  };

  const { plot } = geometry;
  return (
    <div className="fs-matrix" style={{ width: WIDTH, height: HEIGHT }}>
      <svg className="fs-matrix-chart" width={WIDTH} height={HEIGHT} aria-hidden="true">
        <rect className="fs-q-tint fs-q-fixFirst" x={plot.left} y={plot.top} width={geometry.divideX - plot.left} height={geometry.divideY - plot.top} />
        <rect className="fs-q-tint fs-q-protect" x={geometry.divideX} y={plot.top} width={plot.right - geometry.divideX} height={geometry.divideY - plot.top} />
        <rect className="fs-q-tint fs-q-monitor" x={plot.left} y={geometry.divideY} width={geometry.divideX - plot.left} height={plot.bottom - geometry.divideY} />
        <rect className="fs-q-tint fs-q-differentiate" x={geometry.divideX} y={geometry.divideY} width={plot.right - geometry.divideX} height={plot.bottom - geometry.divideY} />
        <line className="fs-matrix-divide" x1={geometry.divideX} x2={geometry.divideX} y1={plot.top} y2={plot.bottom} />
        <line className="fs-matrix-divide" x1={plot.left} x2={plot.right} y1={geometry.divideY} y2={geometry.divideY} />
        {PLACED.map((q) => {
          const c = CORNERS[q];
          const x = c.x === 'left' ? plot.left + 5 : plot.right - 5;
          const y = c.y === 'top' ? plot.top + 12 : plot.bottom - 5;
          return <text key={q} className={`fs-matrix-quadrant fs-q-${q}`} x={x} y={y} textAnchor={c.x === 'left' ? 'start' : 'end'}>{QUADRANT_NAMES[q]}</text>;
        })}
        {geometry.gaps.map((g) => <text key={g.value} className="fs-matrix-tick" x={g.x} y={plot.bottom + 13} textAnchor="middle">{signed(g.value)}</text>)}
        {geometry.importances.map((i) => <text key={i.value} className="fs-matrix-tick" x={plot.left - 8} y={i.y + 4} textAnchor="end">{i.value}</text>)}
        <text className="fs-matrix-axis" x={(plot.left + plot.right) / 2} y={HEIGHT - 4} textAnchor="middle">Gap: experience − expectation</text>
        <text className="fs-matrix-axis" transform={`translate(10 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle">Importance</text>
        {marks.map((m) => m.label && (
          <g key={m.id}>
            {m.label.leader && <line className="fs-matrix-leader" x1={m.x} y1={m.y} x2={m.x} y2={m.label.y + (m.label.y < m.y ? 5 : -5)} />}
            <text className="fs-matrix-label" x={m.label.x} y={m.label.y + 4} textAnchor={m.label.anchor}>{m.label.text}</text>
          </g>
        ))}
        {geometry.overflow.map((o) => <text key={`${o.x}|${o.y}`} className="fs-matrix-more" x={o.x} y={o.y} textAnchor="end">+{o.count}</text>)}
      </svg>
      <div ref={group} role="group" aria-label="Priority matrix: importance by gap" onKeyDown={onKeyDown}>
        {marks.map((m) => <Mark key={m.id} mark={m} selected={m.id === selected} tabbable={m.id === activeId} onFocus={setActive} />)}
      </div>
    </div>
  );
}

const sameItems = (a: readonly MatrixItem[], b: readonly MatrixItem[]) => a.length === b.length && a.every((x, i) => {
  const y = b[i]!;
  return x.id === y.id && x.title === y.title && x.importance === y.importance && x.gap === y.gap && x.quadrant === y.quadrant;
});

type MarkProps = { mark: PlacedMark; selected: boolean; tabbable: boolean; onFocus: (id: Id) => void };

// Every edit lays the matrix out anew; a mark whose place and words stay renders nothing.
const sameMark = (a: MarkProps, b: MarkProps) =>
  a.selected === b.selected && a.tabbable === b.tabbable && a.onFocus === b.onFocus &&
  a.mark.id === b.mark.id && a.mark.x === b.mark.x && a.mark.y === b.mark.y && a.mark.title === b.mark.title &&
  a.mark.quadrant === b.mark.quadrant && a.mark.importance === b.mark.importance && a.mark.gap === b.mark.gap;

const Mark = memo(function Mark({ mark, selected, tabbable, onFocus }: MarkProps): JSX.Element {
  const name = `${mark.title}: ${QUADRANT_NAMES[mark.quadrant].toLowerCase()}, importance ${mark.importance}, gap ${signed(mark.gap)}`;
  return (
    <button
      type="button" className={`fs-matrix-mark${selected ? ' is-selected' : ''}`} data-mark={mark.id}
      style={{ left: mark.x - 7, top: mark.y - 7 }} aria-label={name} title={name} tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocus(mark.id)} onClick={() => revealCard(mark.id)}
    >
      <QuadrantShape quadrant={mark.quadrant} />
    </button>
  );
}, sameMark);
