/**
 * For benches that measure how long work blocks the event loop: a timer
 * ticks every `periodMs`; `stop()` ends it and returns the longest gap
 * between ticks (ms), i.e. the longest time nothing else could run.
 */
export function watchEventLoop(periodMs = 5): { stop(): number } {
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, periodMs);
  return {
    stop: () => {
      clearInterval(ticker);
      return maxGap;
    },
  };
}
