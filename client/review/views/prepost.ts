// The review's pre/post tab: pick the questionnaire, the pre and post sessions and the RCI norms; the results block below.
import '../styles/prepost.css';
import { h, render } from '../../common/dom';
import { lang, langStore, t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import { groupPreTestSd, instrumentsWithResponses, type PrePostPopulation } from '../../../shared/review/prepost';
import { fmtBounded, fmtNumber, fmtTrimmed } from '../../../shared/review/prepost-format';
import type { GroupData } from '../data';
import {
  analyseState,
  choiceOf,
  instrumentNorms,
  prePostState,
  rememberPrePost,
  stateForInstrument,
  type NormsMode,
  type PrePostUiState,
} from './prepost-choice';
import { prePostResults } from './prepost-results';
import type { GroupView } from './view';

type Tt = ReturnType<typeof t>['reviewPrePost'];

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { className: 'field' }, h('span', { className: 'field-label' }, label), control);
}

function pickers(data: GroupData, state: PrePostUiState, tt: Tt, change: (next: PrePostUiState) => void): HTMLElement {
  const answered = instrumentsWithResponses(data.review.checkins, data.instruments);
  const L = lang();
  const instrumentLabel = (id: string) => {
    const ins = data.instruments.find((i) => i.id === id);
    const name = ins?.title[L] ?? id;
    if (ins?.kind === 'daily') return fill(tt.pickers.daily, { name });
    return ins?.validation[L] === 'translation-not-validated' ? fill(tt.pickers.notValidated, { name }) : name;
  };
  const sessions = answered.find((a) => a.instrumentId === state.instrumentId)?.sessions ?? [];
  const sessionSelect = (testid: string, value: number, pick: (n: number) => PrePostUiState) =>
    h(
      'select',
      { 'data-testid': testid, onchange: (ev: Event) => change(pick(Number((ev.target as HTMLSelectElement).value))) },
      ...sessions.map((s) =>
        h('option', { value: s.session, selected: s.session === value }, fill(tt.pickers.session, { n: s.session, scored: s.scored, responses: s.responses })),
      ),
    );
  const instrumentSelect = h(
    'select',
    {
      'data-testid': 'prepost-instrument',
      onchange: (ev: Event) => {
        const next = stateForInstrument(data, (ev.target as HTMLSelectElement).value, state);
        if (next) change(next);
      },
    },
    ...answered.map((a) => h('option', { value: a.instrumentId, selected: a.instrumentId === state.instrumentId }, instrumentLabel(a.instrumentId))),
  );
  return h(
    'div',
    { className: 'prepost-pickers' },
    field(tt.pickers.instrument, instrumentSelect),
    field(
      tt.pickers.pre,
      sessionSelect('prepost-pre', state.preSession, (n) => ({ ...state, preSession: n })),
    ),
    field(
      tt.pickers.post,
      sessionSelect('prepost-post', state.postSession, (n) => ({ ...state, postSession: n })),
    ),
  );
}

/** Research-consented children (the default, what a report may give) or everyone taking part (internal only). */
function populationChoice(state: PrePostUiState, tt: Tt, change: (next: PrePostUiState) => void): HTMLElement {
  const p = tt.population;
  const option = (value: PrePostPopulation, label: string, hint: string) =>
    h(
      'label',
      { className: `prepost-population-option${value === 'all' ? ' weaker' : ''}` },
      h('input', {
        type: 'radio',
        name: 'prepost-population',
        value,
        checked: state.population === value,
        'data-testid': `prepost-population-${value}`,
        onchange: () => change({ ...state, population: value }),
      }),
      h('span', {}, h('strong', {}, label), h('br', {}), h('span', { className: 'muted small' }, hint)),
    );
  return h(
    'fieldset',
    { className: 'prepost-population-choice' },
    h('legend', {}, p.label),
    option('research', p.research, p.researchHint),
    option('all', p.all, p.allHint),
  );
}

