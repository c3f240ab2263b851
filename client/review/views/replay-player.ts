// One session's replay: loads its log, folds it to the scrubber's event, plays it at 8×, and keeps the timeline in step.
import { ApiError, api } from '../../common/api';
import type { ReviewSessionLog } from '../../../shared/api/review';
import { fill } from '../../../shared/i18n';
import { clampIndex, indexAtTime, replayOf, type Replay } from '../../../shared/review/replay-fold';
import { sceneAt } from '../../../shared/review/replay-scene';
import { replayTimeline } from '../../../shared/review/replay-timeline';
import { clock, nameIn, namesFromLog } from '../../../shared/review/replay-words';
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import { errorText } from '../../console/errors';
import type { GroupData } from '../data';
import { statePanel } from './replay-state';
import { timelinePanel, type TimelinePanel } from './replay-timeline';

/** Session time runs this many times faster than real time while playing. */
export const SPEED = 8;
/** A quiet stretch longer than this (session time) is shortened to it, so playing never sits still for long. */
const MAX_GAP_MS = 8_000;
const TICK_MS = 100;

const logs = new Map<string, Promise<ReviewSessionLog>>();

function loadLog(groupId: string, n: number): Promise<ReviewSessionLog> {
  const key = `${groupId}/${n}`;
  let p = logs.get(key);
  if (!p) {
    p = api<ReviewSessionLog>('GET', `/review/groups/${encodeURIComponent(groupId)}/sessions/${n}/events`);
    p.catch(() => logs.delete(key));
    // A running session's log still grows: only a finished one is kept for the page's life.
    p.then(
      (log) => (log.endedAt === null ? logs.delete(key) : undefined),
      () => undefined,
    );
    logs.set(key, p);
  }
  return p;
}

interface Player {
  replay: Replay;
  names: Map<string, string>;
  index: number;
  /** Session time the playback clock is at, while playing. */
  playClock: number | null;
  lastTick: number;
  timer: ReturnType<typeof setInterval> | null;
}

export function mountPlayer(root: HTMLElement, data: GroupData, number: number): () => void {
  let player: Player | null = null;
  let failure: unknown = null;
  let cleanupDraw: () => void = () => undefined;
  let alive = true;

  const drawStatus = () => {
    const tt = t().reviewReplay;
    if (failure) {
      const missing = failure instanceof ApiError && failure.status === 404;
      render(
        root,
        h(
          'div',
          { className: 'card', 'data-testid': 'replay-failed' },
          h('p', {}, missing ? fill(tt.noSession, { n: number }) : fill(tt.failed, { message: errorText(failure) })),
          missing ? null : h('button', { type: 'button', className: 'button', onclick: load }, tt.retry),
        ),
      );
    } else render(root, h('p', { className: 'muted' }, tt.loading));
  };

  function load(): void {
    failure = null;
    drawStatus();
    loadLog(data.group.id, number).then(
      (log) => {
        if (!alive) return;
        const fallback = data.review.children.map((c) => [c.id, c.nickname || c.code] as const);
        player = { replay: replayOf(log.id, log.events), names: namesFromLog(log.events, fallback), index: 0, playClock: null, lastTick: 0, timer: null };
        cleanupDraw = draw(root, player);
      },
      (err: unknown) => {
        if (!alive) return;
        failure = err;
        drawStatus();
      },
    );
  }

  load();
  const unLang = langStore.subscribe(() => {
    if (!player) return drawStatus();
    cleanupDraw();
    cleanupDraw = draw(root, player);
  });
  return () => {
    alive = false;
    unLang();
    cleanupDraw();
  };
}

