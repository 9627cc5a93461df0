import type { ExportFormat, PageSize } from '../../shared/api/contract';

export type { PageSize } from '../../shared/api/contract';
/** JSON is the interchange format of the whole workshop, written by shared/interchange. */
export type ImageFormat = Exclude<ExportFormat, 'json'>;

export interface ExportOptions {
  format: ImageFormat;
  blueprintId: string;
  /** PNG only: pixels per point (1 = the size of the `fit` PDF page, 0.75 px per screen px), 0.1 to 8; default 1. */
  scale?: number;
  /** PDF only: landscape paper, tiled when the blueprint would be illegible on one sheet; default 'fit'. */
  page?: PageSize;
  /**
   * A vote round of the blueprint ('latest', an id, a question or a name): SVG, PDF and PNG draw
   * its result on the cards; CSV's dots columns take it instead of the latest closed round.
   */
  dots?: string;
}
