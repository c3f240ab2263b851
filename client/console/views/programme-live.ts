// The programme on the live page: which session today's plan is, each round's note, loading another session's plan.
import '../styles/programme.css';
import { api } from '../../common/api';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import type { GroupProgramme } from '../../../shared/api/schemas';
import type { PlanSession, Programme } from '../../../shared/programmes/programme';
import type { ConsoleView } from '../../../shared/session/views';
import { confirmDialog } from './confirm-dialog';

const NS = 'http://www.w3.org/2000/svg';

/** A small "note" mark (drawn, since emoji may be missing on an offline laptop). */
function noteIcon(): SVGSVGElement {
  const el = document.createElementNS(NS, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 24 24',
    width: '15',
    height: '15',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'aria-hidden': 'true',
  }))
    el.setAttribute(k, v);
  const p = document.createElementNS(NS, 'path');
  p.setAttribute('d', 'M5 4h14v11l-5 5H5zM14 20v-5h5M8.5 9h7M8.5 12.5h4');
  el.append(p);
  return el;
}

/** "Session 2 of 5 · Looking for my excellent self" and the session's goal, above the plan. */
export function planSessionHead(session: PlanSession | null): HTMLElement | null {
  if (!session) return null;
  const tt = t().consolePage.programme;
  return h(
    'div',
    { className: 'plan-session', 'data-testid': 'plan-session', 'data-index': session.index },
    h('p', { className: 'plan-session-title' }, fill(tt.sessionOf, { n: session.index + 1, count: session.count, title: session.title })),
    session.goal ? h('p', { className: 'plan-session-goal' }, session.goal) : null,
  );
}

/** A planned round's note for the facilitator (never shown to children). */
export function planNote(note: string | undefined): HTMLElement | null {
  if (!note?.trim()) return null;
  return h('span', { className: 'plan-note', 'data-testid': 'plan-note', title: t().consolePage.programme.noteLabel }, noteIcon(), h('span', {}, note));
}

// The plan section is rebuilt whenever the plan or a round changes; a short cache spares the server a request each time,
// yet an edit made on the group page shows up within seconds.
const FRESH_MS = 15_000;
let cache: { groupId: string; at: number; promise: Promise<GroupProgramme> } | null = null;
/** The session chosen in the picker, kept across rebuilds of the plan section. */
let chosen: { sessionId: string; index: number } | null = null;

function groupProgramme(groupId: string): Promise<GroupProgramme> {
  const now = Date.now();
  if (!cache || cache.groupId !== groupId || now - cache.at > FRESH_MS) {
    const promise = api<GroupProgramme>('GET', `/groups/${groupId}/programme`);
    cache = { groupId, at: now, promise };
    promise.catch(() => (cache = null));
  }
  return cache.promise;
}

export type LoadSession = (rounds: Programme['sessions'][number]['rounds'], session: PlanSession) => void;

/** "Another session of the programme": a picker that fills itself once the group's programme has arrived. */
export function loadSessionPicker(view: ConsoleView, load: LoadSession): HTMLElement {
  const tt = t().consolePage.programme;
  const el = h('div', { className: 'plan-load', hidden: true });
  groupProgramme(view.groupId).then(
    (gp) => {
      const p = gp.programme;
      if (!p || p.sessions.length === 0) return;
      const current = view.planSession?.index ?? null;
      const fallback = current === null ? (gp.nextSession ?? 0) : Math.min(current + 1, p.sessions.length - 1);
      const initial = chosen?.sessionId === view.sessionId && chosen.index < p.sessions.length ? chosen.index : fallback;
      const pick = h('select', { 'data-testid': 'plan-load-session', 'aria-label': tt.loadSession });
      p.sessions.forEach((s, i) => {
        const label = `${fill(tt.sessionN, { n: i + 1 })} · ${s.title}`;
        pick.append(h('option', { value: String(i) }, i === current ? fill(tt.today, { label }) : label));
      });
      pick.value = String(initial);
      pick.addEventListener('input', () => (chosen = { sessionId: view.sessionId, index: Number(pick.value) }));
      const go = async () => {
        const i = Number(pick.value);
        const s = p.sessions[i];
        if (!s) return;
        const replacing = view.plan.length > 0;
        if (replacing && !(await confirmDialog(fill(tt.loadConfirm, { n: i + 1, title: s.title }), tt.loadOk, 'normal'))) return;
        chosen = null;
        load(s.rounds, { index: i, count: p.sessions.length, title: s.title, goal: s.goal ?? '' });
      };
      el.replaceChildren(
        h('span', { className: 'plan-load-label' }, tt.loadSession),
        h(
          'span',
          { className: 'plan-load-row' },
          pick,
          h('button', { type: 'button', className: 'button small', 'data-testid': 'plan-load-session-go', onclick: () => void go() }, tt.load),
        ),
      );
      el.hidden = false;
    },
    // Without the programme the picker stays hidden; the plan itself still works.
    () => undefined,
  );
  return el;
}
