// Values for the room fuzz drawn from the protocol's own valibot schemas: valid ones, and the ways they go wrong.
import * as v from 'valibot';

/** What a generator draws from: the seeded numbers, and the strings this sender can see (its view) or knows. */
export interface Draw {
  random: () => number;
  /** Candidate strings (child ids, piece and item ids from the view, instrument ids, a few unknown ids). */
  pool: readonly string[];
  /** Strings the sender's view shows under a name like this field's (`pieceId`, `item.id` for `itemId`). */
  hinted?: (field: string) => readonly string[];
}

type AnySchema = v.GenericSchema & {
  type: string;
  pipe?: readonly { type: string; requirement?: unknown }[];
  wrapped?: AnySchema;
  options?: readonly unknown[];
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  literal?: unknown;
  key?: AnySchema;
  value?: AnySchema;
};

export const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** A string no schema or rule knows: a well-formed but unknown id, or plain rubbish. */
function strangeString(r: () => number): string {
  return pick(r, ['zz-unknown', 'k99', '', 'x'.repeat(70), '../etc', 'ÄÖ', '0']);
}

function requirement(s: AnySchema, type: string): number | undefined {
  const a = s.pipe?.find((p) => p.type === type);
  return typeof a?.requirement === 'number' ? a.requirement : undefined;
}

/**
 * A value the schema accepts, as far as the pool allows (strings come from the pool when one fits, else a
 * strange one, which the schema may refuse: the room must refuse it too). Optional fields are left out half
 * of the time, so defaults get exercised.
 */
export function valueFor(schema: v.GenericSchema, d: Draw, depth = 0, field = ''): unknown {
  const s = schema as AnySchema;
  const r = d.random;
  switch (s.type) {
    case 'optional':
      return r() < 0.5 ? undefined : valueFor(s.wrapped!, d, depth, field);
    case 'nullable':
      return r() < 0.2 ? null : valueFor(s.wrapped!, d, depth, field);
    case 'boolean':
      return r() < 0.5;
    case 'literal':
      return s.literal;
    case 'picklist':
      return pick(r, s.options!);
    case 'union':
    case 'variant':
      return valueFor(pick(r, s.options as AnySchema[]), d, depth);
    case 'number': {
      const min = requirement(s, 'min_value') ?? 0;
      const max = requirement(s, 'max_value') ?? min + 100;
      return min + Math.floor(r() * (Math.min(max, min + 1000) - min + 1));
    }
    case 'string': {
      // What the view shows under this field's name is what a real client sends back.
      const hinted = (d.hinted?.(field) ?? []).filter((x) => v.is(s, x));
      if (hinted.length > 0 && r() < 0.7) return pick(r, hinted);
      const fitting = d.pool.filter((x) => v.is(s, x));
      return fitting.length > 0 && r() < 0.92 ? pick(r, fitting) : strangeString(r);
    }
    case 'array': {
      if (depth > 3) return [];
      return Array.from({ length: Math.floor(r() * 3) }, () => valueFor(s.item!, d, depth + 1));
    }
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return depth > 4 ? {} : objectFor(s.entries!, d, depth + 1);
    case 'record': {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 3); i > 0; i--) out[String(valueFor(s.key!, d, depth + 1))] = valueFor(s.value!, d, depth + 1);
      return out;
    }
    default:
      // A schema kind this generator does not know: send nothing there (the room must cope either way).
      return undefined;
  }
}

/** An object for the given entries; fields whose value came out undefined are left out. */
export function objectFor(entries: Record<string, v.GenericSchema>, d: Draw, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(entries)) {
    const value = valueFor(schema, d, depth, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Breaks a well-formed intent the way a buggy or hostile client would: the socket layer must refuse it. */
export function malformed(intent: Record<string, unknown>, r: () => number): unknown {
  const copy: Record<string, unknown> = { ...intent };
  const fields = Object.keys(copy).filter((k) => k !== 'id' && k !== 'type');
  switch (Math.floor(r() * 6)) {
    case 0:
      copy.extra = 'x';
      return copy;
    case 1:
      copy.id = pick(r, ['a b', '', 'x'.repeat(65), 42, null]);
      return copy;
    case 2:
      copy.type = pick(r, ['explode', '__proto__', 'seat.claim ', 'SEAT.CLAIM']);
      return copy;
    case 3:
      if (fields.length === 0) return { ...copy, extra: 1 };
      delete copy[pick(r, fields)];
      // A field that was optional may have been dropped legitimately: add a stranger to be sure it is wrong.
      return { ...copy, unexpected: true };
    case 4:
      if (fields.length === 0) return [copy];
      copy[pick(r, fields)] = pick(r, [{ nested: 1 }, [1, 2], 1e9, -1, 'x'.repeat(5000), true]);
      return { ...copy, unexpected: null };
    default:
      return pick(r, [null, 'wave', 7, [], { type: copy.type }]);
  }
}
