// Check-in controls: which instrument runs, and who has finished, declined or is still answering — never the answers.
import '../../styles/checkin.css';
import type { CheckinChildStatus, CheckinConsole } from '../../../../shared/activities/checkin';
import { fill } from '../../../../shared/i18n';
import { LANGUAGES } from '../../../../shared/session/roster';
import { avatarImg } from '../../../common/avatar';
import { h } from '../../../common/dom';
import { lang, t } from '../../../common/i18n';
import type { ControlsContext } from '../types';
import { kindText, validationText } from '../../instruments/describe';

type Child = CheckinConsole['children'][number];

export function checkinControls(v: CheckinConsole, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.checkin;
  return h(
    'div',
    { className: 'checkin-controls' },
    instrumentBox(v),
    h(
      'section',
      { className: 'checkin-people' },
      counts(v),
      v.children.length > 0
        ? h('ul', { className: 'checkin-children' }, ...v.children.map((c) => childRow(c, v.instrument.items, ctx)))
        : h('p', { className: 'muted' }, tt.nobodyHere),
      h('p', { className: 'checkin-note' }, tt.private),
      h('p', { className: 'checkin-note' }, tt.endsItself),
    ),
  );
}

function instrumentBox(v: CheckinConsole): HTMLElement {
  const tt = t().consolePage.checkin;
  const ins = v.instrument;
  return h(
    'section',
    { className: 'checkin-instrument', 'data-instrument-id': ins.id },
    h('strong', { className: 'checkin-title', 'data-testid': 'checkin-instrument-title' }, ins.title[lang()]),
    h(
      'div',
      { className: 'checkin-meta' },
      h('span', {}, kindText(ins.kind)),
      h('span', {}, fill(tt.version, { version: ins.version })),
      h('span', {}, fill(tt.questions, { n: ins.items })),
      h('span', {}, tt.summary[v.readAloud]),
    ),
    h(
      'ul',
      { className: 'checkin-validation', 'data-testid': 'checkin-validation' },
      // "Translation, not validated" must stand out: a worker comparing scores needs to know it.
      ...LANGUAGES.map((l) =>
        h(
          'li',
          { className: ins.validation[l] === 'translation-not-validated' ? 'is-unvalidated' : '', 'data-lang': l, 'data-status': ins.validation[l] },
          fill(tt.validationIn, { language: t().common.languageNames[l], status: validationText(ins.validation[l]) }),
        ),
      ),
    ),
    h('a', { className: 'checkin-about', href: '#/instruments', target: '_blank', rel: 'noopener' }, tt.about),
  );
}

function counts(v: CheckinConsole): HTMLElement {
  const tt = t().consolePage.checkin;
  const finished = v.children.filter((c) => c.status === 'finished').length;
  const declined = v.children.filter((c) => c.status === 'declined').length;
  const share = v.present > 0 ? Math.min(100, ((finished + declined) / v.present) * 100) : 0;
  return h(
    'div',
    { className: 'checkin-counts', 'data-testid': 'checkin-counts', 'data-finished': finished, 'data-declined': declined, 'data-present': v.present },
    h('span', { className: 'checkin-counts-text' }, fill(tt.counts, { finished, declined, present: v.present })),
    h('span', { className: 'bar', 'aria-hidden': 'true' }, h('span', { className: 'bar-fill', style: `width: ${share}%` })),
  );
}

function childRow(c: Child, items: number, ctx: ControlsContext): HTMLElement {
  const tt = t().consolePage.checkin;
  const seat = ctx.seats.find((s) => s.childId === c.childId);
  return h(
    'li',
    {
      className: `checkin-child st-${c.status}${c.present ? '' : ' is-away'}`,
      'data-testid': 'checkin-child',
      'data-child-id': c.childId,
      'data-status': c.status,
    },
    seat ? avatarImg(seat.avatar, 32, '') : null,
    h(
      'span',
      { className: 'checkin-who' },
      h('span', { className: 'checkin-name' }, seat?.nickname ?? c.childId, c.present ? null : h('small', {}, ` · ${tt.notHere}`)),
      h('span', { className: 'checkin-chip' }, statusText(c.status, c.answered, items)),
    ),
  );
}

/** "answering · 3 of 10": how far, for the facilitator only; what was answered is never sent here. */
function statusText(status: CheckinChildStatus, answered: number, items: number): string {
  const tt = t().consolePage.checkin;
  if (status !== 'answering') return tt.status[status];
  return `${tt.status.answering} · ${fill(tt.progress, { n: Math.min(answered, items), total: items })}`;
}
