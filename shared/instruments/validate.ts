// Reads an instrument from untrusted JSON: the schema, then the checks a schema cannot say; errors name the field.
import * as v from 'valibot';
import { InstrumentSchema, type Instrument } from './schema';

/** A refused instrument file: which file, which field, and what is wrong with it. */
export class InstrumentFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'InstrumentFileError';
  }
}

/** Validates parsed JSON as an instrument; throws InstrumentFileError naming the file and the field. */
export function parseInstrument(json: unknown, file: string): Instrument {
  const parsed = v.safeParse(InstrumentSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = v.getDotPath(issue) ?? '(top level)';
    throw new InstrumentFileError(file, field, issue.message);
  }
  const ins = parsed.output;
  const fail = (field: string, problem: string): never => {
    throw new InstrumentFileError(file, field, problem);
  };
  dupes(ins.items.map((i) => i.id)).forEach((id) => fail(`items.${ins.items.findLastIndex((i) => i.id === id)}.id`, `"${id}" is used twice`));
  dupes(ins.options.map((o) => o.id)).forEach((id) => fail(`options.${ins.options.findLastIndex((o) => o.id === id)}.id`, `"${id}" is used twice`));
  ins.options.forEach((o, i) => {
    if (!(o.id in ins.scoring.values)) fail(`scoring.values.${o.id}`, `option ${i} ("${o.id}") has no score`);
  });
  for (const key of Object.keys(ins.scoring.values)) {
    if (!ins.options.some((o) => o.id === key)) fail(`scoring.values.${key}`, `"${key}" is not an option id`);
  }
  if (ins.ageBand.min > ins.ageBand.max) fail('ageBand.min', 'is greater than ageBand.max');
  const { min, max } = totalRange(ins);
  if (ins.scoring.total.min !== min || ins.scoring.total.max !== max) {
    fail('scoring.total', `the items and option scores give ${min}–${max}, not ${ins.scoring.total.min}–${ins.scoring.total.max}`);
  }
  return ins;
}

/** The total's range implied by the items and option scores (reversal keeps the range per item). */
export function totalRange(ins: Pick<Instrument, 'items' | 'scoring'>): { min: number; max: number } {
  const values = Object.values(ins.scoring.values);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return { min: lo * ins.items.length, max: hi * ins.items.length };
}

function dupes(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}
