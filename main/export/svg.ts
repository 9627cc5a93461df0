import { renderSheet, toSvg } from '../../shared/render';
import type { WorkshopDoc } from '../../shared/model/types';

export function exportSvg(doc: WorkshopDoc, blueprintId: string): Uint8Array {
  return Buffer.from(toSvg(renderSheet(doc, blueprintId)), 'utf8');
}
