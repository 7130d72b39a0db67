/**
 * The two events the widgets fire on `document`, typed for an app that imports the package:
 * `document.addEventListener('civic-locale-change', (e) => e.detail.locale)` type-checks.
 * Types only; every widget's declarations reach this through CivicElement.
 */
import type { FeedWarning } from '../feed/types.js';
import type { LocaleChangeDetail } from '../i18n/shared-locale.js';

/** `detail` of `civic-feed-warning`: one problem with a feed item (the valid rest is shown). */
export type FeedWarningDetail = Pick<FeedWarning, 'src' | 'id' | 'path' | 'message'>;

export type { LocaleChangeDetail };

declare global {
  interface DocumentEventMap {
    /** The page's shared language changed (a visitor chose one, the start language, or another tab). */
    'civic-locale-change': CustomEvent<LocaleChangeDetail>;
    /** A feed item or field was skipped or removed; reported once per problem per load. */
    'civic-feed-warning': CustomEvent<FeedWarningDetail>;
  }
}
