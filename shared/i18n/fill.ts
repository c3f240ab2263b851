// fill: a dictionary template with its {placeholders} filled. Its own module, so activities' describers can use
// it without importing the dictionaries (which import the registry, which imports the activities).
/**
 * Replace `{name}` placeholders with values, and `{n|one|other}` with the word for that count (English
 * plurals: "1 session", "2 sessions"; Chinese templates simply do not use it).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, key: string, one: string, other: string) =>
      key in values ? (Number(values[key]) === 1 ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
