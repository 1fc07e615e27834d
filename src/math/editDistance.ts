/**
 * Levenshtein distance between two strings, ignoring case: the fewest insertions, deletions and
 * substitutions of one character that turn `a` into `b`. O(|a| × |b|) time, O(|b|) memory.
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] ?? 0;
      const substitution = previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1);
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution);
      previous = saved;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The known name closest to `name`, if it is close enough to be a typo: at most
 * max(2, ⌊length / 3⌋) edits from it.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}
