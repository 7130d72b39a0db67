/**
 * What the widgets say about a calendar file, apart from the writer (`ics.ts`, `download.ts`), which they
 * load on first use: these words are in every widget's own words from the start.
 *
 * @module
 */
import { msg } from '../i18n/messages.js';

/** What a widget says, politely, after a download: the file does nothing until it is opened. Made in the widget's words (`inOwnWords`). */
export const downloadedWords = (): string => msg('Calendar file downloaded — open it to add');
