// The group page: start (or rejoin) a live session, edit settings, the roster editor, past sessions, retention, the programme.
import { api } from '../../common/api';
import { startConfirmingConsent } from './start-session';
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import type { GroupDetail } from '../../../shared/api/schemas';
import { errorText } from '../errors';
import { navigate } from '../router';
import { handledAuthError } from './auth-guard';
import { groupForm, type GroupValues } from './group-form';
import { rosterCard, type RosterUi } from './roster';
import { sessionList } from './session-list';
import { card, errorBox } from './ui';
import { playIcon } from './icons';
import { programmePanel, type ProgrammePanel } from './programme-panel';
import { retentionCard, type RetentionUi } from './retention-card';

export function mountGroup(root: HTMLElement, groupId: string): () => void {
  let group: GroupDetail | null = null;
  let loadError: unknown = null;
  let settingsDraft: GroupValues | null = null;
  let pageError: unknown = null;
  let starting = false;
  const ui: RosterUi = { editing: null, addNickname: '', addAvatar: null, focusAdd: false, consentSaves: {} };
  const retention: RetentionUi = { draft: null, saved: false };
  let alive = true;
  // Made once the group is known; it keeps its own draft across the page's re-draws.
  let programme: ProgrammePanel | null = null;

  const reload = async () => {
    try {
      group = await api<GroupDetail>('GET', `/groups/${groupId}`);
      loadError = null;
    } catch (err) {
      if (handledAuthError(err)) return;
      loadError = err;
    }
    if (alive) draw();
  };
  const onError = (err: unknown) => {
    if (handledAuthError(err)) return;
    pageError = err;
    draw();
  };

  const start = () => {
    if (!group) return;
    if (group.liveSessionId) return navigate({ name: 'session', sessionId: group.liveSessionId });
    starting = true;
    draw();
    startConfirmingConsent(group.id).then(
      (s) => (s ? navigate({ name: 'session', sessionId: s.id }) : ((starting = false), draw())),
      (err: unknown) => {
        starting = false;
        onError(err);
      },
    );
  };

  const draw = () => {
    const tt = t().consolePage;
    const back = h('a', { className: 'back-link', href: '#/groups', 'data-testid': 'back-to-groups' }, tt.group.back);
    if (!group) {
      const msg = loadError ? h('p', { 'data-testid': 'error-message' }, errorText(loadError)) : h('p', { className: 'muted' }, tt.loading);
      return render(root, back, msg);
    }
    const g = group;
    programme ??= programmePanel(g.id, g);
    programme.update(g);
    const box = errorBox();
    box.show(pageError ? errorText(pageError) : null);
    const empty = g.roster.length === 0;
    const startButton = h(
      'button',
      { type: 'button', className: 'button start large', 'data-testid': 'start-session', disabled: (empty && !g.liveSessionId) || starting, onclick: start },
      playIcon(22),
      g.liveSessionId ? tt.group.goLive : tt.group.start,
    );
    const startPanel = card(
      `start-panel${g.liveSessionId ? ' is-live' : ''}`,
      startButton,
      h('p', { className: 'muted small' }, g.liveSessionId ? tt.group.liveNow : empty ? tt.group.needChildren : tt.group.startHint),
      g.liveSessionId ? null : programme.startNote,
    );
    const settings = card(
      'settings',
      h('h2', {}, tt.group.settings),
      groupForm({
        prefix: 'group',
        initial: settingsDraft ?? g,
        submitLabel: tt.group.save,
        programme: false,
        onChange: (v) => (settingsDraft = v),
        onSubmit: async (v) => {
          group = { ...g, ...(await api<GroupDetail>('PUT', `/groups/${g.id}`, v)) };
          settingsDraft = null;
          draw();
          return undefined;
        },
      }),
    );
    render(
      root,
      back,
      h(
        'div',
        { className: 'page-head' },
        h(
          'div',
          {},
          h('h1', { 'data-testid': 'group-title' }, g.name),
          h('p', { className: 'muted' }, `${tt.ageBands[g.ageBand]} · ${t().common.languageNames[g.language]}`),
        ),
      ),
      box.el,
      h(
        'div',
        { className: 'two-col' },
        h('div', { className: 'col-main' }, rosterCard({ group: g, ui, reload, redraw: draw, onError })),
        h(
          'div',
          { className: 'col-side' },
          startPanel,
          sessionList(g.sessions, g.id),
          settings,
          retentionCard({
            group: g,
            ui: retention,
            onSaved: (updated) => {
              group = updated;
              draw();
            },
          }),
        ),
      ),
      programme.el,
    );
  };

  draw();
  void reload();
  const unLang = langStore.subscribe(draw);
  return () => {
    alive = false;
    unLang();
    programme?.destroy();
  };
}
