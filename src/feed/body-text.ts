/**
 * A feed's text to and from bytes a piece per task: decoding 6 MB at once (`response.text()`, a Blob's
 * `text()`) or encoding it for storage took tasks of 50–100 ms. Used for the fetched feed and for the
 * saved copy in IndexedDB, which is kept as a Blob (a string of megabytes was copied and wrapped on
 * the page's thread when stored, a task of ≈ 50 ms for 6 MB; a Blob's bytes are handed over as they are).
 *
 * @module
 */
import { nextTask } from '../scheduling/task-slicing.js';

/** Bytes decoded, or characters encoded, in one task: a few milliseconds. */
const PIECE = 512 * 1024;

/**
 * The body as text, as `response.text()` gives it (UTF-8, a byte order mark dropped, bad bytes as
 * U+FFFD), decoded a piece per task: a body already at hand (the HTTP cache, a Blob) comes as one chunk.
 */
export async function bodyText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let decoded = 0; ;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = 0; at < value.length; at += PIECE) {
      const piece = value.subarray(at, at + PIECE);
      parts.push(decoder.decode(piece, { stream: true }));
      decoded += piece.length;
      if (decoded >= PIECE) {
        decoded = 0;
        await nextTask();
      }
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** `text` as a UTF-8 Blob, encoded a piece per task (a piece never ends between the two halves of a character). */
export async function textBlob(text: string): Promise<Blob> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    parts.push(encoder.encode(text.slice(at, end)));
    at = end;
    if (at < text.length) await nextTask();
  }
  return new Blob(parts as BlobPart[], { type: 'application/json' });
}
