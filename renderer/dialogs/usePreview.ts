import { useEffect, useState } from 'react';
import { api } from '../api';
import { bytesFromBase64 } from './exportOptions';

export type Preview = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

/** The blueprint rendered by the export pipeline as SVG, shown as an image from a blob URL. */
export function usePreview(session: string | null, blueprintId: string, dots = ''): Preview {
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  useEffect(() => {
    if (!session || !blueprintId) return;
    let live = true;
    let url: string | null = null;
    setPreview({ state: 'loading' });
    void api['export.render']({ session, format: 'svg', blueprintId, ...(dots ? { dots } : {}) }).then((result) => {
      if (!live) return;
      if (!result.ok) return setPreview({ state: 'failed', message: result.error.message });
      url = URL.createObjectURL(new Blob([bytesFromBase64(result.value.base64)], { type: 'image/svg+xml' }));
      setPreview({ state: 'ready', url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [session, blueprintId, dots]);
  return preview;
}
