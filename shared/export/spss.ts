// SPSS syntax that reads one of our CSV files with its variable and value labels.
export interface SpssVariable {
  name: string;
  /** A (string of width n) or F (numeric width.decimals), as SPSS GET DATA wants it. */
  format: `A${number}` | `F${number}.${number}`;
  label: string;
  /** Value labels for coded variables (e.g. 1 = "finished"). */
  values?: Readonly<Record<string | number, string>>;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * GET DATA for a UTF-8 CSV with a header row, then VARIABLE LABELS and VALUE LABELS; runs in SPSS and GNU PSPP.
 * No `SET UNICODE`: PSPP refuses it (a syntax error, exit 1), and SPSS has run in Unicode mode by default for
 * years. `/ENCODING='UTF8'` reads the file as UTF-8 in both; the BOM sits on the header line, which
 * `/FIRSTCASE=2` skips.
 */
export function spssSyntax(csvFile: string, variables: readonly SpssVariable[], title: string): string {
  const lines = [
    `* ${title}.`,
    '* Written by Circletime. Put this file next to the CSV file, or edit the path below.',
    '* Runs in SPSS (Unicode mode, the default) and in GNU PSPP.',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${quote(csvFile)}`,
    "  /ENCODING='UTF8'",
    '  /DELCASE=LINE',
    '  /DELIMITERS=","',
    `  /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...variables.map((v) => `    ${v.name} ${v.format}`),
    '  .',
    'VARIABLE LABELS',
    ...variables.map((v, i) => `  ${v.name} ${quote(v.label)}${i === variables.length - 1 ? '.' : ''}`),
  ];
  const coded = variables.filter((v) => v.values && Object.keys(v.values).length > 0);
  if (coded.length > 0) {
    lines.push('VALUE LABELS');
    coded.forEach((v, i) => {
      const pairs = Object.entries(v.values!).map(([k, label]) => `${v.format.startsWith('A') ? quote(k) : k} ${quote(label)}`);
      lines.push(`  /${v.name} ${pairs.join(' ')}${i === coded.length - 1 ? '.' : ''}`);
    });
  }
  lines.push('EXECUTE.');
  return lines.join('\r\n') + '\r\n';
}
