/**
 * A spreadsheet saved as CSV, as Excel, LibreOffice and Google Sheets write it: comma- or
 * semicolon-separated (European Excel uses ";"; a first line `sep=;` says which), UTF-8 with or
 * without BOM, quoted values with line breaks. Parsed by csv-parse (well tested on quoting corner
 * cases; a broken row is skipped and reported, the rest read); this module adds delimiter
 * detection and each row's first line in the file, for `FILE:LINE` messages.
 */
import { parse } from 'csv-parse/sync';
import type { ImportLog } from './import-run.js';
import { InputError } from './read-input.js';

export interface CsvRow {
  /** The row's first line in the file. */
  line: number;
  values: string[];
}

export interface CsvTable {
  file: string;
  /** The header's cells, trimmed, as written. */
  header: string[];
  rows: CsvRow[];
  delimiter: string;
}

/** The delimiter of the header line: the most frequent of `,` `;` tab outside quotes. */
function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

export function readCsv(input: string, file: string, log: ImportLog): CsvTable {
  let text = input.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) throw new InputError(`${file} is an iCalendar file, not CSV: use civic-feed import ics ${file}`);
  if (/^[{[]/.test(start)) throw new InputError(`${file} looks like JSON, not CSV (a feed? check it with civic-feed validate ${file})`);
  if (/^<(?:!doctype|html|\?xml)/i.test(start)) throw new InputError(`${file} is a web page or XML, not CSV`);
  let lineOffset = 0;
  let delimiter: string;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
    lineOffset = 1;
  } else {
    const leadingBlank = /^(?:[ \t]*\r?\n)*/.exec(text)![0];
    delimiter = detectDelimiter(text.slice(leadingBlank.length).split(/\r?\n/, 1)[0] ?? '');
  }

  // Each record's first line: the line after the previous record, plus the blank lines skipped since.
  let lastEnd = 0;
  let lastEmpty = 0;
  const rows: CsvRow[] = [];
  parse(text, {
    delimiter,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record, context) => {
      const { lines, empty_lines: empty } = context as unknown as { lines: number; empty_lines: number };
      rows.push({ line: lastEnd + 1 + (empty - lastEmpty) + lineOffset, values: (record as unknown as { record: string[] }).record });
      [lastEnd, lastEmpty] = [lines, empty];
      return null;
    },
    on_skip: (error: { code?: string; message: string; lines?: number } | undefined) => {
      // The broken row starts after the last good one (blank lines between are rare; good enough to find it).
      const line = lastEnd + 1 + lineOffset;
      if (typeof error?.lines === 'number') lastEnd = error.lines;
      const what =
        error?.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `a quote (") opened in this row is never closed, so the rest of the file could not be read: close it, or remove it`
          : (error?.message ?? 'broken row');
      log.skip({ file, line }, `row cannot be read (${what})`);
    },
  });
  const head = rows.shift();
  if (!head || head.values.every((v) => !v.trim())) throw new InputError(`${file} has no header row: start from a template in templates/`);
  const width = head.values.length;
  const kept = rows.filter((r) => {
    if (!r.values.some((v) => v.trim())) return false;
    // More values than columns: a value holding the delimiter without quotes shifted the rest of the row.
    const last = r.values.findLastIndex((v) => v.trim());
    if (last < width) return true;
    log.skip(
      { file, line: r.line },
      `row has ${last + 1} values but the header has ${width} columns: a value that contains "${delimiter}" must be in double quotes ("a${delimiter} b")`,
    );
    return false;
  });
  return { file, header: head.values.map((v) => v.trim()), rows: kept, delimiter };
}
