import { measureText } from '../../shared/layout';
import type { DisplayItem } from '../../shared/render';

export type Box = [x1: number, y1: number, x2: number, y2: number];

/** Room around a box for strokes and arrowheads that reach past an item's geometry. */
export const SLACK = 6;

/** Bounds of an item in sheet px, to skip what falls outside a tile or band. */
export function bounds(item: DisplayItem): Box {
  switch (item.type) {
    case 'rect':
    case 'image':
    case 'use':
      return [item.x, item.y, item.x + item.width, item.y + item.height];
    case 'circle':
      return [item.cx - item.r, item.cy - item.r, item.cx + item.r, item.cy + item.r];
    case 'line':
      return [Math.min(item.x1, item.x2), Math.min(item.y1, item.y2), Math.max(item.x1, item.x2), Math.max(item.y1, item.y2)];
    case 'text': {
      const w = measureText(item.text, item.size, item.weight);
      const x = item.anchor === 'middle' ? item.x - w / 2 : item.anchor === 'end' ? item.x - w : item.x;
      return [x, item.y - item.size, x + w, item.y + item.size * 0.3];
    }
    case 'path': {
      const n = (item.d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
      const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
      for (let k = 0; k + 1 < n.length; k += 2) {
        box[0] = Math.min(box[0], n[k]!); box[2] = Math.max(box[2], n[k]!);
        box[1] = Math.min(box[1], n[k + 1]!); box[3] = Math.max(box[3], n[k + 1]!);
      }
      return box;
    }
  }
}

/** The items whose bounds meet the box (grown by SLACK), in drawing order. */
export function itemsWithin<T extends DisplayItem>(items: readonly T[], boxes: readonly Box[], box: Box): T[] {
  const [x1, y1, x2, y2] = [box[0] - SLACK, box[1] - SLACK, box[2] + SLACK, box[3] + SLACK];
  return items.filter((_, i) => {
    const b = boxes[i]!;
    return !(b[2] < x1 || b[0] > x2 || b[3] < y1 || b[1] > y2);
  });
}
