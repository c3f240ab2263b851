// Connects the live page to its session: loads it, keeps the store in step with views, sends intents.
import { api, ApiError } from '../../common/api';
import { isErrorCode } from '../../../shared/protocol/errors';
import { connectLive, type LiveConnection } from '../../common/live-connection';
import type { SessionInfo } from '../../../shared/api/schemas';
import type { Intent } from '../../../shared/protocol/intents';
import type { MetricsMessage } from '../../../shared/protocol/messages';
import type { ConsoleView } from '../../../shared/session/views';
import { feedItemsOf, pushFeed } from './feed';
import { t } from '../../common/i18n';
import type { Received } from '../../../shared/protocol/batch-fold';
import type { LiveStore } from './live-store';

type IntentBody = Intent extends infer I ? (I extends Intent ? Omit<I, 'id'> : never) : never;

export interface LiveController {
  send: (intent: IntentBody) => Promise<boolean>;
  /** Ends the session; the page leaves once the ended view (or the closed link) arrives. */
  end: () => Promise<void>;
  /** Gives the session a new join code; the views (this console's, the screen's, seated tablets') show it. */
  newCode: () => Promise<void>;
  close: () => void;
}

export function startLive(store: LiveStore, sessionId: string, onAuthLost: () => void, onMetrics?: (m: MetricsMessage) => void): LiveController {
  let conn: LiveConnection | null = null;
  let closed = false;
  const onBatch = (r: Received<ConsoleView>) => {
    const items = feedItemsOf(r, t());
    // The message's send time gives the clock offset that round timers and "since" labels are drawn with.
    store.setState((s) => ({ view: r.view, offset: r.serverNow - Date.now(), feed: items.length ? pushFeed(s.feed, items) : s.feed }));
  };

  api<SessionInfo>('GET', `/sessions/${sessionId}`).then(
    (info) => {
      if (closed) return;
      store.setState({ info });
      if (info.status !== 'live' || !info.code) return store.setState({ link: 'closed', closedCode: 'session.ended' });
      conn = connectLive<ConsoleView>({
        handshake: { role: 'console', sessionId },
        room: info.code,
        onBatch,
        // The screen link (`#t=…&c=<code>`) names the room by its code: fetch it again with the new one.
        onNewCode: () => {
          void api<SessionInfo>('GET', `/sessions/${sessionId}`).then(
            (fresh) => !closed && store.setState({ info: fresh }),
            () => undefined,
          );
        },
        onMetrics,
        // Shown like a refused intent, until dismissed: the worker decides whether to change the code.
        onNotice: (m) => {
          if (m.code === 'join.guessing') store.setState({ error: m.code });
        },
        onStatus: (link, code) => {
          if (code === 'auth.required') return onAuthLost();
          store.setState({ link, closedCode: link === 'closed' ? (code ?? store.getState().closedCode) : null });
        },
      });
    },
    (err: unknown) => store.setState({ loadError: err }),
  );

  const send = async (intent: IntentBody): Promise<boolean> => {
    if (!conn) return false;
    const r = await conn.send(intent);
    const s = store.getState();
    // The server closes the link as soon as the session ends, so that acknowledgement may never come.
    const over = s.ending || s.view?.endedAt != null || s.closedCode === 'session.ended';
    store.setState({ error: r.ok || over ? null : r.code });
    return r.ok;
  };

  return {
    send,
    async end() {
      store.setState({ ending: true });
      const ok = await send({ type: 'session.end' });
      if (!ok && store.getState().view?.endedAt == null && store.getState().link !== 'closed') store.setState({ ending: false });
    },
    async newCode() {
      if (store.getState().recoding) return;
      store.setState({ recoding: true });
      try {
        await api<{ code: string }>('POST', `/sessions/${sessionId}/join-code`);
        // Done what the guessing notice offered: it has served its purpose.
        store.setState((s) => ({ recoding: false, error: s.error === 'join.guessing' ? null : s.error }));
      } catch (err) {
        const code = err instanceof ApiError && isErrorCode(err.code) ? err.code : 'server.error';
        store.setState({ recoding: false, error: code });
      }
    },
    close() {
      closed = true;
      conn?.close();
    },
  };
}
