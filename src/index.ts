/** Every civic widget. This is the module that becomes the one embed file `dist/civic-widgets.js`. */
// First, before Lit loads: a second copy on the page must not throw (src/base/lit-policy-guard.ts).
import { endLitPolicyGuard } from './base/lit-policy-guard.js';
export { CivicServiceFinder } from './components/service-finder/service-finder.js';
export { CivicLanguagePicker } from './components/language-picker/language-picker.js';
export { CivicEventList } from './components/event-list/event-list.js';
export { CivicPartnerCall } from './components/partner-call/partner-call.js';
export { CivicElement } from './base/civic-element.js';
export { pickLocalizedText } from './i18n/localized-text.js';
export { chooseLocale, LOCALE_CHANGE_EVENT } from './i18n/shared-locale.js';
export type * from './feed/types.js';
export type { LocaleChangeDetail, FeedWarningDetail } from './base/document-events.js';
export type { ServiceSearchDetail } from './components/service-finder/service-finder.js';
export type { EventOpenDetail } from './components/event-list/event-list.js';
export type { CallInterestDetail } from './components/partner-call/partner-call.js';

endLitPolicyGuard();
