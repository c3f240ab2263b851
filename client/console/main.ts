// Console entry: checks setup and login, then mounts the view for the current hash route.
import { api } from '../common/api';
import { h, render } from '../common/dom';
import { t } from '../common/i18n';
import type { StaffInfo } from '../../shared/api/schemas';
import { errorText, isAuthRequired } from './errors';
import { parseRoute, routeKey } from './router';
import { appStore } from './store';
import { mountGroup } from './views/group';
import { mountGroups } from './views/groups';
import { mountHeader } from './views/header';
import { mountInstruments } from './views/instruments';
import { mountLiveSession } from './views/live-session';
import { mountLogin, mountSetup } from './views/auth';
import { mountStaff } from './views/staff';

const app = document.getElementById('app') ?? document.body;
const header = h('header', { className: 'top-bar' });
const main = h('main', { className: 'page' });
render(app, header, main);
mountHeader(header);

let mountedKey = '';
let destroy: () => void = () => undefined;

function viewKey(): string {
  const { phase, route } = appStore.getState();
  return phase === 'ready' ? routeKey(route) : phase;
}

function mountCurrent(): void {
  const key = viewKey();
  if (key === mountedKey) return;
  mountedKey = key;
  destroy();
  main.replaceChildren();
  window.scrollTo(0, 0);
  const { phase, route } = appStore.getState();
  if (phase === 'loading') {
    main.append(h('p', { className: 'muted center' }, t().consolePage.loading));
    destroy = () => undefined;
  } else if (phase === 'setup') destroy = mountSetup(main);
  else if (phase === 'login') destroy = mountLogin(main);
  else if (route.name === 'group') destroy = mountGroup(main, route.groupId);
  else if (route.name === 'session') destroy = mountLiveSession(main, route.sessionId);
  else if (route.name === 'instruments') destroy = mountInstruments(main);
  else if (route.name === 'staff') destroy = mountStaff(main);
  else destroy = mountGroups(main);
}

appStore.subscribe(mountCurrent);
window.addEventListener('hashchange', () => appStore.getState().setRoute(parseRoute(window.location.hash)));

async function boot(): Promise<void> {
  mountCurrent();
  try {
    const { needsSetup } = await api<{ needsSetup: boolean }>('GET', '/setup');
    if (needsSetup) return appStore.getState().setPhase('setup');
    const me = await api<StaffInfo>('GET', '/me');
    appStore.getState().signedIn(me);
  } catch (err) {
    if (isAuthRequired(err)) return appStore.getState().setPhase('login');
    main.replaceChildren(
      h(
        'div',
        { className: 'card narrow center' },
        h('p', { 'data-testid': 'error-message' }, errorText(err)),
        h('button', { type: 'button', className: 'button primary', onclick: () => window.location.reload() }, '↻'),
      ),
    );
  }
}

if (!window.location.hash) window.history.replaceState(null, '', '#/groups');
void boot();
