import { randomInt } from 'node:crypto';

/**
 * Join codes: 6 characters of A–Z and 2–9 without the ones people mistake for each other
 * (I and L look like 1, O like 0; 0 and 1 are not used at all): 31⁶ ≈ 887 million codes, typed
 * from a projector or read out loud.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What someone typed, as a code: case and spaces do not matter. Null when it cannot be one. */
export function normalizeCode(text: string): string | null {
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}
