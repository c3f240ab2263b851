// A registry from a module of one-line `export { … } from './<id>'` entries: each entry keyed by the id it declares.
type Keyed<T extends { id: string }> = { [K in T['id']]: Extract<T, { id: K }> };

/** Keys a list module's entries by their own `id`, in id order (so a new line lands in a predictable place). */
export function keyedById<T extends { id: string }>(list: Record<string, T>): Keyed<T> {
  const entries = Object.values(list).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(entries.map((e) => [e.id, e])) as Keyed<T>;
}
