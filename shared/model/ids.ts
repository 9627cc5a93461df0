const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A 14-character random id (about 72 bits), short enough to read in a JSON file. */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(14);
  globalThis.crypto.getRandomValues(bytes);
  let out = prefix;
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}
