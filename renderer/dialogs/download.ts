import type { ExportResult } from '../../shared/api/contract';
import { bytesFromBase64 } from './exportOptions';

/** Hands an export to the browser's (or Electron's) download handling under its own file name. */
export function downloadExport(result: ExportResult): void {
  const url = URL.createObjectURL(new Blob([bytesFromBase64(result.base64)], { type: result.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
