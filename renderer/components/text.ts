import { LIMITS, REFUSED_CHARS as INVISIBLE } from '../../shared/model/text';

// Cleaning what the model's schemas refuse keeps a paste from turning into a change that main would reject.
const BREAKS = /[\r\n\u2028\u2029]+/g;

/** One-line text as the model accepts it: no line breaks or control characters, at most `max`. */
export function cleanLine(value: string, max: number = LIMITS.name): string {
  return value.replace(BREAKS, ' ').replace(INVISIBLE, '').slice(0, max);
}

/** Multi-line text as the model accepts it. */
export function cleanPara(value: string, max: number = LIMITS.text): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').slice(0, max);
}
