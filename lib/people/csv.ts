// CSV files the CM opens in a spreadsheet. Cells hold page text (names, notes), so a cell that a
// spreadsheet would run as a formula is neutralised.

/** Excel reads UTF-8 only with a byte-order mark; without it accents turn into mojibake. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/u;

export function csvCell(value: string | number): string {
  let text = String(value);
  // A leading apostrophe makes the spreadsheet show the text instead of evaluating it.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/u.test(text) || text !== text.trim() ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Rows to a CSV document: BOM, comma separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
