/**
 * Measures a duration with the monotonic clock. The only way a test may look
 * at time passing: tests never read the wall clock (lint rule in
 * eslint.config.mjs), and a duration needs no date.
 */
export function stopwatch(): { seconds(): number; ms(): number } {
  const started = performance.now();
  return {
    ms: () => performance.now() - started,
    seconds: () => (performance.now() - started) / 1000,
  };
}
