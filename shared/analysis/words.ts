import type { Card, Id, WorkshopDoc } from '../model/types';

/** How analyses are put into words, the same in the CLI summary, the report and the app. */

/** A share as a whole percentage: 0.2609 → "26%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** One decimal at most, with a real minus sign: −1.2, 3, +0.5 when `sign` is asked for. */
export function decimal(n: number, sign = false): string {
  const rounded = Math.round(n * 10) / 10;
  const text = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1);
  if (rounded < 0) return `\u2212${text}`;
  return sign && rounded > 0 ? `+${text}` : text;
}

/** A card as people name it: its title, or what it is when it has none. */
export function cardName(doc: WorkshopDoc, id: Id): string {
  const card: Card | undefined = Object.hasOwn(doc.cards, id) ? doc.cards[id] : undefined;
  if (!card) return id;
  return card.title.trim() || 'Untitled card';
}

/** "A, B and C", or "A, B, C and 4 more" past `max`. */
export function listOf(names: readonly string[], max = Infinity): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
