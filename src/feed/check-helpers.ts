/**
 * What the generated fast checks (feed-checks.generated.ts, FEED_CHECKS) are made of: small, so that the
 * checks every item goes through carry nothing of the rules interpreter (src/feed/rules.ts), which only
 * an item with a problem needs.
 */

/** A JSON object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For the generated checks (FEED_CHECKS): every item passes `check`. */
export function everyItem(list: readonly unknown[], check: (value: unknown) => boolean): boolean {
  for (let index = 0; index < list.length; index++) if (!check(list[index])) return false;
  return true;
}

/**
 * For the generated checks: every own key and its value pass. `__proto__`, `constructor` and
 * `prototype` are keys like any other (data, checked: none is a language tag), not skipped as
 * valibot skips them, so nothing reaches the widgets unchecked. `for…in`, not `Object.keys`: it
 * allocates nothing.
 */
export function everyEntry(record: object, checkKey: (key: string) => boolean, checkValue: (value: unknown) => boolean): boolean {
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!checkKey(key) || !checkValue((record as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * For the generated checks: `check`, remembering the strings that passed (up to `limit`). For a
 * record's keys, a few language tags (`en`, `ar`…) met in every localized text: testing each
 * with its pattern was ≈ 10 of 38 ms of reading a 10,000-service feed. Only passes are kept and
 * only so many: whatever a feed holds, the memory stays small and a bad value is tested each time.
 */
export function rememberPasses(check: (value: unknown) => boolean, limit = 64): (value: unknown) => boolean {
  const passed = new Set<string>();
  return (value) => {
    if (typeof value === 'string' && passed.has(value)) return true;
    if (!check(value)) return false;
    if (typeof value === 'string' && passed.size < limit) passed.add(value);
    return true;
  };
}

/** At least `count` own keys (as `Object.keys(record).length >= count`, without making the list). */
export function hasEntries(record: object, count: number): boolean {
  if (count <= 0) return true;
  for (const key in record) if (Object.hasOwn(record, key) && --count === 0) return true;
  return false;
}
