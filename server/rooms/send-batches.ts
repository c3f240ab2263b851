// One round of batches to a room's clients: each recipient kind's events and each view serialised once, and the
// same message reused for every socket that gets it.
import type { SessionEvent } from '../../shared/session/events';
import { eventsFor, isPrivate, recipientOf, type Recipient } from '../../shared/protocol/recipient-events';
import type { Who } from '../../shared/session/rules';
import { seatOfDevice, type SessionState } from '../../shared/session/state';
import { consoleView, screenView, tabletView, type View, type ViewContext } from '../../shared/session/views';
import type { RoomClient } from './room-client';
import { PreEncoded } from '../realtime/json-parser';
import type { MetricsWire } from '../../shared/protocol/metrics-wire';

export interface Attached {
  client: RoomClient;
  /** The JSON of the last view sent to it (undefined: its next batch carries the view whatever it is). */
  lastView: string | undefined;
  /** The log version its last batch reached (that batch's toSeq). */
  sentSeq: number;
  /** False while its catch-up is read from the log: live rounds pass it by, the catch-up covers them. */
  ready: boolean;
}

/** What views show besides the state: the join code and URL, the screens connected, the time. */
export function viewContextOf(clients: Iterable<Attached>, code: string, joinUrl: string, now: number): ViewContext {
  let screensConnected = 0;
  for (const a of clients) if (a.client.who.kind === 'screen') screensConnected++;
  return { code, joinUrl, screensConnected, now };
}

export interface BatchRound {
  /** Committed events not sent yet (a client that got some of them already is sent only the rest), oldest first. */
  events: readonly SessionEvent[];
  /** The committed state after them: the batches' views show it, its version is their toSeq. */
  state: SessionState;
  ctx: ViewContext;
  /** False when only the screen's moments changed: views are not rebuilt (a client without one still gets it). */
  viewsChanged: boolean;
  /** A connection's first batch: its events are history (see BatchMessage.catchup). */
  catchup?: { truncated: boolean };
  /** Staff only: the live numbers as of this round (whole, or what changed), when there is anything new. */
  metrics?: MetricsWire | undefined;
}

/** Sends each client what `round` holds for it: nothing at all when it may see no event and its view is unchanged. */
export function sendBatches(clients: Iterable<Attached>, round: BatchRound): void {
  const { state, ctx } = round;
  const toSeq = state.version;
  const childOf = (deviceHash: string) => seatOfDevice(state, deviceHash)?.childId ?? null;
  // Children whose private events (their check-in answers) are in this round: only their own tablets see those whole.
  const privateFor = new Set<string>();
  for (const e of round.events) if (isPrivate(e)) privateFor.add(String((e.payload as { childId?: unknown }).childId));

  const views = new Map<string, { json: string } | null>();
  const viewOf = (who: Who): { key: string; json: string } => {
    const key = who.kind === 'tablet' ? `t:${who.deviceHash}` : who.kind;
    let made = views.get(key);
    if (!made) {
      const view: View =
        who.kind === 'screen' ? screenView(state, ctx) : who.kind === 'staff' ? consoleView(state, ctx) : tabletView(state, who.deviceHash, ctx.code);
      views.set(key, (made = { json: JSON.stringify(view) }));
    }
    return { key, json: made.json };
  };
  const eventsJson = new Map<string, string>();
  const eventsOf = (to: Recipient, sentSeq: number): { key: string; json: string } => {
    const own = to.kind === 'tablet' && to.childId !== null && privateFor.has(to.childId) ? `:${to.childId}` : '';
    const key = `${to.kind}${own}|${sentSeq}`;
    let json = eventsJson.get(key);
    if (json === undefined) {
      const fresh = round.events.filter((e) => e.seq > sentSeq);
      eventsJson.set(key, (json = JSON.stringify(eventsFor(fresh, to))));
    }
    return { key, json };
  };
  const messages = new Map<string, PreEncoded>();
  const extra = round.catchup ? `,"catchup":true${round.catchup.truncated ? ',"truncated":true' : ''}` : '';
  const metricsPart = round.metrics ? `,"metrics":${JSON.stringify(round.metrics)}` : '';

  for (const attached of clients) {
    if (!attached.ready) continue;
    const who = attached.client.who;
    const events = eventsOf(recipientOf(who, childOf), attached.sentSeq);
    let view: { key: string; json: string } | null = null;
    if (round.viewsChanged || attached.lastView === undefined) {
      view = viewOf(who);
      if (view.json === attached.lastView) view = null;
    }
    const withMetrics = who.kind === 'staff' && metricsPart !== '';
    if (!view && events.json === '[]' && !round.catchup && !withMetrics) continue;
    // Every socket whose batch would read the same gets the same encoded message (one string, written as is).
    const key = `${attached.sentSeq}|${events.key}|${view?.key ?? '-'}|${withMetrics}`;
    let message = messages.get(key);
    if (!message) {
      const viewPart = view ? `,"view":${view.json}` : '';
      const staffPart = withMetrics ? metricsPart : '';
      message = new PreEncoded(
        `{"fromSeq":${attached.sentSeq},"toSeq":${toSeq},"events":${events.json}${viewPart}${extra}${staffPart},"serverNow":${ctx.now}}`,
      );
      messages.set(key, message);
    }
    if (view) attached.lastView = view.json;
    attached.sentSeq = toSeq;
    attached.client.sendBatch(message);
  }
}
