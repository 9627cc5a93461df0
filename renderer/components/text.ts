import { LIMITS } from '../../shared/model/text';

// What the model's schemas refuse (shared/model/text.ts): cleaning it here keeps a paste from
// turning into a change that main would reject.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const BREAKS = /[\r\n\u2028\u2029]+/g;

/** One-line text as the model accepts it: no line breaks or control characters, at most `max`. */
export function cleanLine(value: string, max: number = LIMITS.name): string {
  return value.replace(BREAKS, ' ').replace(INVISIBLE, '').slice(0, max);
}

/** Multi-line text as the model accepts it. */
export function cleanPara(value: string, max: number = LIMITS.text): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').slice(0, max);
}
