// A soft speech bubble over the picture: a gentle hint after a refused move, or a kind word. Read aloud,
// never red, never a buzz; it fades by itself and a tap on it closes it.
import { h } from '../../../common/dom';
import { icon } from '../../svg';
import { prompt, say } from '../../widgets';

const SHOW_MS = 6500;

export interface HintBubble {
  /** Shows `text` (with an optional small picture); `kind` is for tests and the bubble's tint. */
  show(text: string, kind: string, pictureMarkup?: string): void;
  hide(): void;
}

export function hintBubble(host: HTMLElement): HintBubble {
  let current: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(timer);
    const el = current;
    current = null;
    if (!el) return;
    el.classList.add('leaving');
    setTimeout(() => el.remove(), 300);
  };
  const show = (text: string, kind: string, pictureMarkup?: string) => {
    hide();
    const el = h(
      'div',
      {
        className: `build-hint hint-${kind.replace(/[^a-z-]/g, '-')}`,
        'data-testid': 'build-hint',
        'data-kind': kind,
        role: 'status',
        onClick: (e: Event) => !(e.target as Element).closest('.speaker') && hide(),
      },
      pictureMarkup ? icon(pictureMarkup, 'icon build-hint-picture') : null,
      prompt(text, 'prompt prompt-small'),
    );
    host.append(el);
    current = el;
    say(text);
    timer = setTimeout(hide, SHOW_MS);
  };
  return { show, hide };
}
