import { IMAGE_MIMES } from '../../shared/model/schemas';
import { LIMITS } from '../../shared/model/text';
import type { Asset } from '../../shared/model/types';
import { cleanLine } from '../components/text';

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export type ImageCheck = { ok: true; mime: Asset['mime'] } | { ok: false; message: string };

/** Whether a picked file can live inside the workshop file, and why not. */
export function checkImage(file: { name: string; type: string; size: number }): ImageCheck {
  const mime = IMAGE_MIMES.find((m) => m === file.type);
  if (!mime) return { ok: false, message: `"${file.name}" is not a PNG, JPEG, WebP or GIF image.` };
  if (file.size > MAX_IMAGE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `"${file.name}" is ${mb} MB; images up to 8 MB fit in a workshop file.` };
  }
  return { ok: true, mime };
}

export function assetName(fileName: string): string {
  return cleanLine(fileName, LIMITS.name).trim() || 'image';
}

export function dataUrl(asset: Pick<Asset, 'mime' | 'data'>): string {
  return `data:${asset.mime};base64,${asset.data}`;
}

/** Base64 of a file's bytes, in chunks so that large photos do not overflow the call stack. */
export async function readBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
