// Check-in state: per child, where they are, their answers so far, and whether their response is recorded.
import type { Instrument } from '../../instruments/schema';
import type { Language } from '../../session/roster';
import type { CheckinStatus } from './events';
import type { CheckinSettings } from './settings';

export interface ChildCheckin {
  /** 'answering' until a final status is recorded. */
  status: 'answering' | CheckinStatus;
  index: number;
  answers: Record<string, string | null>;
  itemMs: Record<string, number>;
  changes: number;
  startedAt: number;
  /** When the current item appeared (for its timing). */
  shownAt: number;
  language: Language | null;
}

export interface CheckinState {
  settings: CheckinSettings;
  instrument: Instrument;
  children: Record<string, ChildCheckin>;
}

export function initialCheckin(settings: CheckinSettings): CheckinState {
  // prepare() always fills `used` before a round starts; a state without it cannot exist.
  if (!settings.used) throw new Error('check-in round without its instrument');
  return { settings, instrument: settings.used, children: {} };
}

export const isFinal = (c: ChildCheckin | undefined): boolean => c !== undefined && c.status !== 'answering';
