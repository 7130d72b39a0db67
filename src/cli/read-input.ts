/**
 * Reading what a person points the CLI at: a file or an http(s) URL, with a size limit (an endless
 * response or a wrong file must not fill the memory), decoded as text with a clear sentence for
 * what is not text (a spreadsheet, a PDF, a file in another encoding than UTF-8).
 */
import { readFile, stat } from 'node:fs/promises';

/** Cannot be read at all: the command exits 2 with this one line, writing nothing. */
export class InputError extends Error {}

export const DEFAULT_MAX_BYTES = 100_000_000;
const TIMEOUT_MS = 30_000;

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** `--max-size 200MB` → bytes; KB, MB and GB are powers of 1000. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?\s*$/i.exec(text);
  if (!m) throw new InputError(`--max-size "${text}" is not a size: write for example --max-size 200MB`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  return Math.round(Number(m[1]) * ({ b: 1, k: 1e3, m: 1e6, g: 1e9 } as Record<string, number>)[unit]!);
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1e5) / 10} MB`;

function tooLarge(source: string, maxBytes: number): InputError {
  return new InputError(
    `${source} is larger than ${megabytes(maxBytes)}, the limit: if it really is that big, raise it with --max-size ${megabytes(maxBytes * 4).replace(' ', '')}`,
  );
}

/** The bytes of a file or URL, at most `maxBytes`. */
async function readBytes(source: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (isUrl(source)) return fetchBytes(source, maxBytes);
  let size: number;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new InputError(`${source} is a folder, not a file`);
    size = info.size;
  } catch (error) {
    throw error instanceof InputError ? error : fileError(source, error);
  }
  if (size > maxBytes) throw tooLarge(source, maxBytes);
  try {
    return await readFile(source);
  } catch (error) {
    throw fileError(source, error);
  }
}

function fileError(source: string, error: unknown): InputError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new InputError(`${source}: no such file (check the name and the folder you are in)`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${source}: not allowed to read this file`);
  if (code === 'EISDIR') return new InputError(`${source} is a folder, not a file`);
  return new InputError(`${source}: cannot read (${(error as Error).message ?? String(error)})`);
}

async function fetchBytes(url: string, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    throw new InputError(`${url}: cannot fetch (${reason})`);
  }
  if (!response.ok) throw new InputError(`${url}: cannot fetch (HTTP ${response.status} ${response.statusText})`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    await response.body?.cancel().catch(() => undefined);
    if (error instanceof InputError) throw error;
    throw new InputError(`${url}: the download broke off (${(error as Error).message})`);
  }
  return Buffer.concat(chunks);
}

/** Magic numbers of files people pick by mistake, with what to do instead. */
const NOT_TEXT: [bytes: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip file (an .xlsx, .ods or .docx is one): save the sheet as "CSV UTF-8" first'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Word file: save the sheet as "CSV UTF-8" first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF: the data has to come as text (CSV, iCalendar or JSON)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x1f, 0x8b], 'a gzip-compressed file: unpack it first'],
];

/**
 * The text of `bytes`: UTF-8 (a byte-order mark is dropped) or UTF-16 with its mark (Excel's
 * "Unicode text"). Anything else is refused with what it looks like and how to save it as UTF-8.
 */
function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new InputError(`${source} is empty`);
  for (const [magic, what] of NOT_TEXT)
    if (magic.every((b, i) => bytes[i] === b)) throw new InputError(`${source} is not a text file: it is ${what}`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.subarray(0, 65_536).indexOf(0);
  if (nul !== -1) throw new InputError(`${source} is not a text file (binary data at byte ${nul + 1})`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    throw new InputError(
      `${source}:${line}: not UTF-8 text (byte 0x${bytes[at]?.toString(16).toUpperCase()}): save it as UTF-8 (Excel: "CSV UTF-8"; LibreOffice: character set "Unicode (UTF-8)")`,
    );
  }
}

/** Where UTF-8 decoding fails (lead and continuation bytes only: enough to point at the line). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const more = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return bytes.length;
}

/** A file or URL as text. */
export async function readText(source: string, maxBytes?: number): Promise<string> {
  return decodeText(await readBytes(source, maxBytes), source);
}
