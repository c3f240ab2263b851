// One round of views to a room's clients: each recipient's view built once, sent only where it changed.
import type { Who } from '../../shared/session/rules';
import type { SessionState } from '../../shared/session/state';
import { consoleView, screenView, tabletView, type View, type ViewContext } from '../../shared/session/views';
import type { RoomClient } from './room-client';

export interface Attached {
  client: RoomClient;
  /** The JSON of the last view sent to it (undefined: send the next one whatever it is). */
  lastSent: string | undefined;
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
    const view = viewFor(attached.client.who);
    let json: string | undefined;
    if (screenOnly && isScreen) {
      // Only a new moment can have caused this round, so the screen's view did change: skip the
      // comparison; the next full round compares against nothing and resends.
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
