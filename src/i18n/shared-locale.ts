import { canonicalTag } from './locale-match.js';

/**
 * The page's shared language. Every widget follows it unless its `lang` is pinned.
 *
 * State passes through `document` events and storage rather than module variables alone,
 * so that a second copy of the library on the same page (two CMS plugins that each bundle it)
 * and other tabs follow the same choice. The only module state is a cache of the last event,
 * kept on `globalThis` under a registered symbol so that every copy reads the same cache; a copy
 * that loads late still learns the current language from it.
 */

export const LOCALE_CHANGE_EVENT = 'civic-locale-change';
export const LOCALE_STORAGE_KEY = 'civic-widgets.locale';

export interface LocaleChangeDetail {
  locale: string;
  /** `choice`: a visitor picked it; `start`: the first widget worked out the start language; `other-tab`: chosen in another tab. */
  reason: 'choice' | 'start' | 'other-tab';
}

const stateKey = Symbol.for('civic-widgets.shared-locale.v1');
type GlobalState = { locale?: string };
const state: GlobalState =
  ((globalThis as Record<symbol, unknown>)[stateKey] as GlobalState | undefined) ??
  (((globalThis as Record<symbol, unknown>)[stateKey] = {}) as GlobalState);

/** The page's shared language, once a widget has worked it out or a visitor has chosen one. */
export function getSharedLocale(): string | undefined {
  return state.locale;
}

/** The visitor's saved choice, if storage can be read (it can't in some privacy modes). */
export function savedLocale(): string | undefined {
  try {
    return canonicalTag(localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function announce(detail: LocaleChangeDetail): void {
  state.locale = detail.locale;
  document.dispatchEvent(new CustomEvent<LocaleChangeDetail>(LOCALE_CHANGE_EVENT, { detail }));
}

/**
 * A visitor chose a language: remember it and switch every widget on the page (in every copy of
 * the library) and in other tabs. A tag that is not a valid BCP 47 tag is ignored.
 */
export function chooseLocale(locale: string): void {
  const tag = canonicalTag(locale);
  if (!tag) return;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, tag);
  } catch {
    // Storage full or blocked: the choice still applies to this page.
  }
  announce({ locale: tag, reason: 'choice' });
}

/** Sets the start language once, when no widget has done so yet. Not saved: nobody chose it. */
export function adoptStartLocale(locale: string): void {
  if (state.locale === undefined) announce({ locale, reason: 'start' });
}

/** Calls `listener` whenever the shared language changes, here, in another copy, or in another tab. */
export function onSharedLocaleChange(listener: (locale: string) => void): () => void {
  const onEvent = (event: Event) => {
    const locale = canonicalTag((event as CustomEvent<Partial<LocaleChangeDetail> | null>).detail?.locale);
    if (locale) {
      state.locale = locale;
      listener(locale);
    }
  };
  followOtherTabs();
  document.addEventListener(LOCALE_CHANGE_EVENT, onEvent);
  return () => document.removeEventListener(LOCALE_CHANGE_EVENT, onEvent);
}

let followingOtherTabs = false;

/**
 * One storage listener per copy of the library, turning another tab's choice into a page event.
 * When two copies are on the page, the first to hear it announces and the second sees the
 * cache already up to date, so widgets update once.
 */
function followOtherTabs(): void {
  if (followingOtherTabs) return;
  followingOtherTabs = true;
  window.addEventListener('storage', (event) => {
    if (event.key !== LOCALE_STORAGE_KEY) return;
    const locale = canonicalTag(event.newValue);
    if (locale && locale !== state.locale) announce({ locale, reason: 'other-tab' });
  });
}

const resetListeners = new Set<() => void>();

/** For this copy's UI language: called when tests simulate a reload with resetSharedLocale(). */
export function onSharedLocaleReset(listener: () => void): void {
  resetListeners.add(listener);
}

/**
 * For tests: forget the page's language (not the saved choice), as a reload would; the widgets'
 * own words go back to the language a fresh page would start with.
 */
export function resetSharedLocale(): void {
  delete state.locale;
  resetListeners.forEach((listener) => listener());
}
