import type { WorkshopDoc } from '../../shared/model/types';

export type ImageFormat = 'png' | 'svg' | 'pdf' | 'csv';
export type PageSize = 'a4' | 'a3' | 'a2' | 'a1' | 'letter' | 'fit';

export interface ExportOptions {
  format: ImageFormat;
  blueprintId: string;
  scale?: number;
  page?: PageSize;
}

/** Thrown for an export that cannot be made as asked; the message is for the user. */
export class ExportError extends Error {}

// Placeholder until the export pipeline lands (issue "Exports designers can print").
export async function renderExport(_doc: WorkshopDoc, options: ExportOptions): Promise<Uint8Array> {
  throw new ExportError(`${options.format} export is not yet available`);
}
