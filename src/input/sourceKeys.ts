/**
 * A source text as inputs write it: registry keys first, then what the source says
 * ("seed-004: Vice-Chairman of the City People's Committee…", "D4, D5: city's 2024 review", "D12").
 * The keys are recognised only when every one of them is in the registry; otherwise the text is
 * all words (`keys` empty).
 *
 * @example
 * leadingSourceKeys('D4, D5: the city review', new Set(['D4', 'D5'])) // => { keys: ['D4', 'D5'], rest: 'the city review' }
 * leadingSourceKeys('city statistics office', new Set(['D4'])) // => { keys: [], rest: 'city statistics office' }
 */
export function leadingSourceKeys(
  text: string,
  known: ReadonlySet<string>,
): { keys: string[]; rest: string } {
  const match = /^\s*([A-Za-z][\w-]*(?:\s*(?:,|and)\s*[A-Za-z][\w-]*)*)\s*(?::\s*|$)/.exec(text);
  const keys = match?.[1]?.split(/\s*(?:,|\band\b)\s*/).filter((key) => key !== '') ?? [];
  if (!match || keys.length === 0 || !keys.every((key) => known.has(key)))
    return { keys: [], rest: text };
  return { keys, rest: text.slice(match[0].length).trim() };
}

/** A pattern for a registry key as a whole word ("D1" in "share (D1)", not in "D10"). */
export function keyPattern(key: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\w-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, flags);
}

/**
 * Whether a text names a registry key as a whole word.
 *
 * @example
 * mentionsKey('GRDP (dossier D10-D12); share (D1)', 'D1') // => true
 * mentionsKey('GRDP (dossier D10-D12)', 'D1') // => false
 */
export function mentionsKey(text: string, key: string): boolean {
  return keyPattern(key).test(text);
}
