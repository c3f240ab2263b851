// Check-in views: a child sees only their own item; the screen only how many are done; the console who, not what.
import type { Instrument, LocalText, ResponseOption } from '../../instruments/schema';
import type { ActivityContext } from '../activity';
import type { CheckinStatus } from './events';
import type { CheckinState } from './state';

/** The shared screen: a growing picture of how many have finished. Never who, never what. */
export interface CheckinScreen {
  activity: 'checkin';
  title: LocalText;
  done: number;
  of: number;
}

export interface CheckinItemView {
  id: string;
  index: number;
  count: number;
  text: LocalText;
  speak: LocalText | null;
}

/** One child's tablet: their own step only. */
export interface CheckinTablet {
  activity: 'checkin';
  phase: 'assent' | 'item' | 'thanks' | 'declined';
  instrumentId: string;
  title: LocalText;
  intro: LocalText;
  readAloud: 'tap' | 'auto';
  options: ResponseOption[];
  item: CheckinItemView | null;
  /** The child's current answer to this item when they came back to it (undefined: not answered yet). */
  chosen: string | null | undefined;
  canGoBack: boolean;
}

export type CheckinChildStatus = 'not-started' | 'answering' | CheckinStatus;

/** The facilitator: who has finished, declined or is still answering — not the answers. */
export interface CheckinConsole {
  activity: 'checkin';
  instrument: { id: string; version: string; title: LocalText; kind: Instrument['kind']; items: number; validation: Instrument['validation'] };
  readAloud: 'tap' | 'auto';
  children: { childId: string; status: CheckinChildStatus; answered: number; present: boolean }[];
  done: number;
  present: number;
}

export function checkinScreen(state: CheckinState, ctx: ActivityContext): CheckinScreen {
  const done = Object.values(state.children).filter((c) => c.status !== 'answering' && c.status !== 'no-answer').length;
  return { activity: 'checkin', title: state.instrument.title, done, of: Math.max(done, new Set([...ctx.present, ...Object.keys(state.children)]).size) };
}

export function checkinTablet(state: CheckinState, childId: string): CheckinTablet {
  const ins = state.instrument;
  const c = state.children[childId];
  const base = {
    activity: 'checkin' as const,
    instrumentId: ins.id,
    title: ins.title,
    intro: ins.intro,
    readAloud: state.settings.readAloud,
    options: ins.options,
  };
  if (!c) return { ...base, phase: 'assent', item: null, chosen: undefined, canGoBack: false };
  if (c.status === 'declined' || c.status === 'no-answer') return { ...base, phase: 'declined', item: null, chosen: undefined, canGoBack: false };
  if (c.status !== 'answering') return { ...base, phase: 'thanks', item: null, chosen: undefined, canGoBack: false };
  const item = ins.items[c.index]!;
  return {
    ...base,
    phase: 'item',
    item: { id: item.id, index: c.index, count: ins.items.length, text: item.text, speak: item.speak ?? null },
    chosen: item.id in c.answers ? c.answers[item.id] : undefined,
    canGoBack: c.index > 0,
  };
}

export function checkinConsole(state: CheckinState, ctx: ActivityContext): CheckinConsole {
  const ins = state.instrument;
  const ids = new Set([...ctx.present, ...Object.keys(state.children)]);
  const children = ctx.roster
    .filter((r) => ids.has(r.childId))
    .map((r) => {
      const c = state.children[r.childId];
      return {
        childId: r.childId,
        status: (c?.status ?? 'not-started') as CheckinChildStatus,
        answered: c ? Object.keys(c.answers).length : 0,
        present: ctx.present.includes(r.childId),
      };
    });
  return {
    activity: 'checkin',
    instrument: { id: ins.id, version: ins.version, title: ins.title, kind: ins.kind, items: ins.items.length, validation: ins.validation },
    readAloud: state.settings.readAloud,
    children,
    done: children.filter((c) => c.status === 'finished' || c.status === 'declined').length,
    present: ctx.present.length,
  };
}
