import { useEffect, useState } from 'react';

/**
 * False until the frame after the first one painted with the caller mounted. Parts around the
 * canvas (side panel, legend, overview) wait for it so opening a large workshop paints the cards
 * first instead of laying out everything else in the same task.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setReady(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return ready;
}
