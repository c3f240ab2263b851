// A group's review: loads its data once, shows its name and the tabs, and mounts the chosen tab below.
import { ApiError } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { langStore, t } from '../../common/i18n';
import { errorText } from '../../console/errors';
import { loadGroupData, type GroupData } from '../data';
import { routeHash, type GroupTab } from '../router';
import { mountExports } from './exports';
import { mountOverview } from './overview';
import { mountPrePost } from './prepost';
import { mountReplay } from './replay';
import { mountReport } from './report';
import { mountRecords } from './records';
import type { GroupRoute, GroupView } from './view';

const TABS: GroupTab[] = ['overview', 'replay', 'prepost', 'report', 'records', 'exports'];
const VIEWS: Record<GroupTab, GroupView> = {
  overview: mountOverview,
  replay: mountReplay,
  prepost: mountPrePost,
  report: mountReport,
  exports: mountExports,
  records: mountRecords,
};

export interface GroupFrame {
  /** Shows another tab (or session) of the same group without reloading its data. */
  show: (route: GroupRoute) => void;
  destroy: () => void;
}

export function mountGroupFrame(root: HTMLElement, first: GroupRoute): GroupFrame {
  let route = first;
  let data: GroupData | null = null;
  let failure: unknown = null;
  let unmountTab: () => void = () => undefined;
  const head = h('div', { className: 'review-head no-print' });
  const content = h('div', { className: 'review-content' });
  render(root, head, content);

  const drawHead = () => {
    const tt = t().reviewPage;
    render(
      head,
      h('a', { className: 'back-link', href: '#/groups' }, tt.backToGroups),
      h('h1', { 'data-testid': 'review-group-name' }, data?.group.name ?? ''),
      h(
        'nav',
        { className: 'review-tabs', role: 'tablist' },
        ...TABS.map((tab) =>
          h(
            'a',
            {
              role: 'tab',
              href: routeHash({ name: 'group', groupId: route.groupId, tab }),
              'aria-selected': String(tab === route.tab),
              'data-testid': `tab-${tab}`,
            },
            tt.tabs[tab],
          ),
        ),
      ),
    );
  };
  const drawFailure = () => {
    const tt = t().reviewPage;
    const notFound = failure instanceof ApiError && (failure.status === 404 || failure.status === 403);
    render(
      content,
      h(
        'div',
        { className: 'card', 'data-testid': notFound ? 'review-refused' : 'review-failed' },
        h('p', {}, notFound ? tt.notFound : fill(tt.failed, { message: errorText(failure) })),
        notFound ? null : h('button', { type: 'button', className: 'button', onclick: () => load() }, tt.retry),
      ),
    );
  };
  const mountTab = () => {
    unmountTab();
    content.replaceChildren();
    if (!data) return;
    const el = h('div', { className: `review-tab review-tab-${route.tab}` });
    content.append(el);
    unmountTab = VIEWS[route.tab](el, data, route);
  };
  const load = () => {
    failure = null;
    render(content, h('p', { className: 'muted' }, t().reviewPage.loading));
    loadGroupData(route.groupId).then(
      (d) => {
        data = d;
        drawHead();
        mountTab();
      },
      (err: unknown) => {
        failure = err;
        drawFailure();
      },
    );
  };
  drawHead();
  load();
  const unLang = langStore.subscribe(() => {
    drawHead();
    if (failure) drawFailure();
  });
  return {
    show: (next) => {
      route = next;
      drawHead();
      // A refusal or failure stays on screen whichever tab is asked for.
      if (failure) drawFailure();
      else mountTab();
    },
    destroy: () => {
      unmountTab();
      unLang();
    },
  };
}
