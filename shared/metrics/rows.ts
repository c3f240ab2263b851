// Counting over the children's participation rows (round summaries in the session record).
import type { ChildParticipation } from './types';

export const sum = (rows: readonly ChildParticipation[], f: (c: ChildParticipation) => number): number => rows.reduce((a, c) => a + f(c), 0);
export const count = (rows: readonly ChildParticipation[], f: (c: ChildParticipation) => boolean): number => rows.filter(f).length;
