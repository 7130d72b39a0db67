/**
 * What the CLI prints: feed text is data, never terminal control. Every line goes through
 * `safeText`, which writes control characters (C0, DEL, C1), bidirectional controls and line
 * separators as visible escapes, so a crafted id or key cannot move the cursor, colour the screen
 * or print a fake "valid." line of its own.
 */

// C0 (incl. \n, \r, \t, ESC), DEL, C1 (incl. the one-byte CSI U+009B), bidi marks and isolates, line/paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** `text` with every terminal control written as a visible escape (`\e[31m`, `\u202e`). */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// JSON.stringify escapes C0 itself; these it leaves raw.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** JSON text (same meaning when parsed) in which no character can act on a terminal. */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Where the CLI writes: stdout for results, stderr for messages. Tests pass their own. */
export interface Io {
  stdout: Writable;
  stderr: Writable;
}

export interface Writable {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Prints `line` (escaped) and a newline. */
export function printLine(stream: Writable, line: string): void {
  stream.write(`${safeText(line)}\n`);
}

/**
 * A progress line on a terminal ("Reading events… 1,200 of 2,000"), shown only when stderr is a
 * terminal and the work has lasted `delayMs`; redrawn at most every `everyMs`, cleared by `done()`.
 * Never on a pipe or in a log file: there it would only be noise.
 */
export class ProgressLine {
  private shown = false;
  private last = 0;
  private readonly started: number;
  private readonly now: () => number;

  constructor(
    private readonly stream: Writable,
    private readonly label: string,
    private readonly options: { delayMs?: number; everyMs?: number; now?: () => number } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  update(done: number, total?: number): void {
    if (!this.stream.isTTY) return;
    const now = this.now();
    if (now - this.started < (this.options.delayMs ?? 400) || now - this.last < (this.options.everyMs ?? 100)) return;
    this.last = now;
    this.shown = true;
    const count = total === undefined ? done.toLocaleString('en') : `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
    const text = safeText(`${this.label}… ${count}`).slice(0, Math.max(20, (this.stream.columns ?? 80) - 1));
    this.stream.write(`\r${text}\u001b[K`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
