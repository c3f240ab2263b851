// The tablet's live link to its session: connects with the seat token, folds views into the store, sends intents.
import { connectLive, type LiveConnection } from '../common/live-connection';
import { carrySeatToken, seatToken } from '../common/seat-token';
import type { Intent } from '../../shared/protocol/intents';
import type { IntentResult } from '../../shared/protocol/messages';
import type { ReactionKind } from '../../shared/session/reactions';
import type { TabletView } from '../../shared/session/views';
import type { Received } from '../../shared/protocol/batch-fold';
import { showToast, store } from './store';

let conn: LiveConnection | null = null;

export function startLive(code: string): void {
  conn?.close();
  store.setState({ mode: 'live', code, link: 'connecting', finished: false, view: null, pendingClaim: null, confirmLeave: false });
  const mine: LiveConnection = connectLive<TabletView>({
    handshake: { role: 'tablet', code, seatToken: seatToken(code) },
    room: code,
    onBatch: onBatch,
    // The facilitator gave the session a new code: this seated tablet takes its token over to it and uses it
    // from now on (the address too, so a reload comes back by the new code).
    onNewCode: (next) => {
      const before = store.getState().code;
      carrySeatToken(before, next);
      store.setState({ code: next });
      history.replaceState(null, '', `/j/${next}`);
      return { role: 'tablet', code: next, seatToken: seatToken(next) };
    },
    // Not seated when the code changed: the old code lets nobody new in, so back to the keypad for the new number.
    onNotice: (m) => {
      if (m.code !== 'join.code_changed' || conn !== mine) return;
      conn = null;
      mine.close();
      history.replaceState(null, '', '/j');
      store.setState({ mode: 'keypad', digits: '', joinNotice: 'unknown', view: null, finished: false, pendingClaim: null, confirmLeave: false });
    },
    onStatus: (link, errorCode) => {
      if (conn !== mine) return;
      if (link === 'closed' && errorCode === 'protocol.version') return reloadOnce();
      // Closed for good (the session ended, or its code is gone): the calm thank-you screen, never an error.
      // Not reached at all (the server is away, e.g. a reload while it restarts): the calm "reconnecting".
      const shown = link === 'connecting' && errorCode === undefined ? 'reconnecting' : link;
      store.setState({ link: shown, ...(link === 'closed' ? { finished: true } : {}) });
    },
  });
  conn = mine;
}

function onBatch({ view, events, catchup }: Received<TabletView>): void {
  const prev = store.getState().view;
  // Back to choosing (a request declined, a seat given back): invite the child, kindly, to choose again.
  if ((prev?.status === 'waiting' || prev?.status === 'seated') && view.status === 'choosing') showToast('again');
  store.setState({
    view,
    events: catchup ? [] : events,
    pendingClaim: null,
    ...(view.status !== 'seated' ? { confirmLeave: false } : {}),
  });
}

/** A page from before a server update: reload it once to get the new one. */
function reloadOnce(): void {
  const key = 'circletime.tablet.reloaded';
  if (sessionStorage.getItem(key)) {
    store.setState({ link: 'closed', finished: true });
    return;
  }
  sessionStorage.setItem(key, '1');
  location.reload();
}

export async function claimSeat(childId: string): Promise<void> {
  if (!conn) return;
  store.setState({ pendingClaim: childId });
  const r = await conn.send({ type: 'seat.claim', childId });
  if (r.ok) return;
  store.setState({ pendingClaim: null });
  if (r.code === 'seat.taken') showToast('taken');
}

export async function sendWave(): Promise<void> {
  const r = await conn?.send({ type: 'wave' });
  if (r?.ok) showToast('waveSent', 2500);
}

export async function sendReaction(kind: ReactionKind): Promise<void> {
  const r = await conn?.send({ type: 'reaction', kind });
  if (r && !r.ok && (r.code === 'reaction.too_fast' || r.code === 'rate.limited')) showToast('cheer', 2500);
}

export async function leaveSeat(): Promise<void> {
  store.setState({ confirmLeave: false });
  await conn?.send({ type: 'seat.leave' });
}

type IntentBody = Intent extends infer I ? (I extends Intent ? Omit<I, 'id'> : never) : never;

/** Sends an activity's intent (a child's button in a round); the view that follows shows what happened. */
export async function sendIntent(intent: IntentBody): Promise<IntentResult> {
  return conn ? conn.send(intent) : { ok: false, code: 'round.none' };
}
