// The app's own words, localized with @lit/localize, configured before any widget is imported.
import { configureLocalization, msg } from '@lit/localize';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { 'town-hall-welcome': 'Willkommen im Rathaus' } }),
});

export const welcome = () => msg('Welcome to the town hall', { id: 'town-hall-welcome' });
