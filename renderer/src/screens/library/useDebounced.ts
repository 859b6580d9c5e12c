/**
 * A value that follows another after it has stopped changing for a while
 * (the search box waits ~150 ms between keystrokes).
 */
import { useEffect, useState } from 'react';

/** Returns `value` once it has been stable for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
