export type ImageFormat = 'png' | 'svg' | 'pdf' | 'csv';
export type PageSize = 'a4' | 'a3' | 'a2' | 'a1' | 'letter' | 'fit';

export interface ExportOptions {
  format: ImageFormat;
  blueprintId: string;
  /** PNG only: pixels per point (1 = the size of the `fit` PDF page, 0.75 px per screen px), 0.1 to 8; default 1. */
  scale?: number;
  /** PDF only: landscape paper, tiled when the blueprint would be illegible on one sheet; default 'fit'. */
  page?: PageSize;
}
