// The groups list: open a group, or create a new one.
import { api } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { lang, langStore, t } from '../../common/i18n';
import type { GroupDetail, GroupInfo } from '../../../shared/api/schemas';
import { errorText } from '../errors';
import { date } from '../format';
import { navigate } from '../router';
import { handledAuthError } from './auth-guard';
import { groupForm, type GroupValues } from './group-form';
import { card } from './ui';

export function mountGroups(root: HTMLElement): () => void {
  let groups: GroupInfo[] | null = null;
  let loadError: unknown = null;
  let draft: GroupValues = { name: '', ageBand: '9-10', language: lang(), autoApprove: false };

  const draw = () => {
    const tt = t().consolePage;
    const list =
      groups === null
        ? h('p', { className: 'muted' }, loadError ? null : tt.loading, loadError ? h('span', { 'data-testid': 'error-message' }, errorText(loadError)) : null)
        : groups.length === 0
          ? h('p', { className: 'empty-note' }, tt.groups.empty)
          : h('ul', { className: 'group-list' }, ...groups.map(groupItem));
    const form = groupForm({
      prefix: 'new-group',
      initial: draft,
      submitLabel: tt.groups.create,
      onChange: (v) => (draft = v),
      onSubmit: async (v) => {
        const created = await api<GroupDetail>('POST', '/groups', v);
        draft = { ...draft, name: '' };
        navigate({ name: 'group', groupId: created.id });
        return undefined;
      },
    });
    render(
      root,
      h('div', { className: 'page-head' }, h('h1', {}, tt.groups.title)),
      h('div', { className: 'two-col' }, h('div', { className: 'col-main' }, list), card('new-group', h('h2', {}, tt.groups.newTitle), form)),
    );
  };

  api<GroupInfo[]>('GET', '/groups').then(
    (g) => {
      groups = [...g].sort((a, b) => b.createdAt - a.createdAt);
      draw();
    },
    (err: unknown) => {
      if (handledAuthError(err)) return;
      loadError = err;
      draw();
    },
  );
  draw();
  return langStore.subscribe(draw);
}

function groupItem(g: GroupInfo): HTMLElement {
  const tt = t().consolePage;
  const open = () => navigate({ name: 'group', groupId: g.id });
  return h(
    'li',
    { className: 'group-item', onclick: open },
    h(
      'div',
      { className: 'group-item-main' },
      h('a', { className: 'group-link', 'data-testid': 'group-link', href: `#/groups/${g.id}` }, g.name),
      h(
        'div',
        { className: 'group-meta' },
        h('span', {}, tt.ageBands[g.ageBand]),
        h('span', {}, t().common.languageNames[g.language]),
        h('span', {}, fill(tt.groups.created, { date: date(g.createdAt) })),
      ),
    ),
    g.liveSessionId ? h('span', { className: 'pill live' }, tt.groups.live) : null,
    h('span', { className: 'chevron', 'aria-hidden': 'true' }, '›'),
  );
}
