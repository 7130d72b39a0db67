/**
 * A host app's own @lit/localize, as a city's app would set it up for its own words: one catalogue,
 * configured once. Its German "Try again" has the very id our widgets' "Try again" has (ids are
 * hashes of the English text), so any leak between the two shows.
 */
import { configureLocalization, msg } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const hostTemplates: Record<string, Record<string, string>> = {
  de: {
    [generateMsgId('Hello from the host app', false)]: 'Hallo von der Host-App',
    [generateMsgId('Try again', false)]: 'HOST: noch einmal',
  },
};

export const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async (locale: string) => ({ templates: hostTemplates[locale]! }),
});

/** The host app's words, through its own msg(). */
export const hostWords = (): string[] => [msg('Hello from the host app'), msg('Try again')];
