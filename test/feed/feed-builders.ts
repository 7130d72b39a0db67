/** Small feeds for the feed tests: a valid head and items with only what makes them items. */
export const head = { version: 1, defaultLocale: 'de', locales: ['de', 'en', 'ar'], timeZone: 'Europe/Berlin' };
export const categories = [{ id: 'health', name: { de: 'Gesundheit', en: 'Health' } }];
export const service = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: { de: `Dienst ${id}` }, ...extra });
export const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Termin ${id}`,
  start: '2027-04-17T09:00:00+02:00',
  ...extra,
});
export const call = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Aufruf ${id}`,
  deadline: '2027-05-01T23:59:00+02:00',
  ...extra,
});

/** A valid feed with optional fields on every item: what the property tests mutate, one item at a time. */
export const mutationBase = () => ({
  ...head,
  categories,
  services: ['a', 'b', 'c', 'd'].map((id) =>
    service(id, {
      categories: ['health'],
      contacts: { url: `https://example.org/${id}` },
      hours: [{ days: ['mo'], opens: '09:00', closes: '12:00' }],
    }),
  ),
  events: ['a', 'b', 'c'].map((id) => event(id, { end: '2027-04-17T12:00:00+02:00', status: 'scheduled' })),
  calls: ['a', 'b'].map((id) => call(id, { budget: { amount: 1, currency: 'EUR' } })),
});
