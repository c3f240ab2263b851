// A record keyed by child id with no prototype, so an id such as "__proto__" (valid by the id schema) is a plain key.
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
