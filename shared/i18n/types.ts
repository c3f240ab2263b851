// The dictionary type: the English dictionary's shape with every leaf widened to string.
import type { en } from './en';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Dict = Widen<typeof en>;
