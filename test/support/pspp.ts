// Runs exported SPSS syntax in GNU PSPP (as CI does) and reads back its dictionary and the data it read.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, csvRows, type CsvRow } from './csv';

/** PSPP's version line, or null when `pspp` is not installed here (CI installs Debian's `pspp`). */
export function psppVersion(): string | null {
  const r = spawnSync('pspp', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.split('\n')[0] ?? 'pspp') : null;
}

export interface PsppRun {
  exitCode: number;
  /** Everything PSPP printed (its csv output and stderr); errors and warnings appear here. */
  output: string;
  /** DISPLAY DICTIONARY: name → variable label (empty string when none). */
  labels: Map<string, string>;
  /** DISPLAY DICTIONARY: "name value" → value label. */
  valueLabels: Map<string, string>;
  /** The cases PSPP read, written back with SAVE TRANSLATE. */
  cases: CsvRow[];
}

/** The tables of PSPP's `-O format=csv` output, by title ("Variables", "Value Labels"). */
function tables(output: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const block of output.split(/\r?\n\r?\n/)) {
    const m = block.match(/^Table: (.+)\r?\n([\s\S]*)$/);
    if (m) out.set(m[1]!, csvRecords(m[2]!.replace(/\r?\n/g, '\r\n') + '\r\n'));
  }
  return out;
}

/**
 * Runs `syntaxFile` (in `dir`, beside its CSV) through a wrapper that inserts it, displays the dictionary and
 * saves what was read, so the test sees labels and every case as PSPP understood them.
 */
export async function runPspp(dir: string, syntaxFile: string): Promise<PsppRun> {
  const wrapper = `check-${syntaxFile}`;
  writeFileSync(
    join(dir, wrapper),
    [`INSERT FILE='${syntaxFile}'.`, 'DISPLAY DICTIONARY.', `SAVE TRANSLATE /OUTFILE='read-back.csv' /TYPE=CSV /FIELDNAMES /REPLACE.`, ''].join('\r\n'),
  );
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile('pspp', ['-O', 'format=csv', '-o', '-', wrapper], { cwd: dir, encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    ),
  );
  const t = tables(stdout);
  const labels = new Map((t.get('Variables') ?? []).slice(1).map((r) => [r[0]!, r[2] ?? '']));
  const valueLabels = new Map<string, string>();
  // PSPP heads each group of value labels with the variable's label (its name when it has none).
  const nameOf = new Map([...labels].map(([name, label]) => [label || name, name]));
  let variable = '';
  for (const r of (t.get('Value Labels') ?? []).slice(1)) {
    variable = r[0] ? (nameOf.get(r[0]) ?? r[0]) : variable;
    valueLabels.set(`${variable} ${r[1]}`, r[2] ?? '');
  }
  const cases = code === 0 ? csvRows(readFileSync(join(dir, 'read-back.csv'), 'utf8').replace(/\r?\n/g, '\r\n')) : [];
  return { exitCode: code, output: `${stdout}\n${stderr}`, labels, valueLabels, cases };
}
