// __NAME_EN__ state: each child's current weather, and who said "not now".
import type { __Camel__Settings } from './settings';
import type { Weather } from './weathers';

export interface __Camel__State {
  settings: __Camel__Settings;
  /** Each child's current pick (a later pick replaces it). */
  picks: Record<string, Weather>;
  /** Children whose last answer was "not now". */
  passed: string[];
}

export function initial__Camel__(settings: __Camel__Settings): __Camel__State {
  return { settings, picks: {}, passed: [] };
}
