import { unsafeCSS } from 'lit';
import { RESERVED_BLOCK_SIZE } from './reserved-space.js';

/**
 * Each widget's default room while its feed loads (`--_reserved`, read by the shared styles), from the
 * table in reserved-space.ts that the embed's entry also uses before the widgets' code has loaded. A file
 * of its own: the build does not minify the CSS of a module that uses `unsafeCSS`.
 */
export const reservedStyles = unsafeCSS(RESERVED_BLOCK_SIZE.map(([selector, size]) => `:host(${selector}){--_reserved:${size}}`).join(''));
