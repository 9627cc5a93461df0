// fontkit (a dependency of pdfkit) ships no type definitions; glyphs.ts narrows what it uses.
declare module 'fontkit' {
  export function create(buffer: Uint8Array): unknown;
}
