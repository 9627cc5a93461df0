import { useEffect, useState } from 'react';

/**
 * The wall clock, read again every `everyMs` while `running`. What a timer shows is computed from
 * this and the timer's timestamps, so a throttled or sleeping tab is right on its next read.
 */
export function useNow(running: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    // A tab coming back to the front reads the clock at once rather than at the next tick.
    const onVisible = () => setNow(Date.now());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [running, everyMs]);
  return now;
}
