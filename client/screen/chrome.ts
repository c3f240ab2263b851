// The small DOM controls over the canvas: language toggle, a quiet "Reconnecting…" badge, "Enter a new code".
import { h } from '../common/dom';
import { langStore, t } from '../common/i18n';
import type { Language } from '../../shared/session/roster';
import { screenStore, stageMode } from './screen-store';

export function mountChrome(root: HTMLElement, onNewCode: () => void): void {
  const toggle = h('button', { type: 'button', className: 'chip lang-toggle', 'data-testid': 'screen-lang-toggle' });
  toggle.addEventListener('click', () => {
    const next: Language = langStore.getState().lang === 'en' ? 'zh-CN' : 'en';
    langStore.getState().setLang(next);
  });
  const dot = h('span', { className: 'badge-dot', 'aria-hidden': 'true' });
  const badgeText = h('span', {});
  const badge = h('div', { className: 'chip status-badge', role: 'status', 'data-testid': 'screen-reconnecting', hidden: true }, dot, badgeText);
  const newCode = h('button', { type: 'button', className: 'chip new-code', 'data-testid': 'screen-new-code', hidden: true });
  newCode.addEventListener('click', onNewCode);
  root.replaceChildren(toggle, badge, newCode);

  const render = () => {
    const s = screenStore.getState();
    const { lang, t: dict } = langStore.getState();
    const other: Language = lang === 'en' ? 'zh-CN' : 'en';
    toggle.textContent = dict.common.languageNames[other];
    toggle.setAttribute('aria-label', `${dict.common.language}: ${dict.common.languageNames[other]}`);
    toggle.lang = other;
    badgeText.textContent = t().common.reconnecting;
    // Only once something is on screen: the first connection shows its own "Connecting…" on the canvas.
    badge.hidden = !(s.status === 'reconnecting' || (s.status === 'connecting' && s.view !== null));
    newCode.textContent = t().screenPage.newCode;
    newCode.hidden = stageMode(s) !== 'ended';
    document.title = t().screenPage.title;
  };
  render();
  screenStore.subscribe(render);
  langStore.subscribe(render);
}
