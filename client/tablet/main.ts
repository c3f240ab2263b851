// The child's tablet page (/j and /j/<code>): keypad → "which one is you?" → seated (or a round), with calm overlays.
import './styles/base.css';
import './styles/keypad.css';
import './styles/choose.css';
import './styles/seated.css';
import './styles/overlays.css';
import './styles/pause.css';
import { h } from '../common/dom';
import { keepShellOffline } from '../common/offline-shell';
import { lang, langStore, t } from './i18n';
import { backButton, canGoBack, installBackGuard } from './back-guard';
import { chooseScreen, waitingScreen } from './choose-screen';
import { codeFromPath } from './join-flow';
import { keypadScreen } from './keypad-screen';
import { startLive } from './live-session';
import { confirmLeave, eyesOverlay, pausedOverlay, reconnectingPill, toast } from './overlays';
import type { Screen } from './screen';
import { seatedScreen } from './seated-screen';
import { connectingScreen, endedScreen } from './simple-screens';
import { screenOf, store, type ScreenKind, type TabletState } from './store';
import { langToggle } from './widgets';

const BUILDERS: Record<ScreenKind, () => Screen> = {
  keypad: keypadScreen,
  connecting: connectingScreen,
  choosing: chooseScreen,
  waiting: waitingScreen,
  seated: seatedScreen,
  ended: endedScreen,
};

const back = h('div', { className: 'topbar-back' });
const title = h('div', { className: 'topbar-title' });
const corner = h('div', { className: 'topbar-corner' });
const stage = h('div', { className: 'stage' });
const layers = {
  toast: h('div', { className: 'layer-toast' }),
  confirm: h('div', { className: 'layer-confirm' }),
  pause: h('div', { className: 'layer-pause' }),
  eyes: h('div', { className: 'layer-eyes' }),
  link: h('div', { className: 'layer-link' }),
};
const status = h('span', { className: 'status-marker', 'data-testid': 'tablet-status', 'aria-hidden': 'true' });
const app = h('div', { className: 'app' }, h('header', { className: 'topbar' }, back, title, corner), stage, ...Object.values(layers), status);
document.body.append(app);

/** Re-fills a region only when its key changes, so animations and taps are not interrupted. */
const keys = new Map<HTMLElement, string>();
function region(el: HTMLElement, key: string, build: () => Node | null): void {
  if (keys.get(el) === key) return;
  keys.set(el, key);
  const node = key === '' ? null : build();
  el.replaceChildren(...(node ? [node] : []));
}

let current: { key: string; screen: Screen } | null = null;
let lastToast = 0;

function renderAll(s: TabletState): void {
  const l = lang();
  const kind = screenOf(s);
  document.title = t().tabletPage.title;
  document.body.dataset['screen'] = kind;

  const screenKey = [kind, l, kind === 'seated' ? JSON.stringify(s.view?.me) : ''].join('|');
  if (current?.key !== screenKey) {
    current?.screen.destroy?.();
    current = { key: screenKey, screen: BUILDERS[kind]() };
    stage.replaceChildren(current.screen.el);
  }
  current.screen.update?.(s);

  region(title, `${l}|${s.view?.groupName ?? ''}`, () => h('span', {}, s.view?.groupName || t().tabletPage.title));
  region(corner, l, langToggle);
  // While the link is down, a seated child's page is only waiting to come back: no way back offered then.
  region(back, s.mode === 'live' && canGoBack(kind) && s.link !== 'reconnecting' ? l : '', backButton);

  const live = s.mode === 'live' && kind !== 'ended';
  const eyesOn = live && !!s.view?.eyesOn;
  const confirming = live && kind === 'seated' && s.confirmLeave;
  const paused = live && kind === 'seated' && !!s.view?.round?.paused;
  const linkDown = live && !s.finished && s.link !== 'connected' && (s.view !== null || s.link === 'reconnecting');
  region(layers.eyes, eyesOn ? l : '', eyesOverlay);
  region(layers.pause, paused && !eyesOn ? l : '', pausedOverlay);
  region(layers.confirm, confirming ? `${l}|${JSON.stringify(s.view?.me)}` : '', () => confirmLeave(s));
  region(layers.link, linkDown ? l : '', reconnectingPill);
  const showToast = live && s.toast !== null;
  region(layers.toast, showToast && s.toast ? `${l}|${s.toast.n}` : '', () => {
    const fresh = s.toast !== null && s.toast.n !== lastToast;
    if (s.toast) lastToast = s.toast.n;
    return s.toast ? toast(s.toast.kind, fresh) : null;
  });

  // Nothing under a full-screen layer can be tapped or focused.
  stage.inert = eyesOn || confirming || paused;
  layers.confirm.inert = eyesOn;
  status.dataset['status'] = kind;
}

const code = codeFromPath(location.pathname);
if (code) startLive(code);
else if (location.pathname !== '/j') history.replaceState(null, '', '/j');

installBackGuard();
keepShellOffline();
store.subscribe(renderAll);
langStore.subscribe(() => renderAll(store.getState()));
renderAll(store.getState());
