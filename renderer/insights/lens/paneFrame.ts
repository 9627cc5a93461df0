import type { BlueprintLayout } from '../../../shared/layout';
import type { Frame } from './follow';

const MARGIN = 32;

/**
 * Where cards can be seen on the canvas now, in pane pixels: inside the sticky lane and step
 * headers and below the find bar, with a margin. Null while the canvas is not mounted.
 */
export function paneFrame(layout: BlueprintLayout, zoom: number): Frame | null {
  const pane = document.querySelector('.fs-canvas .react-flow');
  if (!pane) return null;
  const rect = pane.getBoundingClientRect();
  const bar = document.querySelector('.fs-find')?.getBoundingClientRect();
  const headers = (layout.stageHeaderHeight + layout.stepHeaderHeight) * zoom;
  const top = Math.max(headers, bar ? bar.bottom - rect.top : 0);
  return { left: layout.laneHeaderWidth * zoom + MARGIN, top: top + MARGIN, right: rect.width - MARGIN, bottom: rect.height - MARGIN };
}
