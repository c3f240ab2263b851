// The exports tab: who is in the research files, download links for each CSV with its SPSS syntax, staff notes on request.
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { lang, langStore, t } from '../../common/i18n';
import { childName } from '../data';
import type { GroupView } from './view';

export const mountExports: GroupView = (root, data) => {
  const base = `/api/review/groups/${encodeURIComponent(data.group.id)}/export`;
  const instrumentIds = [...new Set(data.review.checkins.map((c) => c.instrumentId))];
  // Off each time the tab opens: notes may name children, so including them is a choice made per download.
  let freeText = false;
  const draw = () => {
    const tt = t().reviewPage.exports;
    const children = data.review.children;
    const consented = children.filter((c) => c.consent?.research);
    const leftOut = children.filter((c) => !c.consent?.research);
    const file = (testid: string, label: string, csv: string, sps: string | null, query = '') =>
      h(
        'li',
        { className: 'export-row' },
        h('span', { className: 'export-label' }, label),
        h('a', { className: 'button small', href: `${base}/${csv}${query}`, download: csv, 'data-testid': `export-${testid}-csv` }, tt.csv),
        sps ? h('a', { className: 'button small', href: `${base}/${sps}`, download: sps, 'data-testid': `export-${testid}-sps` }, tt.sps) : null,
      );
    const instrumentName = (id: string) => data.instruments.find((i) => i.id === id)?.title[lang()] ?? id;
    render(
      root,
      h(
        'section',
        { className: 'card' },
        h('h2', {}, tt.title),
        h('p', { className: 'muted' }, tt.intro),
        h('p', { 'data-testid': 'export-consent-count' }, fill(tt.left, { n: consented.length, total: children.length })),
        leftOut.length
          ? h(
              'p',
              { className: 'muted small', 'data-testid': 'export-left-out' },
              fill(tt.leftOutNames, { names: leftOut.map((c) => childName(data, c.id)).join(', ') }),
            )
          : null,
        h(
          'ul',
          { className: 'export-list' },
          file('measures', tt.measures, 'measures.csv', 'measures.sps'),
          ...instrumentIds.map((id) => file(`checkins-${id}`, fill(tt.checkins, { name: instrumentName(id) }), `checkins-${id}.csv`, `checkins-${id}.sps`)),
          file('events', tt.events, 'events.csv', null, freeText ? '?freeText=1' : ''),
        ),
        h(
          'label',
          { className: 'export-option' },
          h('input', {
            type: 'checkbox',
            checked: freeText,
            'data-testid': 'export-free-text',
            onchange: (e: Event) => {
              freeText = (e.target as HTMLInputElement).checked;
              draw();
            },
          }),
          ' ',
          tt.freeText,
        ),
        freeText ? h('p', { className: 'export-warning', role: 'alert', 'data-testid': 'export-free-text-warning' }, tt.freeTextWarning) : null,
        h('p', { className: 'muted small' }, tt.howTo),
      ),
    );
  };
  draw();
  return langStore.subscribe(draw);
};
