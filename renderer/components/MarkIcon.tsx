import type { JSX } from 'react';
import type { MarkName } from '../../shared/render/markShapes';

// The marks and their names are one definition with the exports' (shared/render/markShapes.ts).
export { sentimentMark, touchpointMark, type MarkName } from '../../shared/render/markShapes';

/** One mark (see styles/marks.css), decorative: whatever shows it names it in words. */
export function MarkIcon({ name, size }: { name: MarkName; size?: number }): JSX.Element {
  return <span className={`fs-icon fs-icon-${name}`} aria-hidden="true" style={size ? { width: size, height: size } : undefined} />;
}
