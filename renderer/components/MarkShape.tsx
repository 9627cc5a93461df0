import type { JSX } from 'react';
import { MARK_SHAPES, type MarkName } from '../../shared/render/markShapes';

/**
 * A mark drawn as SVG inside an SVG picture (the experience curve), from the shapes the exports
 * draw: in `currentColor`, its cut-out parts in the surface colour behind it. `x`, `y` is the
 * mark's centre; `size` its height.
 */
export function MarkShape({ name, x, y, size }: { name: MarkName; x: number; y: number; size: number }): JSX.Element {
  const shape = MARK_SHAPES[name];
  const s = size / shape.height;
  return (
    <g transform={`translate(${x - (shape.width * s) / 2} ${y - size / 2}) scale(${s})`} aria-hidden="true">
      {shape.parts.map((part, i) => {
        const paint = part.cut ? 'var(--fs-surface)' : 'currentColor';
        const style = part.stroke
          ? { fill: 'none', stroke: paint, strokeWidth: part.stroke, strokeLinecap: 'round' in part && part.round ? ('round' as const) : undefined }
          : { fill: paint };
        return part.shape === 'circle' ? <circle key={i} cx={part.cx} cy={part.cy} r={part.r} style={style} /> : <path key={i} d={part.d} style={style} />;
      })}
    </g>
  );
}