function normsCard(
  data: GroupData,
  state: PrePostUiState,
  tt: Tt,
  setMode: (m: NormsMode) => void,
  type: (key: 'sd' | 'reliability' | 'source', v: string) => void,
): HTMLElement {
  const n = tt.norms;
  const L = lang();
  const published = instrumentNorms(data, state.instrumentId);
  const groupSd = groupPreTestSd(data.review.checkins, data.review.children, choiceOf(state));
  const radio = (mode: NormsMode, label: string | Node, extra?: Node | null) =>
    h(
      'label',
      { className: `prepost-norms-option${mode === 'group' ? ' weaker' : ''}` },
      h('input', {
        type: 'radio',
        name: 'prepost-norms-mode',
        value: mode,
        checked: state.normsMode === mode,
        'data-testid': `prepost-norms-${mode}`,
        onchange: () => setMode(mode),
      }),
      h('span', {}, label, extra ?? null),
    );
  const input = (key: 'sd' | 'reliability' | 'source', label: string, enabled: boolean, placeholder?: string) =>
    field(
      label,
      h('input', {
        type: 'text',
        inputmode: key === 'source' ? null : 'decimal',
        value: state[key],
        placeholder: placeholder ?? null,
        disabled: !enabled,
        'data-testid': `prepost-norms-${key}`,
        oninput: (ev: Event) => type(key, (ev.target as HTMLInputElement).value),
      }),
    );
  const mode = state.normsMode;
  return h(
    'section',
    { className: 'card prepost-norms no-print', 'data-testid': 'prepost-norms' },
    h('h3', {}, n.title),
    h('p', { className: 'muted small' }, n.intro, ' ', n.notSet),
    published
      ? radio('instrument', fill(n.instrument, { sd: fmtTrimmed(published.sd), reliability: fmtBounded(published.reliability, L), source: published.source }))
      : null,
    radio('entered', n.entered),
    h(
      'div',
      { className: 'prepost-norms-fields' },
      input('sd', n.sd, mode === 'entered'),
      input('reliability', n.reliability, mode !== 'instrument'),
      input('source', n.source, mode === 'entered', n.sourcePlaceholder),
    ),
    radio(
      'group',
      n.group,
      h('span', { className: 'muted small prepost-group-sd' }, ' — ', groupSd === null ? n.groupSdMissing : fill(n.groupSd, { sd: fmtNumber(groupSd) })),
    ),
    h('p', { className: 'muted small prepost-norms-help' }, n.groupHelp),
  );
}

export const mountPrePost: GroupView = (root, data) => {
  let state = prePostState(data);
  const controls = h('div', { className: 'prepost-controls' });
  const results = h('section', { className: 'card prepost-results-card' });

  const drawResults = () => {
    if (state) render(results, prePostResults(analyseState(state, data), data));
  };
  const update = (next: PrePostUiState, redrawControls: boolean) => {
    state = next;
    rememberPrePost(data.group.id, next);
    if (redrawControls) drawControls();
    drawResults();
  };
  const drawControls = () => {
    const tt = t().reviewPrePost;
    if (!state) return;
    const s = state;
    render(
      controls,
      h(
        'section',
        { className: 'card prepost-choice no-print' },
        h('h2', {}, tt.title),
        h('p', { className: 'muted' }, tt.intro),
        pickers(data, s, tt, (next) => update(next, true)),
        populationChoice(s, tt, (next) => update(next, true)),
      ),
      normsCard(
        data,
        s,
        tt,
        (normsMode) => update({ ...s, normsMode }, true),
        // Typing redraws only the results, so the field keeps its focus and caret.
        (key, value) => {
          s[key] = value;
          update(s, false);
        },
      ),
    );
  };
  const draw = () => {
    if (!state) {
      const tt = t().reviewPrePost;
      render(root, h('section', { className: 'card', 'data-testid': 'prepost-empty' }, h('h2', {}, tt.title), h('p', { className: 'muted' }, tt.noData)));
      return;
    }
    render(root, controls, results);
    drawControls();
    drawResults();
  };
  draw();
  return langStore.subscribe(draw);
};
