// What must hold after every step of the room fuzz: the fold, seats, the one child in focus, privacy, and the views sent.
import { isDeepStrictEqual } from 'node:util';
import type { SessionState } from '../../../shared/session/state';
import { activity } from '../../../shared/activities/registry';
import { consoleView, screenView, tabletView, type TabletView, type View, type ViewContext } from '../../../shared/session/views';
import type { LocalClient } from '../local-transport';
import type { HeldView } from '../../../shared/protocol/batch-fold';
import { NOBODY, type LogFold } from './fold-check';

export class InvariantError extends Error {}

/** Each tablet's view of one state, computed once per step (several checks read them). */
export function tabletViews(state: SessionState, code: string): (deviceHash: string) => TabletView {
  const cache = new Map<string, TabletView>();
  return (deviceHash) => {
    let view = cache.get(deviceHash);
    if (!view) cache.set(deviceHash, (view = tabletView(state, deviceHash, code)));
    return view;
  };
}

/** The JSON of views already sent, each stringified once (a client's last view is compared at many steps). */
const sentJson = new WeakMap<object, string>();
function jsonOfSent(view: HeldView): string {
  let json = sentJson.get(view);
  if (json === undefined) sentJson.set(view, (json = JSON.stringify(wireOf(view))));
  return json;
}

/** The view as the server sent it: a screen holds moments its batches' events brought, which are not state. */
function wireOf(view: HeldView): View {
  if (view.kind !== 'screen') return view;
  const { moments: _folded, ...wire } = view;
  return wire;
}

function fail(what: string, detail?: unknown): never {
  throw new InvariantError(detail === undefined ? what : `${what}: ${JSON.stringify(detail).slice(0, 1500)}`);
}

/** The room's state is exactly the fold of what the store holds. */
export function stateIsFoldOfLog(snapshot: Readonly<SessionState>, fold: LogFold): void {
  if (snapshot.version !== fold.version) fail(`room at version ${snapshot.version}, its log at ${fold.version}`);
  if (!isDeepStrictEqual(snapshot, fold.state)) {
    const keys = Object.keys(fold.state).filter((k) => !isDeepStrictEqual((snapshot as never)[k], (fold.state as never)[k]));
    fail(`room state differs from the fold of its log in ${keys.join(', ')}`);
  }
}

/** One seat per child and per device; a child is either seated or requested, never both, never twice. */
export function seatsUnique(state: SessionState): void {
  const devices = new Set<string>();
  for (const [childId, seat] of Object.entries(state.seats)) {
    if (seat.childId !== childId) fail('seat filed under another child', seat);
    if (!state.roster.some((r) => r.childId === childId)) fail('seat for a child not on the roster', childId);
    if (devices.has(seat.deviceHash)) fail('one device holds two seats', seat.deviceHash);
    devices.add(seat.deviceHash);
  }
  const requested = new Set<string>();
  for (const [deviceHash, req] of Object.entries(state.requests)) {
    if (req.deviceHash !== deviceHash) fail('request filed under another device', req);
    if (state.seats[req.childId]) fail('a seated child is also requested', req);
    if (devices.has(deviceHash)) fail('a seated device also has a request', req);
    if (requested.has(req.childId)) fail('two devices request the same child', req.childId);
    requested.add(req.childId);
  }
}

/** A tablet view that says "it's you" (holding the star, on stage, your turn): the round's one child in focus. */
function claimsFocus(v: TabletView): boolean {
  const view = v.round?.view as { role?: string; myTurn?: boolean } | undefined;
  return view?.role === 'holder' || view?.role === 'presenter' || view?.myTurn === true;
}

/**
 * At most one child is in focus: at most one tablet's view claims it, and that child is the one the activity
 * names (its `focus`); the child in focus, if seated, sees it.
 */
export function oneInFocus(state: SessionState, tablets: (deviceHash: string) => TabletView): void {
  const round = state.round;
  const claimants = Object.values(state.seats)
    .filter((s) => claimsFocus(tablets(s.deviceHash)))
    .map((s) => s.childId);
  if (claimants.length > 1) fail('more than one tablet holds the focus (star, stage, turn)', claimants);
  const focus = round ? activity(round.activity).focus(round.data) : null;
  if (claimants.length === 1 && claimants[0] !== focus) fail(`tablet of ${claimants[0]} claims the focus, the round names ${focus}`);
  if (focus !== null && state.seats[focus] && claimants.length === 0) fail(`${focus} is in focus but their tablet does not show it`);
}

/**
 * No child's private answers reach anyone else: each seated child's view, and the screen's, are the same when
 * every other child's private parts are removed from the log.
 */
export function privateStaysPrivate(fold: LogFold, ctx: ViewContext, tablets: (deviceHash: string) => TabletView): void {
  if (!fold.hasPrivate) return;
  const state = fold.state;
  for (const seat of Object.values(state.seats)) {
    const mine = tablets(seat.deviceHash);
    const without = tabletView(fold.hiddenFor(seat.childId), seat.deviceHash, ctx.code);
    if (!isDeepStrictEqual(mine, without)) fail(`${seat.childId}'s tablet view shows another child's private data`, differences(mine, without));
  }
  if (!isDeepStrictEqual(screenView(state, ctx), screenView(fold.hiddenFor(NOBODY), ctx))) fail("the screen view shows a child's private data");
  for (const [deviceHash] of Object.entries(state.requests)) {
    if (!isDeepStrictEqual(tablets(deviceHash), tabletView(fold.hiddenFor(NOBODY), deviceHash, ctx.code))) fail('a waiting tablet sees private data');
  }
}

/** Where two views differ: each differing path with its value in both (for a readable failure). */
function differences(a: unknown, b: unknown, path = '', out: Record<string, [unknown, unknown]> = {}): Record<string, [unknown, unknown]> {
  if (isDeepStrictEqual(a, b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences((a as never)[k], (b as never)[k], `${path}.${k}`, out);
  } else {
    out[path || '.'] = [a, b];
  }
  return out;
}

/** Every attached client last received the view of the log's fold (as of the time the room sent it). */
export function viewsMatchFold(
  state: SessionState,
  clients: readonly LocalClient[],
  base: Omit<ViewContext, 'now'>,
  tablets: (deviceHash: string) => TabletView,
): void {
  const expectedJson = new Map<string, string>();
  for (const c of clients) {
    const m = c.views.at(-1);
    if (!m) fail(`${c.id} is attached but never got a view`);
    const ctx: ViewContext = { ...base, now: m.serverNow };
    const who = c.who;
    const key = who.kind === 'tablet' ? `t:${who.deviceHash}` : `${who.kind}:${m.serverNow}`;
    let json = expectedJson.get(key);
    if (json === undefined) {
      const expected: View = who.kind === 'tablet' ? tablets(who.deviceHash) : who.kind === 'screen' ? screenView(state, ctx) : consoleView(state, ctx);
      expectedJson.set(key, (json = JSON.stringify(expected)));
    }
    // Compared as sent: the room skips a view whose JSON did not change.
    if (jsonOfSent(m.view) !== json) {
      const expected = JSON.parse(json) as Record<string, unknown>;
      const keys = Object.keys(expected).filter((k) => JSON.stringify((wireOf(m.view) as never)[k]) !== JSON.stringify(expected[k]));
      fail(`${c.id}'s last view differs from the view of the fold in ${keys.join(', ')}`);
    }
  }
}
