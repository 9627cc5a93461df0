import { useMemo, type JSX } from 'react';
import QRCode from 'qrcode';

/** Modules of quiet zone around the code, as scanners expect. */
const QUIET = 4;

/**
 * A QR code of `text` drawn as one SVG path (qrcode makes the matrix). Always dark on white,
 * whatever the theme: phone cameras read it best that way.
 */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }): JSX.Element {
  const { path, modules } = useMemo(() => {
    const matrix = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    let d = '';
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) if (matrix.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
    return { path: d, modules: matrix.size + 2 * QUIET };
  }, [text]);
  return (
    <svg className="fs-qr" width={size} height={size} viewBox={`0 0 ${modules} ${modules}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
