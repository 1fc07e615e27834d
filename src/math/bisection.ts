/**
 * The x in [low, high] where a non-decreasing f(x) reaches `target`, by bisection: the interval is
 * halved until it is narrower than 1e-13 relative (at most 200 halvings). If f stays below the
 * target the answer is `high`; if f starts at or above it, `low`.
 */
export function bisect(
  f: (x: number) => number,
  target: number,
  low: number,
  high: number,
): number {
  let a = low;
  let b = high;
  for (let i = 0; i < 200 && b - a > 1e-13 * Math.max(1, Math.abs(b)); i++) {
    const mid = (a + b) / 2;
    if (f(mid) < target) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}
