/** "Did you mean `health`?": the closest of `known` to `input`, when it is close enough to be a typo. */
export function closest(input: string, known: Iterable<string>): string | undefined {
  const needle = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(needle, fold(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // One edit in four characters (at least one): "helth" → "health", not "xyz" → "law".
  return best !== undefined && bestDistance > 0 && bestDistance <= Math.max(1, Math.floor(needle.length / 4)) ? best : undefined;
}

/** ` (did you mean "health"?)` or ''. */
export function didYouMean(input: string, known: Iterable<string>): string {
  const match = closest(input, known);
  return match === undefined ? '' : `: did you mean "${match}"?`;
}

/** Lower case without accents: "Środa" and "sroda" are one word to a typist. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l');
}

/** Levenshtein distance with adjacent transpositions ("hlaeth"), two rows of memory. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}