/** Draws the player for the page's language; returns what stops its playback timer. */
function draw(root: HTMLElement, p: Player): () => void {
  const tt = t().reviewReplay;
  const { events } = p.replay;
  if (events.length === 0) {
    render(root, h('p', { className: 'card muted', 'data-testid': 'replay-state' }, tt.empty));
    return () => undefined;
  }
  const start = events[0]!.at;
  const total = events.at(-1)!.at - start;
  const name = nameIn(p.names, t());

  const scrubber = h('input', {
    type: 'range',
    className: 'replay-scrubber',
    min: 0,
    max: events.length - 1,
    step: 1,
    value: p.index,
    'data-testid': 'replay-scrubber',
    'aria-label': tt.controls.scrubber,
  });
  const time = h('span', { className: 'replay-time', 'data-testid': 'replay-time' });
  const count = h('span', { className: 'small muted replay-count' });
  const playButton = h('button', { type: 'button', className: 'button primary replay-play', 'data-testid': 'replay-play' });
  const prev = h(
    'button',
    { type: 'button', className: 'button replay-step', 'data-testid': 'replay-prev', 'aria-label': tt.controls.prev, title: tt.controls.prev },
    '◀',
  );
  const next = h(
    'button',
    { type: 'button', className: 'button replay-step', 'data-testid': 'replay-next', 'aria-label': tt.controls.next, title: tt.controls.next },
    '▶',
  );
  const stateHost = h('div', { className: 'replay-state-host' });
  let timeline: TimelinePanel | null = null;

  const stop = () => {
    if (p.timer) clearInterval(p.timer);
    p.timer = null;
    p.playClock = null;
  };
  const showPlaying = () => {
    const playing = p.timer !== null;
    playButton.textContent = playing ? `❚❚ ${tt.controls.pause}` : `► ${tt.controls.play}`;
    playButton.setAttribute('aria-pressed', String(playing));
  };
  const go = (wanted: number) => {
    p.index = clampIndex(events, wanted);
    if (p.playClock !== null) p.playClock = events[p.index]!.at;
    scrubber.value = String(p.index);
    const scene = sceneAt(p.replay, p.index);
    time.textContent = fill(tt.controls.time, { at: clock(scene.offsetMs), total: clock(total) });
    count.textContent = fill(tt.controls.event, { i: p.index + 1, n: events.length });
    prev.toggleAttribute('disabled', p.index === 0);
    next.toggleAttribute('disabled', p.index === events.length - 1);
    render(stateHost, statePanel(scene, name));
    timeline?.mark(p.index);
    if (p.index === events.length - 1 && p.timer) stop();
    showPlaying();
  };
  const tick = () => {
    const now = performance.now();
    let at = (p.playClock ?? events[p.index]!.at) + (now - p.lastTick) * SPEED;
    p.lastTick = now;
    const upcoming = events[p.index + 1];
    if (!upcoming) return go(p.index);
    if (upcoming.at - at > MAX_GAP_MS) at = upcoming.at - MAX_GAP_MS;
    p.playClock = at;
    const target = indexAtTime(events, at);
    if (target > p.index) {
      go(target);
      // go() resets the clock to the event's time; keep the time already run past it.
      if (p.timer) p.playClock = at;
    }
  };
  const play = () => {
    if (p.timer) {
      stop();
      return showPlaying();
    }
    if (p.index === events.length - 1) go(0);
    p.playClock = events[p.index]!.at;
    p.lastTick = performance.now();
    p.timer = setInterval(tick, TICK_MS);
    showPlaying();
  };

  scrubber.addEventListener('input', () => go(Number(scrubber.value)));
  playButton.addEventListener('click', play);
  prev.addEventListener('click', () => go(p.index - 1));
  next.addEventListener('click', () => go(p.index + 1));
  timeline = timelinePanel(replayTimeline(events, p.names, t()), (i) => go(i));

  const controls = h(
    'section',
    { className: 'card replay-controls', 'aria-label': tt.controls.label },
    h('div', { className: 'replay-buttons' }, prev, playButton, next),
    scrubber,
    h('div', { className: 'replay-readout' }, time, count, h('span', { className: 'small muted' }, fill(tt.controls.speed, { n: SPEED }))),
  );
  render(root, controls, h('div', { className: 'replay-layout' }, stateHost, timeline.el));
  go(p.index);
  // Leaving (or switching language, which redraws) pauses at the moment reached.
  return stop;
}
