// CSV for Excel and SPSS: UTF-8 with a BOM, CRLF line ends, quoted where needed, formula-looking cells neutralised.
export type Cell = string | number | boolean | null | undefined;

export interface Column<Row> {
  /** ASCII only (SPSS variable names): letters, digits and underscores, starting with a letter. */
  name: string;
  value: (row: Row) => Cell;
}

const BOM = '\uFEFF';
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * A cell as text. Text starting with = + - @ (or a tab / carriage return) would run as a formula in a
 * spreadsheet: it gets a leading apostrophe. Numbers stay numbers (a negative change is data, not a formula).
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  for (const c of columns) if (!NAME.test(c.name)) throw new Error(`column name "${c.name}" is not a plain ASCII variable name`);
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cellText(c.value(row))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
