// A plain example value for a valibot schema (first option of a pick list, 'k1' for strings): an event's payload
// for tests that must cover every declared event type, including those of an activity added later.
import type * as v from 'valibot';

type Node = v.GenericSchema & {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  options?: readonly unknown[];
  literal?: unknown;
};

export function sampleOf(schema: v.GenericSchema): unknown {
  const s = schema as Node;
  switch (s.type) {
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return Object.fromEntries(Object.entries(s.entries ?? {}).map(([k, e]) => [k, sampleOf(e)]));
    case 'string':
      // The first child of the test's roster, so a sentence names someone.
      return 'k1';
    case 'number':
      return 1000;
    case 'boolean':
      return false;
    case 'picklist':
      return s.options?.[0];
    case 'literal':
      return s.literal;
    case 'nullable':
    case 'optional':
    case 'nullish':
      return sampleOf(s.wrapped!);
    case 'array':
      return [];
    case 'record':
      return {};
    case 'union':
    case 'variant':
      return sampleOf(s.options![0] as Node);
    default:
      throw new Error(`no sample for a ${s.type} schema`);
  }
}
