// One process record: the drafted part read-only, the facilitator's fields editable (save, finalise, correct), history, Word.
import { api, ApiError } from '../../common/api';
import { h, render } from '../../common/dom';
import { fill } from '../../../shared/i18n';
import { lang, langStore, t } from '../../common/i18n';
import { errorText } from '../../console/errors';
import { localTimestamp } from '../../../shared/review/local-time';
import { ATTAINMENT_LEVELS, type RecordFields } from '../../../shared/records/fields';
import type { RecordView } from '../../../shared/api/records';
import type { GroupData } from '../data';
import { routeHash } from '../router';
import { loadRecord } from './records';

type Child = Parameters<typeof h>[2];

export function mountRecordEditor(root: HTMLElement, data: GroupData, n: number): () => void {
  const base = `/review/groups/${encodeURIComponent(data.group.id)}/records/${n}`;
  let rec: RecordView | null = null;
  let fields: RecordFields | null = null;
  let message: { text: string; error: boolean } | null = null;
  let busy = false;

  const table = (head: string[] | null, rows: Child[][], testid?: string) =>
    h(
      'table',
      { className: 'data-table', ...(testid ? { 'data-testid': testid } : {}) },
      head ? h('thead', {}, h('tr', {}, ...head.map((x) => h('th', {}, x)))) : null,
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
    );

  const act = async (method: 'PUT' | 'POST', path: string, body: unknown, done: string) => {
    busy = true;
    draw();
    try {
      rec = await api<RecordView>(method, `${base}${path}?lang=${lang()}`, body);
      fields = structuredClone(rec.fields);
      message = { text: done, error: false };
    } catch (err) {
      message = { text: err instanceof ApiError && err.status === 409 && rec?.status !== 'final' ? t().records.page.stale : errorText(err), error: true };
    }
    busy = false;
    draw();
  };

  const drafted = (r: RecordView) => {
    const tt = t().records;
    const d = r.drafted;
    const list = (xs: string[]) => (xs.length ? xs.join(lang() === 'zh-CN' ? '、' : ', ') : tt.none);
    return h(
      'section',
      { className: 'card record-drafted', 'data-testid': 'record-drafted' },
      h('h2', {}, tt.page.drafted),
      h('h3', {}, tt.sections.basics),
      table(null, [
        [tt.fields.group, d.group],
        [tt.fields.session, d.title ? `${d.session} · ${d.title}` : d.session],
        [tt.fields.date, d.date],
        [tt.fields.time, d.time],
        [tt.fields.facilitators, list(d.facilitators)],
        [tt.fields.present, list(d.present)],
        [tt.fields.absent, list(d.absent)],
      ]),
      h('h3', {}, tt.sections.goals),
      ...(d.goals.length ? d.goals.map((g) => h('p', {}, g)) : [h('p', { className: 'muted' }, tt.noGoal)]),
      h('h3', {}, tt.sections.rounds),
      table(
        [tt.fields.round, tt.fields.activity, tt.fields.minutes, tt.fields.summary],
        d.rounds.map((x) => [String(x.number), x.name, String(x.minutes), x.summary]),
      ),
      ...d.planned
        .filter((p) => !p.ran)
        .map((p) => h('p', { className: 'muted small', 'data-testid': 'record-not-run' }, fill(tt.plannedNotRun, { name: p.name }))),
      h('h3', {}, tt.sections.members),
      table(
        [tt.fields.member, tt.fields.participation],
        d.members.map((m) => [m.nickname, m.text]),
        'record-members',
      ),
      h('h3', {}, tt.sections.observations),
      ...d.observations.map((o) => h('p', {}, o)),
      h('h3', {}, tt.sections.checkins),
      ...d.checkins.map((c) => h('p', {}, c)),
    );
  };

  const text = (value: string, testid: string, ro: boolean, set: (v: string) => void, rows = 3) => {
    const el = h('textarea', { className: 'record-text', rows, 'data-testid': testid, ...(ro ? { readonly: true } : {}) });
    el.value = value;
    el.addEventListener('input', () => set(el.value));
    return el;
  };

  const yours = (r: RecordView, f: RecordFields) => {
    const tt = t().records;
    const ro = !r.canWrite || busy;
    const place = h('input', { type: 'text', className: 'record-place', 'data-testid': 'record-place', ...(ro ? { readonly: true } : {}) });
    place.value = f.place;
    place.addEventListener('input', () => (f.place = place.value));
    const level = (i: number) => {
      const sel = h(
        'select',
        { 'data-testid': 'record-level', ...(ro ? { disabled: true } : {}) },
        h('option', { value: '' }, tt.page.notAssessed),
        ...ATTAINMENT_LEVELS.map((l) => h('option', { value: l }, tt.attainment[l])),
      );
      sel.value = f.attainment[i]!.level ?? '';
      sel.addEventListener('change', () => (f.attainment[i]!.level = sel.value === '' ? null : (sel.value as (typeof ATTAINMENT_LEVELS)[number])));
      return sel;
    };
    const section = (title: string, child: Child) => h('div', { className: 'record-field' }, h('h3', {}, title), child);
    return h(
      'section',
      { className: 'card record-yours', 'data-testid': 'record-yours' },
      h('h2', {}, tt.page.yours),
      ro && r.status === 'final' ? h('p', { className: 'notice', 'data-testid': 'record-final-note' }, tt.page.readOnlyFinal) : null,
      ro && !r.canRun ? h('p', { className: 'notice', 'data-testid': 'record-reviewer-note' }, tt.page.readOnlyReviewer) : null,
      section(tt.fields.place, place),
      section(
        tt.sections.attainment,
        f.attainment.length === 0
          ? h('p', { className: 'muted' }, tt.noGoal)
          : table(
              [tt.fields.goal, tt.fields.attainment, tt.fields.note],
              f.attainment.map((a, i) => [a.goal, level(i), text(a.note, 'record-attainment-note', ro, (v) => (f.attainment[i]!.note = v), 2)]),
            ),
      ),
      section(
        tt.sections.dynamics,
        text(f.dynamics, 'record-dynamics', ro, (v) => (f.dynamics = v)),
      ),
      section(
        tt.sections.reflection,
        text(f.reflection, 'record-reflection', ro, (v) => (f.reflection = v)),
      ),
      section(
        tt.sections.followUp,
        text(f.followUp, 'record-follow-up', ro, (v) => (f.followUp = v)),
      ),
      section(
        tt.sections.individual,
        table(
          [tt.fields.member, tt.fields.note],
          r.children.map((c) => [c.nickname, text(f.individual[c.id] ?? '', 'record-individual', ro, (v) => (f.individual[c.id] = v), 2)]),
        ),
      ),
    );
  };

  const actions = (r: RecordView, f: RecordFields) => {
    const tt = t().records.page;
    const docx = (l: 'en' | 'zh-CN') =>
      h(
        'a',
        { className: 'button small', href: `/api${base}/record.docx?lang=${l}`, download: `process-record-${n}-${l}.docx`, 'data-testid': `record-docx-${l}` },
        `${tt.download} (${tt.languages[l]})`,
      );
    return h(
      'div',
      { className: 'record-actions no-print' },
      r.canWrite
        ? h(
            'button',
            {
              type: 'button',
              className: 'button',
              disabled: busy,
              'data-testid': 'record-save',
              onclick: () => void act('PUT', '', { version: r.version, fields: f }, tt.saved),
            },
            tt.save,
          )
        : null,
      r.canWrite
        ? h(
            'button',
            {
              type: 'button',
              className: 'button primary',
              disabled: busy || r.status !== 'draft',
              'data-testid': 'record-finalise',
              onclick: () => {
                if (window.confirm(tt.confirmFinalise)) void act('POST', '/finalise', { version: r.version }, t().records.status.final);
              },
            },
            tt.finalise,
          )
        : null,
      r.status === 'final' && r.canRun
        ? h(
            'button',
            {
              type: 'button',
              className: 'button',
              disabled: busy,
              'data-testid': 'record-correct',
              onclick: () => void act('POST', '/correct', {}, tt.started),
            },
            tt.correct,
          )
        : null,
      docx('en'),
      docx('zh-CN'),
      message ? h('span', { className: message.error ? 'error' : 'muted', role: 'status', 'data-testid': 'record-message' }, message.text) : null,
    );
  };

  const history = (r: RecordView) => {
    const tt = t().records;
    const what = (changed: string[], final: boolean) => {
      if (final) return tt.page.finalised;
      if (changed.length === 0) return tt.page.started;
      const name = (c: string) => {
        if (c.startsWith('individual:')) {
          const who = r.children.find((x) => x.id === c.slice(11))?.nickname ?? '—';
          return lang() === 'zh-CN' ? `${tt.sections.individual}（${who}）` : `${tt.sections.individual} (${who})`;
        }
        const map: Record<string, string> = {
          place: tt.fields.place,
          attainment: tt.sections.attainment,
          dynamics: tt.sections.dynamics,
          reflection: tt.sections.reflection,
          followUp: tt.sections.followUp,
        };
        return map[c] ?? c;
      };
      return changed.map(name).join(lang() === 'zh-CN' ? '、' : ', ');
    };
    return h(
      'section',
      { className: 'card record-history', 'data-testid': 'record-history' },
      h('h2', {}, tt.page.history),
      r.history.length === 0
        ? h('p', { className: 'muted' }, tt.status.none)
        : h(
            'ul',
            {},
            ...[...r.history].reverse().map((x) =>
              h(
                'li',
                { 'data-testid': 'record-history-row' },
                fill(tt.page.historyRow, {
                  at: localTimestamp(x.at, data.review.timeZone).slice(0, 16).replace('T', ' '),
                  by: x.by,
                  version: x.version,
                  what: what(x.changed, x.final),
                }),
              ),
            ),
          ),
    );
  };

  function draw(): void {
    const tt = t().records;
    const back = h('a', { className: 'back-link', href: routeHash({ name: 'group', groupId: data.group.id, tab: 'records' }) }, tt.page.back);
    if (!rec || !fields) return render(root, back, h('p', { className: message?.error ? 'error' : 'muted' }, message?.text ?? t().reviewPage.loading));
    const status = `${tt.status[rec.status]}${rec.version > 0 ? ` · ${fill(tt.version, { n: rec.version })}` : ''}`;
    render(
      root,
      back,
      h(
        'div',
        { className: 'record-head' },
        h('h2', {}, `${tt.title} · ${rec.drafted.session}`),
        h('span', { className: `record-status status-${rec.status}`, 'data-testid': 'record-status' }, status),
      ),
      actions(rec, fields),
      drafted(rec),
      yours(rec, fields),
      history(rec),
    );
  }

  const load = () =>
    loadRecord(data.group.id, n, lang()).then(
      (r) => {
        // Switching language reloads the drafted sentences; unsaved edits stay.
        const keep = rec && fields && rec.version === r.version && rec.status === r.status ? fields : null;
        rec = r;
        fields = keep ?? structuredClone(r.fields);
        draw();
      },
      (err: unknown) => {
        message = { text: errorText(err), error: true };
        draw();
      },
    );
  draw();
  void load();
  return langStore.subscribe(() => void load());
}
