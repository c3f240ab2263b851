// Review entry: checks setup and login (the console's forms), then shows the group list or one group's tabs.
import { api } from '../common/api';
import { h, render } from '../common/dom';
import { t } from '../common/i18n';
import type { StaffInfo } from '../../shared/api/schemas';
import { errorText, isAuthRequired } from '../console/errors';
import { mountLogin, mountSetup } from '../console/views/auth';
import { parseRoute } from './router';
import { reviewStore } from './store';
import { mountGroupFrame, type GroupFrame } from './views/group-frame';
import { mountGroups } from './views/groups';
import { mountHeader } from './views/header';

const app = document.getElementById('app') ?? document.body;
const header = h('header', { className: 'top-bar no-print' });
const main = h('main', { className: 'page review-page', 'data-testid': 'review-page' });
render(app, header, main);
mountHeader(header);

const signedIn = (me: StaffInfo) => reviewStore.getState().signedIn(me);
let mountedKey = '';
let destroy: () => void = () => undefined;
let frame: GroupFrame | null = null;

function mountCurrent(): void {
  const { phase, route } = reviewStore.getState();
  // Tabs of one group share a frame, so its data is loaded once.
  if (phase === 'ready' && route.name === 'group' && frame && mountedKey === `group:${route.groupId}`) return frame.show(route);
  const key = phase === 'ready' ? (route.name === 'group' ? `group:${route.groupId}` : 'groups') : phase;
  if (key === mountedKey) return;
  mountedKey = key;
  destroy();
  frame = null;
  main.replaceChildren();
  window.scrollTo(0, 0);
  if (phase === 'loading') {
    main.append(h('p', { className: 'muted center' }, t().reviewPage.loading));
    destroy = () => undefined;
  } else if (phase === 'setup') destroy = mountSetup(main, signedIn);
  else if (phase === 'login') destroy = mountLogin(main, signedIn);
  else if (route.name === 'group') {
    const f = mountGroupFrame(main, route);
    frame = f;
    destroy = f.destroy;
  } else destroy = mountGroups(main);
}

reviewStore.subscribe(mountCurrent);
window.addEventListener('hashchange', () => reviewStore.getState().setRoute(parseRoute(window.location.hash)));

async function boot(): Promise<void> {
  mountCurrent();
  try {
    const { needsSetup } = await api<{ needsSetup: boolean }>('GET', '/setup');
    if (needsSetup) return reviewStore.getState().setPhase('setup');
    signedIn(await api<StaffInfo>('GET', '/me'));
  } catch (err) {
    if (isAuthRequired(err)) return reviewStore.getState().setPhase('login');
    main.replaceChildren(h('div', { className: 'card narrow center' }, h('p', { 'data-testid': 'error-message' }, errorText(err))));
  }
}

if (!window.location.hash) window.history.replaceState(null, '', '#/groups');
void boot();
