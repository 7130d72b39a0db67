/**
 * The embed's entry: the module that becomes `dist/civic-widgets.js`, the one script tag a page needs.
 * It holds no widget: it finds the widgets the page shows (now and later) and loads each one's code
 * from the files beside it (`dist/chunks/`, by URLs relative to this module), starts their feed's
 * request at once, and keeps their space on the page while they load. A page pays for what it shows.
 * (src/index.ts is the npm package's entry, which defines every widget on import.)
 */
// First, before any widget's code brings Lit: a second copy on the page must not throw (src/base/lit-policy-guard.ts).
import { endLitPolicyGuard } from './base/lit-policy-guard.js';
import { WidgetLoader, type WidgetRoot } from './embed/widget-loader.js';
import { reserveSpaceBeforeCode } from './base/reserved-space.js';
import { withDeps } from './embed/chunk-deps.js';
import { warmIntl } from './embed/intl-warmup.js';

export { pickLocalizedText } from './i18n/localized-text.js';
export { chooseLocale, LOCALE_CHANGE_EVENT } from './i18n/shared-locale.js';
export type * from './feed/types.js';

const loader = new WidgetLoader(
  {
    'civic-service-finder': () =>
      withDeps('components/service-finder/service-finder', () => import('./components/service-finder/service-finder.js')),
    'civic-language-picker': () =>
      withDeps('components/language-picker/language-picker', () => import('./components/language-picker/language-picker.js')),
    'civic-event-list': () => withDeps('components/event-list/event-list', () => import('./components/event-list/event-list.js')),
    'civic-partner-call': () => withDeps('components/partner-call/partner-call', () => import('./components/partner-call/partner-call.js')),
  },
  endLitPolicyGuard,
);

/**
 * Loads the code of every widget in `root` and of those added to it later. The page itself is
 * watched from the start; a framework that renders widgets inside its own components' shadow roots
 * passes each such root. Resolves when the widgets found now are defined (or could not be loaded).
 */
export function loadWidgets(root: WidgetRoot = document): Promise<void> {
  return loader.watch(root);
}

if (typeof document !== 'undefined') {
  reserveSpaceBeforeCode(document);
  void loadWidgets(document);
  warmIntl(document.documentElement.lang || undefined);
}
