import type { z } from 'zod';
import type { AppExport, ReportPageSize, pageSizeSchema } from '../../shared/api/contract';

export type ExportFormat = AppExport;
export type PageSize = z.infer<typeof pageSizeSchema>;
export type { ReportPageSize };

export const FORMATS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'Vector with selectable text, for print and walls' },
  { value: 'svg', label: 'SVG', hint: 'Vector, for design tools and the web' },
  { value: 'png', label: 'PNG', hint: 'Image for slides and documents' },
  { value: 'csv', label: 'CSV', hint: 'One row per card with every touchpoint attribute, for spreadsheets' },
  { value: 'json', label: 'JSON', hint: 'The whole workshop in the interchange format' },
  {
    value: 'report', label: 'Workshop report (PDF)',
    hint: 'One PDF to send after the workshop: cover, what to fix first, protect and differentiate, the blueprint, every analysis as a chart, the standards and concepts in full, quotes, parking lot and agenda',
  },
];

export const PAGES: readonly { value: PageSize; label: string }[] = [
  { value: 'fit', label: 'Fit to one page' },
  { value: 'a4', label: 'A4 landscape' },
  { value: 'a3', label: 'A3 landscape' },
  { value: 'a2', label: 'A2 landscape' },
  { value: 'a1', label: 'A1 landscape' },
  { value: 'letter', label: 'Letter landscape' },
];

export const REPORT_PAGES: readonly { value: ReportPageSize; label: string }[] = [
  { value: 'a4', label: 'A4 landscape' },
  { value: 'a3', label: 'A3 landscape' },
  { value: 'letter', label: 'Letter landscape' },
];

export const SCALES = [1, 2, 3, 4] as const;

/** The request the dialog's choices make; options a format ignores are left out. */
export function exportRequest(session: string, choice: { format: ExportFormat; blueprintId: string; scale: number; page: PageSize; reportPage: ReportPageSize; dots?: string }) {
  const { format, blueprintId, scale, page, reportPage, dots } = choice;
  return {
    session,
    format,
    ...(format !== 'json' && blueprintId ? { blueprintId } : {}),
    ...(format === 'png' ? { scale } : {}),
    ...(format === 'pdf' ? { page } : {}),
    ...(format === 'report' ? { page: reportPage } : {}),
    ...(format !== 'json' && format !== 'report' && dots ? { dots } : {}),
  };
}

/** Decodes the base64 an export arrives in. */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
