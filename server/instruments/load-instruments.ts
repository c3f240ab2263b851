// Loads the instruments at start: the built-in files, then a worker's own folder; a bad file stops the start.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InstrumentFileError, parseInstrument } from '../../shared/instruments/validate';
import type { Instrument } from '../../shared/instruments/schema';

export const BUILTIN_INSTRUMENTS_DIR = fileURLToPath(new URL('../../shared/instruments/builtin', import.meta.url));

export interface LoadedInstrument {
  instrument: Instrument;
  file: string;
  builtin: boolean;
}

/** Every `*.json` in the folders, validated; throws InstrumentFileError naming the file and the field. */
export function loadInstruments(extraDir: string | undefined): LoadedInstrument[] {
  const loaded: LoadedInstrument[] = [];
  const dirs: [string, boolean][] = [[BUILTIN_INSTRUMENTS_DIR, true]];
  if (extraDir && existsSync(extraDir)) dirs.push([extraDir, false]);
  for (const [dir, builtin] of dirs) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        throw new InstrumentFileError(file, '(file)', `is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      }
      const instrument = parseInstrument(json, file);
      const clash = loaded.find((l) => l.instrument.id === instrument.id);
      if (clash) throw new InstrumentFileError(file, 'id', `"${instrument.id}" is already used by ${clash.file}; give your instrument its own id`);
      loaded.push({ instrument, file, builtin });
    }
  }
  return loaded;
}
