/**
 * The browser's first use of `Intl` loads its locale data (≈ 15 ms on a desktop, ≈ 60 ms on a phone 4× slower), and
 * the first date formatter with a time zone and the first list formatter load more (≈ 5 and ≈ 10 ms). Done here,
 * each in a task of its own while the widgets' code and feed are on their way, they are not part of the first
 * widget's render, a task the visitor would wait on. The objects are thrown away: what is kept is the browser's.
 */
export function warmIntl(locale: string | undefined): void {
  const steps = [
    () => new Intl.NumberFormat(locale).format(1),
    () => new Intl.DateTimeFormat(locale, { timeZone: new Intl.DateTimeFormat().resolvedOptions().timeZone, hour: 'numeric' }).format(0),
    () => new Intl.ListFormat(locale).format(['1', '2']),
  ];
  const next = (): void => {
    try {
      steps.shift()?.();
    } catch {
      // A malformed `lang` on the page: the widgets meet the same and handle it.
    }
    if (steps.length) setTimeout(next);
  };
  setTimeout(next);
}
