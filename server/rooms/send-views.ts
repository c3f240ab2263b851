// One round of views to a room's clients: each recipient's view built once, sent only where it changed.
import type { Who } from '../../shared/session/rules';
import type { SessionState } from '../../shared/session/state';
import { consoleView, screenView, tabletView, type View, type ViewContext } from '../../shared/session/views';
import type { RoomClient } from './room-client';

export interface Attached {
  client: RoomClient;
  /** The JSON of the last view sent to it (undefined: send the next one whatever it is). */
  lastSent: string | undefined;
  /** Screens: the newest moment it has (from a view or a moments message); undefined until its first view. */
  momentSeq?: number;
}

/** What views show besides the state: the join code and URL, the screens connected, the time. */
export function viewContextOf(clients: Iterable<Attached>, code: string, joinUrl: string, now: number): ViewContext {
  let screensConnected = 0;
  for (const a of clients) if (a.client.who.kind === 'screen') screensConnected++;
  return { code, joinUrl, screensConnected, now };
}

/**
 * Sends `state`'s views. `screenOnly`: nothing but the screen's floating moments changed since the last round
 * (waves and reactions, most of the traffic), so the other views are not even rebuilt.
 */
export function sendViews(clients: Iterable<Attached>, state: SessionState, ctx: ViewContext, screenOnly: boolean): void {
  const cache = new Map<string, View>();
  const viewFor = (who: Who): View => {
    const key = who.kind === 'tablet' ? `t:${who.deviceHash}` : who.kind;
    let view = cache.get(key);
    if (!view) {
      view = who.kind === 'screen' ? screenView(state, ctx) : who.kind === 'staff' ? consoleView(state, ctx) : tabletView(state, who.deviceHash, ctx.code);
      cache.set(key, view);
    }
    return view;
  };
  const jsonCache = new Map<View, string>();
  const jsonOf = (view: View) => {
    let json = jsonCache.get(view);
    if (json === undefined) jsonCache.set(view, (json = JSON.stringify(view)));
    return json;
  };
  for (const attached of clients) {
    const isScreen = attached.client.who.kind === 'screen';
    if (screenOnly && !isScreen && attached.lastSent !== undefined) continue;
    if (screenOnly && isScreen && attached.momentSeq !== undefined) {
      // Only new moments caused this round: a screen that has a view gets just those (the next full round
      // compares against nothing and resends its whole view).
      const since = attached.momentSeq;
      const moments = state.moments.filter((m) => m.seq > since);
      attached.momentSeq = Math.max(since, ...moments.map((m) => m.seq));
      attached.lastSent = undefined;
      attached.client.sendMoments({ version: state.version, moments, serverNow: ctx.now });
      continue;
    }
    const view = viewFor(attached.client.who);
    if (isScreen) attached.momentSeq = Math.max(0, ...state.moments.map((m) => m.seq));
    let json: string | undefined;
    if (screenOnly && isScreen) {
      // Its first view, in a round where only moments changed: no comparison needed.
      attached.lastSent = undefined;
    } else {
      json = jsonOf(view);
      if (json === attached.lastSent) continue;
      attached.lastSent = json;
    }
    // The JSON made for the comparison is the one sent: each view is serialised once, however many sockets get it.
    attached.client.sendView({ version: state.version, view, serverNow: ctx.now }, json ?? jsonOf(view));
  }
}
