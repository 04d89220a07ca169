/** "Did you mean" ranking: optimal string alignment distance, best few within reach. */

export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The closest candidates to a misspelt word, at most `max`, nearest first.
 * Reach grows with the word: a third of its length, at least 2; and nothing more
 * than one edit farther than the best candidate.
 * `prefer` ranks candidates that fit the place ahead of equally distant others.
 */
export function suggest(word: string, candidates: Iterable<string>, max = 3, prefer?: (c: string) => boolean): string[] {
  const limit = Math.max(2, Math.ceil(word.length / 3));
  const lower = word.toLowerCase();
  const scored: Array<{ c: string; d: number; p: number }> = [];
  for (const c of new Set(candidates)) {
    if (c === word) continue;
    const d = editDistance(lower, c.toLowerCase(), limit);
    if (d <= limit) scored.push({ c, d, p: prefer && prefer(c) ? 0 : 1 });
  }
  scored.sort((x, y) => x.d - y.d || x.p - y.p || (x.c < y.c ? -1 : 1));
  const best = scored[0]?.d ?? 0;
  return scored.filter((s) => s.d <= best + 1).slice(0, max).map((s) => s.c);
}
