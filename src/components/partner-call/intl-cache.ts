/**
 * One Intl formatter per constructor, locale and options. Constructing one costs far more than
 * using it, and a list re-renders every call each minute (200 calls: ~1,000 formatters a render).
 *
 * @module
 */
type IntlClass<T, O> = new (locale: string, options: O) => T;

const cache = new Map<string, unknown>();

export function intl<T, O>(Kind: IntlClass<T, O>, locale: string, options: O): T {
  const key = `${Kind.name}|${locale}|${JSON.stringify(options)}`;
  let made = cache.get(key) as T | undefined;
  if (!made) cache.set(key, (made = new Kind(locale, options)));
  return made;
}
