import { useRef } from 'react';

/**
 * The previous value while `isEqual` holds, else the new one: analyses are recomputed on every
 * edit as new objects, and views keep their old ones when nothing they show has changed, so
 * memoized parts below them render nothing.
 */
export function useStable<T>(value: T, isEqual: (a: T, b: T) => boolean): T {
  const ref = useRef(value);
  if (ref.current !== value && !isEqual(ref.current, value)) ref.current = value;
  return ref.current;
}

export const sameList = <T,>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
