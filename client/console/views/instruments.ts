// The instruments page (staff): every loaded check-in and scale in full, and how to add one of your own.
import '../styles/instruments.css';
import { fill } from '../../../shared/i18n';
import { h, render } from '../../common/dom';
import { lang, langStore, t } from '../../common/i18n';
import { loadInstruments, type ServerInstrument } from '../instruments/catalog';
import { agesText } from '../instruments/describe';
import { errorText } from '../errors';
import { handledAuthError } from './auth-guard';
import { instrumentCard } from './instrument-card';

export function mountInstruments(root: HTMLElement): () => void {
  let list: ServerInstrument[] | null = null;
  let loadError: unknown = null;

  const draw = () => {
    const tt = t().consolePage.instruments;
    const body =
      list === null
        ? h(
            'p',
            { className: 'muted' },
            loadError ? h('span', { 'data-testid': 'error-message' }, fill(tt.loadFailed, { error: errorText(loadError) })) : t().consolePage.loading,
          )
        : list.length === 0
          ? h('p', { className: 'empty-note' }, tt.empty)
          : h('div', { className: 'instrument-list' }, ...list.map(instrumentCard));
    render(
      root,
      h('div', { className: 'page-head' }, h('div', {}, h('h1', {}, tt.title), h('p', { className: 'muted' }, tt.intro))),
      h(
        'div',
        { className: 'instruments-layout' },
        h('div', { className: 'col-main' }, body),
        h('aside', { className: 'col-side instruments-side' }, contents(list), howTo()),
      ),
    );
  };

  // Any band: the page shows every instrument, not what one group would get.
  loadInstruments('7-12').then(
    (r) => {
      // Daily check-ins first (used every session), then the scales; built-in before a worker's own.
      list = [...r.instruments].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
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

const rank = (i: ServerInstrument) => (i.kind === 'daily' ? 0 : 2) + (i.builtin ? 0 : 1);

/** Jump links (buttons: the hash is the console's route, so anchors cannot be used). */
function contents(list: ServerInstrument[] | null): HTMLElement | null {
  if (!list || list.length === 0) return null;
  const tt = t().consolePage.instruments;
  return h(
    'section',
    { className: 'card instrument-contents' },
    h('h2', {}, tt.contents),
    h(
      'ul',
      {},
      ...list.map((i) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'link-like',
              onclick: () => document.getElementById(`instrument-${i.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
            },
            i.title[lang()],
          ),
          h('small', {}, ` · ${agesText(i.ageBand)}`),
        ),
      ),
    ),
  );
}

function howTo(): HTMLElement {
  const tt = t().consolePage.instruments.howTo;
  return h(
    'section',
    { className: 'card how-to', 'data-testid': 'instrument-how-to' },
    h('h2', {}, tt.title),
    h('ol', {}, ...[tt.step1, tt.step2, tt.step3].map((s) => h('li', {}, ...withCode(s)))),
    h('p', { className: 'muted small' }, ...withCode(tt.clips)),
  );
}

/** `text in backticks` becomes code: paths and field names stay exact in every language. */
function withCode(text: string): (string | HTMLElement)[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part));
}
