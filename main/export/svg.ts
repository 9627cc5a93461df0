import { renderSheet, toSvg, type SheetOptions } from '../../shared/render';
import type { WorkshopDoc } from '../../shared/model/types';

export function exportSvg(doc: WorkshopDoc, blueprintId: string, options: SheetOptions = {}): Uint8Array {
  return Buffer.from(toSvg(renderSheet(doc, blueprintId, options)), 'utf8');
}
