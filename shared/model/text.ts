import { z } from 'zod';

/** Lengths a person can type and read on a card; longer input is a damaged or hostile file. */
export const LIMITS = {
  id: 64,
  name: 200,
  title: 500,
  text: 10_000,
  tag: 60,
  tags: 50,
  quotes: 50,
  listItems: 500,
} as const;

// Bidirectional overrides and isolates can make text read differently from what it stores
// ("Trojan Source"); C0 controls other than tab and newline have no place in workshop text.
const BIDI_CHARS = '\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C';
const C0_CHARS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F';
const BIDI_CONTROLS = new RegExp(`[${BIDI_CHARS}]`);
const C0_CONTROLS = new RegExp(`[${C0_CHARS}]`);
/** Every character the schemas refuse in any text field, so input can be cleaned before it becomes an edit. */
export const REFUSED_CHARS = new RegExp(`[${BIDI_CHARS}${C0_CHARS}]`, 'g');
const LINE_BREAKS = /[\r\n\u2028\u2029]/;
// Half of a UTF-16 pair on its own is no character: a file stores it as U+FFFD, so it could not
// come back out as it went in.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describeBadChar(value: string, multiline: boolean): string | null {
  const bidi = BIDI_CONTROLS.exec(value);
  if (bidi) return `contains a bidirectional control character (U+${hex(bidi[0])})`;
  const c0 = C0_CONTROLS.exec(value);
  if (c0) return `contains a control character (U+${hex(c0[0])})`;
  if (!multiline && LINE_BREAKS.test(value)) return 'contains a line break';
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `contains an incomplete character (U+${hex(lone[0])})`;
  return null;
}

function hex(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

function textSchema(max: number, multiline: boolean) {
  return z
    .string()
    .max(max, { message: `is longer than ${max} characters` })
    .superRefine((value, ctx) => {
      const problem = describeBadChar(value, multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** One-line text: names, titles, labels. */
export const line = (max: number = LIMITS.name) => textSchema(max, false);
/** Multi-line text: descriptions, quotes, notes. */
export const para = (max: number = LIMITS.text) => textSchema(max, true);

export const idSchema = z
  .string()
  .min(1, { message: 'is empty' })
  .max(LIMITS.id, { message: `is longer than ${LIMITS.id} characters` })
  .regex(/^[A-Za-z0-9_.:-]+$/, { message: 'may only contain letters, digits and _ . : -' })
  // Records are keyed by id in plain objects, where these names are not ordinary keys.
  .refine((id) => !RESERVED_KEYS.has(id), { error: (issue) => `is a reserved name (${JSON.stringify(issue.input)})` });

/** `__proto__`, `constructor`, `toString`, `valueOf`, `hasOwnProperty`…: what every object already has. */
const RESERVED_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export const rating = z.number().int().min(1).max(5);
export const sentiment = z.number().int().min(-2).max(2);
export const position = z.number().finite();
