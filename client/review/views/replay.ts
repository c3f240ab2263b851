// The review's replay tab: the group's sessions, and one session (the chosen one, else the latest) replayed.
import { h, render } from '../../common/dom';
import { langStore, t } from '../../common/i18n';
import { mountPlayer } from './replay-player';
import { sessionList } from './replay-sessions';
import type { GroupView } from './view';
import '../styles/replay.css';

export const mountReplay: GroupView = (root, data, route) => {
  const sessions = data.review.sessions;
  const chosen = route.session ?? sessions.at(-1)?.number ?? null;
  const head = h('div', { className: 'replay-head' });
  const playerHost = h('div', { className: 'replay-player' });
  const drawHead = () => render(head, h('h2', {}, t().reviewReplay.title), sessionList(data.group.id, sessions, chosen, data.review.timeZone));
  drawHead();
  render(root, head, playerHost);
  const unmountPlayer = chosen === null ? () => undefined : mountPlayer(playerHost, data, chosen);
  const unLang = langStore.subscribe(drawHead);
  return () => {
    unLang();
    unmountPlayer();
  };
};
