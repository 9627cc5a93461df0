import type { PageSize } from './types';
import { ExportError } from './errors';

/** Landscape sheet sizes in PostScript points. */
export const PAPER: Record<Exclude<PageSize, 'fit'>, { width: number; height: number; label: string }> = {
  a4: { width: 841.89, height: 595.28, label: 'A4' },
  a3: { width: 1190.55, height: 841.89, label: 'A3' },
  a2: { width: 1683.78, height: 1190.55, label: 'A2' },
  a1: { width: 2383.94, height: 1683.78, label: 'A1' },
  letter: { width: 792, height: 612, label: 'Letter' },
};

/** 1 px on screen is 0.75 pt (96 px per inch). */
export const SCREEN_SCALE = 0.75;
/** Tiling never shrinks the blueprint below 60% of its size on screen, so text stays legible. */
export const MIN_SCALE = 0.6 * SCREEN_SCALE;
/** A small blueprint grows at most to twice its screen size to fill a large sheet. */
const MAX_SCALE = 2 * SCREEN_SCALE;
/** PDF viewers refuse pages larger than 200 inches. */
const MAX_PAGE_SIDE = 14_400;
export const MARGIN = 28;
export const FOOTER = 14;
/** About a centimetre shared by neighbouring tiles, so they can be trimmed and butted or glued. */
export const OVERLAP = 28;
const MAX_PAGES = 300;

export interface Tile { row: number; col: number; sheetX: number; sheetY: number }

export interface PagePlan {
  pageWidth: number;
  pageHeight: number;
  /** Points per sheet px. */
  scale: number;
  /** Where the content area sits on each page, in pt. */
  contentX: number;
  contentY: number;
  contentWidth: number;
  contentHeight: number;
  rows: number;
  cols: number;
  tiles: Tile[];
}

export function planPages(sheetWidth: number, sheetHeight: number, page: PageSize): PagePlan {
  if (page === 'fit') {
    const scale = Math.min(SCREEN_SCALE, MAX_PAGE_SIDE / sheetWidth, MAX_PAGE_SIDE / sheetHeight);
    const w = sheetWidth * scale;
    const h = sheetHeight * scale;
    return { pageWidth: w, pageHeight: h, scale, contentX: 0, contentY: 0, contentWidth: w, contentHeight: h, rows: 1, cols: 1, tiles: [{ row: 0, col: 0, sheetX: 0, sheetY: 0 }] };
  }
  const paper = PAPER[page];
  const cw = paper.width - 2 * MARGIN;
  const ch = paper.height - 2 * MARGIN - FOOTER;
  const fit = Math.min(cw / sheetWidth, ch / sheetHeight);
  const base = { pageWidth: paper.width, pageHeight: paper.height, contentWidth: cw, contentHeight: ch };
  if (fit >= MIN_SCALE) {
    const scale = Math.min(fit, MAX_SCALE);
    return {
      ...base, scale, rows: 1, cols: 1,
      contentX: MARGIN + (cw - sheetWidth * scale) / 2,
      contentY: MARGIN + (ch - sheetHeight * scale) / 2,
      tiles: [{ row: 0, col: 0, sheetX: 0, sheetY: 0 }],
    };
  }
  const count = (sheet: number, content: number) => Math.max(1, Math.ceil((sheet * MIN_SCALE - OVERLAP) / (content - OVERLAP)));
  const cols = count(sheetWidth, cw);
  const rows = count(sheetHeight, ch);
  if (rows * cols > MAX_PAGES) {
    throw new ExportError(`the blueprint would need ${rows * cols} ${paper.label} pages to stay legible (at most ${MAX_PAGES}); choose a larger page size or --page fit`);
  }
  // Grow the blueprint until it fills that many pages in its tighter direction.
  const scale = Math.min(MAX_SCALE, (cols * (cw - OVERLAP) + OVERLAP) / sheetWidth, (rows * (ch - OVERLAP) + OVERLAP) / sheetHeight);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      tiles.push({ row, col, sheetX: (col * (cw - OVERLAP)) / scale, sheetY: (row * (ch - OVERLAP)) / scale });
    }
  }
  return { ...base, scale, rows, cols, contentX: MARGIN, contentY: MARGIN, tiles };
}
