export type ImageFormat = 'png' | 'svg' | 'pdf' | 'csv';
export type PageSize = 'a4' | 'a3' | 'a2' | 'a1' | 'letter' | 'fit';

export interface ExportOptions {
  format: ImageFormat;
  blueprintId: string;
  /** PNG only: output pixels per layout px (1 = screen size at 100%), 0.1 to 8. */
  scale?: number;
  /** PDF only: landscape paper, tiled when the blueprint would be illegible on one sheet; default 'fit'. */
  page?: PageSize;
}
