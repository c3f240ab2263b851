// One instrument for staff: facts, validation, every question and answer in both languages, scoring, source, licence.
import { fill } from '../../../shared/i18n';
import type { LocalText } from '../../../shared/instruments/schema';
import { LANGUAGES, type Language } from '../../../shared/session/roster';
import { optionPictureSvg } from '../../common/option-pictures';
import { h } from '../../common/dom';
import { lang, t } from '../../common/i18n';
import type { ServerInstrument } from '../instruments/catalog';
import { agesText, answersText, kindText, validationText } from '../instruments/describe';

type Cell = HTMLElement | string | null;

export function instrumentCard(ins: ServerInstrument): HTMLElement {
  const tt = t().consolePage.instruments;
  const here = lang();
  const other = LANGUAGES.find((l) => l !== here) ?? here;
  return h(
    'section',
    { className: `card instrument-card kind-${ins.kind}`, id: `instrument-${ins.id}`, 'data-testid': 'instrument-card', 'data-instrument-id': ins.id },
    h(
      'header',
      { className: 'instrument-head' },
      h(
        'div',
        { className: 'instrument-titles' },
        h('h2', {}, ins.title[here]),
        h('p', { className: 'instrument-other-title', lang: other }, ins.title[other]),
      ),
      h(
        'div',
        { className: 'instrument-pills' },
        h('span', { className: `pill kind-pill kind-${ins.kind}` }, kindText(ins.kind)),
        h(
          'span',
          { className: `pill origin-pill${ins.builtin ? '' : ' is-own'}`, 'data-testid': 'instrument-origin', 'data-builtin': String(ins.builtin) },
          ins.builtin ? tt.builtin : tt.own,
        ),
      ),
    ),
    facts(ins),
    validation(ins),
    section(tt.introLabel, bilingual('instrument-intro', ins.intro)),
    section(fill(tt.items, { n: ins.items.length }), itemsTable(ins)),
    section(tt.options, optionsTable(ins)),
    section(tt.scoring, scoring(ins)),
    h(
      'div',
      { className: 'instrument-refs' },
      h('div', {}, h('h3', {}, tt.source), h('p', { 'data-testid': 'instrument-source' }, ins.source[here])),
      h('div', {}, h('h3', {}, tt.licence), h('p', { 'data-testid': 'instrument-licence' }, ins.licence[here])),
    ),
    ins.notes.length > 0
      ? section(tt.notes, h('ul', { className: 'instrument-notes', 'data-testid': 'instrument-notes' }, ...ins.notes.map((n) => h('li', {}, n[here]))))
      : null,
  );
}

function facts(ins: ServerInstrument): HTMLElement {
  const tt = t().consolePage.instruments;
  const row = (label: string, value: Cell, wide = false) => h('div', { className: wide ? 'wide' : '' }, h('dt', {}, label), h('dd', {}, value));
  return h(
    'dl',
    { className: 'instrument-facts' },
    row(tt.ages, `${agesText(ins.ageBand)} · ${answersText(ins.options)}`),
    ins.order ? row(tt.order, typeof ins.order === 'string' ? ins.order : ins.order[lang()], true) : null,
    h('div', { className: 'wide' }, technical(ins)),
  );
}

/** Ids and the version, folded away: for whoever copies the file or records clips, never in the way of reading. */
function technical(ins: ServerInstrument): HTMLElement {
  const tt = t().consolePage.instruments;
  const row = (label: string, value: Cell) => h('div', {}, h('dt', {}, label), h('dd', {}, value));
  const ids = (list: { id: string }[]) => h('span', { className: 'id-list' }, ...list.flatMap((x, i) => [i ? ' · ' : '', h('code', {}, x.id)]));
  return h(
    'details',
    { className: 'instrument-technical', 'data-testid': 'instrument-technical' },
    h('summary', {}, tt.technical),
    h(
      'dl',
      {},
      row(tt.id, h('code', { 'data-testid': 'instrument-id' }, ins.id)),
      row(tt.version, h('code', { 'data-testid': 'instrument-version' }, ins.version)),
      ins.family ? row(tt.family, h('span', {}, h('code', {}, ins.family), h('small', {}, ` — ${tt.familyHint}`))) : null,
      row(tt.itemIds, ids(ins.items)),
      row(tt.optionIds, ids(ins.options)),
    ),
  );
}

