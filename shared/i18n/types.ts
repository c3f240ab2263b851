// The dictionary types: the English dictionary's shape with every leaf widened to string.
import type { en, enCore } from './en';

/** A dictionary shape with every leaf widened to string: what a translation must match, key for key. */
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** The whole dictionary: the generic sections with every activity's words merged in. */
export type Dict = Widen<typeof en>;
/** The generic sections alone, before the activities' words are merged in (what shared/i18n/<lang>/ holds). */
export type CoreDict = Widen<typeof enCore>;
