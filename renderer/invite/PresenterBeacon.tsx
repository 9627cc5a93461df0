import { useEffect } from 'react';
import { useStore } from '@xyflow/react';
import { reportPresenting } from './presence';

/**
 * While presenting, tells the host which part of the blueprint is on screen, so participants who
 * follow the presenter see the same. Renders nothing; lives inside the canvas's React Flow.
 */
export function PresenterBeacon({ blueprintId }: { blueprintId: string }): null {
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (width > 0 && height > 0 && zoom > 0) reportPresenting({ blueprintId, x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom });
  }, [blueprintId, x, y, zoom, width, height]);
  useEffect(() => () => reportPresenting(null), []);
  return null;
}
