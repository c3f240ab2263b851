// An in-page confirm dialog (calmer than window.confirm, and it does not block the live view's updates).
import { h } from '../../common/dom';
import { t } from '../../common/i18n';

export function confirmDialog(
  message: string,
  okLabel: string,
  tone: 'danger' | 'normal' = 'danger',
  cancelLabel = t().consolePage.confirm.cancel,
): Promise<boolean> {
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      document.removeEventListener('keydown', onKey);
      overlay.remove();
      resolve(answer);
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') close(false);
    };
    const ok = h(
      'button',
      { type: 'button', className: `button ${tone === 'danger' ? 'danger' : 'primary'}`, 'data-testid': 'confirm-ok', onclick: () => close(true) },
      okLabel,
    );
    const overlay: HTMLDivElement = h(
      'div',
      { className: 'overlay', 'data-testid': 'confirm-dialog', onclick: (ev: Event) => ev.target === overlay && close(false) },
      h(
        'div',
        { className: 'dialog', role: 'dialog', 'aria-modal': 'true' },
        h('p', { className: 'dialog-message' }, message),
        h(
          'div',
          { className: 'dialog-actions' },
          h('button', { type: 'button', className: 'button', 'data-testid': 'confirm-cancel', onclick: () => close(false) }, cancelLabel),
          ok,
        ),
      ),
    );
    document.addEventListener('keydown', onKey);
    document.body.append(overlay);
    ok.focus();
  });
}
