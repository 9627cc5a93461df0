import { Painter, type DisplaySymbol } from './displayList';
import { MARK_SHAPES, type MarkName } from './markShapes';
import { markColor } from './markColor';
import { INK } from './palette';

/**
 * The symbols `use` items place: each mark (`mark-NAME`) in its colour, its cut-out parts in
 * paper. Every writer looks them up here, so any display list may place them.
 */
const known = new Map<string, DisplaySymbol | null>();

export function symbolOf(name: string): DisplaySymbol | undefined {
  let symbol = known.get(name);
  if (symbol === undefined) {
    const mark = name.startsWith('mark-') ? (name.slice(5) as MarkName) : null;
    symbol = mark && mark in MARK_SHAPES ? markSymbol(mark) : null;
    known.set(name, symbol);
  }
  return symbol ?? undefined;
}

function markSymbol(name: MarkName): DisplaySymbol {
  const shape = MARK_SHAPES[name];
  const ink = markColor(name);
  const p = new Painter();
  for (const part of shape.parts) {
    const paint = part.cut ? INK.paper : ink;
    const style = part.stroke
      ? { fill: 'none', stroke: paint, strokeWidth: part.stroke, ...('round' in part && part.round ? { cap: 'round' as const } : {}) }
      : { fill: paint };
    if (part.shape === 'circle') p.circle(part.cx, part.cy, part.r, style);
    else p.path(part.d, style);
  }
  return { width: shape.width, height: shape.height, items: p.items };
}
