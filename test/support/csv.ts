// Reads our CSV exports back (BOM, CRLF, RFC 4180 quoting) into rows of named cells, as a statistics package would.
export type CsvRow = Record<string, string>;

/** Every record of the file as cells, quotes undone; a quoted cell may hold commas, quotes and line breaks. */
export function csvRecords(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(cell), (cell = '');
    else if (ch === '\r' && src[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      (cell = ''), (record = []), i++;
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** Rows keyed by the header's column names. */
export function csvRows(text: string): CsvRow[] {
  const [head, ...rest] = csvRecords(text);
  return rest.map((r) => Object.fromEntries(head!.map((name, i) => [name, r[i] ?? ''])));
}
