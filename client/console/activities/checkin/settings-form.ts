// Check-in settings on the console: which instrument (the group's daily variant first), and read-aloud mode.
import * as v from 'valibot';
import { CheckinSettingsSchema, DAILY_FAMILY, type CheckinSettings } from '../../../../shared/activities/checkin/settings';
import { fill } from '../../../../shared/i18n';
import type { InstrumentChoice } from '../../../../shared/instruments/catalog';
import { h } from '../../../common/dom';
import { lang, t } from '../../../common/i18n';
import { errorText } from '../../errors';
import { select } from '../../views/ui';
import type { PlanSettings, SettingsEnv } from '../types';
import { knownTitle, loadInstruments, type InstrumentsResponse } from '../../instruments/catalog';
import { agesText, answersText } from '../../instruments/describe';

type ReadAloud = CheckinSettings['readAloud'];
const READ_ALOUD: ReadAloud[] = ['tap', 'auto'];

/** The settings a plan or an intent carries: the request and read-aloud (the server fills in the instrument). */
export function checkinSettings(raw: unknown): { instrument: string; readAloud: ReadAloud } {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const r = v.safeParse(CheckinSettingsSchema, { instrument: o.instrument, readAloud: o.readAloud });
  const s = r.success ? r.output : v.parse(CheckinSettingsSchema, {});
  return { instrument: s.instrument, readAloud: s.readAloud };
}

export function checkinSummary(raw: unknown): string[] {
  const tt = t().consolePage.checkin;
  const s = checkinSettings(raw);
  // Built-in titles are known at once, the server's own ones once the list loaded; an id is never shown.
  const title = knownTitle(s.instrument);
  const name = title ? title[lang()] : s.instrument === DAILY_FAMILY ? tt.dailyTitle : tt.ownInstrument;
  return [name, tt.summary[s.readAloud]];
}

export function checkinFields(settings: PlanSettings, set: (next: PlanSettings) => void, env: SettingsEnv): HTMLElement[] {
  const tt = t().consolePage.checkin;
  let cur = checkinSettings(settings);
  const change = (patch: Partial<typeof cur>) => {
    cur = { ...cur, ...patch };
    set({ ...cur });
  };
  const pick = select<string>('checkin-instrument-select', [{ value: cur.instrument, label: tt.loading }], cur.instrument);
  pick.disabled = true;
  const hint = h('p', { className: 'field-hint checkin-gets', 'data-testid': 'checkin-instrument-hint' });
  const about = h('a', { className: 'checkin-about', href: '#/instruments', target: '_blank', rel: 'noopener' }, tt.about);
  let data: InstrumentsResponse | null = null;
  const describe = () => {
    const choice = data?.choices.find((c) => c.request === cur.instrument);
    hint.replaceChildren(...(choice && data ? getsText(choice, data, env) : []));
  };
  pick.addEventListener('change', () => {
    change({ instrument: pick.value });
    describe();
  });
  loadInstruments(env.ageBand).then(
    (r) => {
      data = r;
      const options = choiceOptions(r);
      // A plan may name an instrument this server no longer has: keep it visible rather than silently switch.
      if (!options.some((o) => o.value === cur.instrument)) options.push({ value: cur.instrument, label: cur.instrument });
      pick.replaceChildren(...options.map((o) => h('option', { value: o.value }, o.label)));
      pick.value = cur.instrument;
      pick.disabled = false;
      describe();
    },
    (err: unknown) => {
      hint.textContent = fill(tt.loadFailed, { error: errorText(err) });
      hint.classList.add('is-error');
    },
  );
  const readAloud = select<ReadAloud>(
    'checkin-readaloud-select',
    READ_ALOUD.map((m) => ({ value: m, label: tt.readAloudModes[m] })),
    cur.readAloud,
  );
  readAloud.addEventListener('change', () => change({ readAloud: readAloud.value as ReadAloud }));
  return [
    h(
      'div',
      { className: 'field checkin-instrument-field' },
      h('label', { className: 'field-label', for: 'checkin-instrument' }, tt.instrument),
      withId(pick, 'checkin-instrument'),
      hint,
      about,
    ),
    h(
      'label',
      { className: 'field' },
      h('span', { className: 'field-label' }, tt.readAloud),
      readAloud,
      h('span', { className: 'field-hint' }, tt.readAloudHint),
    ),
  ];
}

function withId<E extends HTMLElement>(el: E, id: string): E {
  el.id = id;
  return el;
}

/** Daily check-in first (the server sorts them so), each labelled by what this group's children would see. */
function choiceOptions(r: InstrumentsResponse): { value: string; label: string }[] {
  const tt = t().consolePage.checkin;
  const titles = r.choices.map((c) => c.title[lang()]);
  return r.choices.map((c) => {
    const ins = r.instruments.find((i) => i.id === c.resolved.id);
    const title = c.title[lang()];
    const variant = ins ? fill(tt.variant, { answers: answersText(ins.options), ages: agesText(ins.ageBand) }) : c.resolved.id;
    // Two versions of one scale share a title (the RSES in two item orders): the id tells them apart.
    const twin = titles.filter((x) => x === title).length > 1;
    return { value: c.request, label: fill(twin ? tt.choiceWithId : tt.choice, { title, variant, id: c.resolved.id }) };
  });
}

/** What the group gets, then what the kind is for (one sentence each, so no language needs a joining space). */
function getsText(choice: InstrumentChoice, r: InstrumentsResponse, env: SettingsEnv): HTMLElement[] {
  const tt = t().consolePage.checkin;
  const ins = r.instruments.find((i) => i.id === choice.resolved.id);
  if (!ins) return [];
  const gets = fill(tt.gets, {
    band: t().consolePage.ageBands[env.ageBand],
    id: ins.id,
    version: ins.version,
    questions: fill(tt.questions, { n: ins.items.length }),
    answers: answersText(ins.options),
    ages: agesText(ins.ageBand),
  });
  return [h('span', {}, gets), h('span', {}, ins.kind === 'daily' ? tt.dailyHint : tt.scaleHint)];
}
