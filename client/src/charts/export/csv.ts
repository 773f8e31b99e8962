/** The exact numbers a chart draws, as a table: the source of its CSV download and its accessible table view. */

export interface Column {
  key: string;
  label: string;
  /** How the table view shows the value; the CSV always carries the raw number. */
  format?: (value: number | string | null) => string;
}

export type Row = Record<string, number | string | null>;

export interface DataTable {
  columns: Column[];
  rows: Row[];
}

function cell(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header of column keys (stable names for scripts, unlike the labels). */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => cell(c.key)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
