/**
 * The little linear algebra calibration needs: solving A x = b and inverting A for a small square
 * matrix (one row and column per fitted parameter, so 1×1 or 2×2), by Gaussian elimination with
 * partial pivoting. Returns null for a singular matrix instead of dividing by zero.
 */

/** Solve A X = B for a square A (n×n) and B (n×m); null when A is singular. */
function solveMany(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
): number[][] | null {
  const n = a.length;
  const m = (b[0] ?? []).length;
  const rows = a.map((row, i) => [...row, ...(b[i] ?? [])]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (
        Math.abs((rows[r] as number[])[col] as number) >
        Math.abs((rows[pivot] as number[])[col] as number)
      )
        pivot = r;
    }
    const scale = Math.max(...rows.map((row) => Math.abs(row[col] as number)), Number.MIN_VALUE);
    if (Math.abs((rows[pivot] as number[])[col] as number) <= 1e-14 * scale) return null;
    [rows[col], rows[pivot]] = [rows[pivot] as number[], rows[col] as number[]];
    const top = rows[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = rows[r] as number[];
      const factor = (row[col] as number) / (top[col] as number);
      for (let c = col; c < n + m; c++) row[c] = (row[c] as number) - factor * (top[c] as number);
    }
  }
  return rows.map((row, i) => row.slice(n).map((v) => v / (row[i] as number)));
}

/** x with A x = b; null when A is singular. */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  return (
    solveMany(
      a,
      b.map((v) => [v]),
    )?.map((row) => row[0] as number) ?? null
  );
}

/** A⁻¹; null when A is singular. */
export function invert(a: readonly (readonly number[])[]): number[][] | null {
  return solveMany(
    a,
    a.map((_, i) => a.map((__, k) => (i === k ? 1 : 0))),
  );
}
