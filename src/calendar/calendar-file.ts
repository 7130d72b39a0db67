/**
 * The partner call's calendar file, loaded on first use ("Add the deadline to my calendar"): the .ics
 * writer and the download, a chunk of their own in the embed.
 *
 * @module
 */
export { buildDeadlineIcs } from './ics.js';
export { downloadIcs } from './download.js';