function validation(ins: ServerInstrument): HTMLElement {
  const tt = t();
  return h(
    'div',
    { className: 'instrument-validation', 'data-testid': 'instrument-validation' },
    h('span', { className: 'validation-label' }, tt.consolePage.instruments.validation),
    ...LANGUAGES.map((l: Language) =>
      h(
        'span',
        { className: `validation-pill v-${ins.validation[l]}`, 'data-lang': l, 'data-status': ins.validation[l] },
        h('strong', {}, tt.common.languageNames[l]),
        ' ',
        validationText(ins.validation[l]),
      ),
    ),
  );
}

function section(title: string, body: HTMLElement): HTMLElement {
  return h('section', { className: 'instrument-section' }, h('h3', {}, title), body);
}

/** Both languages side by side: the worker can check a translation line by line. */
function bilingual(testid: string, text: LocalText): HTMLElement {
  return h('div', { className: 'bilingual', 'data-testid': testid }, ...LANGUAGES.map((l) => h('p', { lang: l }, text[l])));
}

function langHeads(): HTMLElement[] {
  return LANGUAGES.map((l) => h('th', { lang: l }, t().common.languageNames[l]));
}

function spoken(speak: LocalText | undefined, l: Language): HTMLElement | null {
  return speak ? h('small', { className: 'spoken' }, fill(t().consolePage.instruments.spokenAs, { text: speak[l] })) : null;
}

function itemsTable(ins: ServerInstrument): HTMLElement {
  const tt = t().consolePage.instruments;
  return h(
    'table',
    { className: 'instrument-table items' },
    h('thead', {}, h('tr', {}, h('th', { className: 'num' }, '#'), ...langHeads(), h('th', { className: 'rev' }, ''))),
    h(
      'tbody',
      {},
      ...ins.items.map((item, i) =>
        h(
          'tr',
          { className: item.reversed ? 'is-reversed' : '', 'data-testid': 'instrument-item', 'data-item-id': item.id, 'data-reversed': String(item.reversed) },
          h('td', { className: 'num' }, String(i + 1)),
          ...LANGUAGES.map((l) => h('td', { lang: l }, item.text[l], spoken(item.speak, l))),
          h('td', { className: 'rev' }, item.reversed ? h('span', { className: 'reversed-tag', title: tt.reversedTitle }, '↺ ', tt.reversed) : null),
        ),
      ),
    ),
  );
}

function optionsTable(ins: ServerInstrument): HTMLElement {
  const tt = t().consolePage.instruments;
  return h(
    'table',
    { className: 'instrument-table options' },
    h('thead', {}, h('tr', {}, h('th', { className: 'pic' }, tt.picture), ...langHeads(), h('th', { className: 'score' }, tt.score))),
    h(
      'tbody',
      {},
      ...ins.options.map((o) =>
        h(
          'tr',
          { 'data-testid': 'instrument-option', 'data-option-id': o.id },
          h('td', { className: 'pic' }, h('div', { className: 'pic-cell' }, optionPictureSvg(o.picture, 48))),
          ...LANGUAGES.map((l) => h('td', { lang: l }, h('strong', {}, o.label[l]), spoken(o.speak, l))),
          h('td', { className: 'score' }, String(ins.scoring.values[o.id] ?? '—')),
        ),
      ),
    ),
  );
}

function scoring(ins: ServerInstrument): HTMLElement {
  const tt = t().consolePage.instruments;
  const anyReversed = ins.items.some((i) => i.reversed);
  return h(
    'div',
    { className: 'instrument-scoring', 'data-testid': 'instrument-scoring' },
    h('p', {}, h('strong', {}, fill(tt.total, { min: ins.scoring.total.min, max: ins.scoring.total.max }))),
    anyReversed ? h('p', {}, tt.reversedRule) : null,
    h('p', {}, tt.totalRule),
    ins.norms
      ? h('p', { className: 'muted' }, `${tt.norms}: `, fill(tt.normsText, { sd: ins.norms.sd, reliability: ins.norms.reliability, source: ins.norms.source }))
      : null,
  );
}
