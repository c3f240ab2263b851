// The observation popover of a seat: the tags (positive first, the programmes’ goals among them), an optional short note, save.
import { OBSERVATION_TAGS, type ObservationTag } from '../../../shared/metrics';
import { OBSERVATION_NOTE_MAX } from '../../../shared/session/observations';
import { fill } from '../../../shared/i18n';
import { h } from '../../common/dom';
import { t } from '../../common/i18n';
import type { LiveController } from '../live/live-controller';
import { openTag, type MetricsState, type MetricsStore } from '../live/metrics-store';

/** The tags worth watching; every other tag is something going well and is listed first. */
const WATCH: readonly ObservationTag[] = ['tension', 'withdrew', 'disagreed'];

export interface TagDeps {
  live: LiveController;
  mstore: MetricsStore;
}

export interface TagPopover {
  el: HTMLElement;
  childId: string;
  /** Shows the chosen tag and the saving state without rebuilding (the note keeps its focus and caret). */
  sync: (s: MetricsState) => void;
}

export function tagPopover(d: TagDeps, childId: string, name: string, counts: Readonly<Record<ObservationTag, number>> | null): TagPopover {
  const tt = t().consolePage.observations;
  const labels = t().common.observationTags;
  const option = (tag: ObservationTag) => {
    const n = counts?.[tag] ?? 0;
    return h(
      'button',
      {
        type: 'button',
        className: `tag-option ${WATCH.includes(tag) ? 'watch' : 'positive'}`,
        'data-testid': 'tag-option',
        'data-tag': tag,
        'aria-pressed': 'false',
        onclick: () => d.mstore.setState({ tagPick: tag }),
      },
      labels[tag],
      n > 0 ? h('span', { className: 'tag-n' }, String(n)) : null,
    );
  };
  const options = OBSERVATION_TAGS.map(option);
  const note = h('input', {
    type: 'text',
    className: 'tag-note',
    'data-testid': 'tag-note',
    maxlength: OBSERVATION_NOTE_MAX,
    placeholder: tt.note,
    'aria-label': tt.note,
    autocomplete: 'off',
  });
  note.value = d.mstore.getState().tagNote;
  note.addEventListener('input', () => d.mstore.setState({ tagNote: note.value }));
  note.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') void save(d, childId);
  });
  const saveButton = h(
    'button',
    { type: 'button', className: 'button primary small', 'data-testid': 'tag-save', disabled: true, onclick: () => void save(d, childId) },
    tt.save,
  );
  const el = h(
    'div',
    { className: 'tag-popover', 'data-testid': 'tag-popover', 'data-child-id': childId, role: 'dialog', 'aria-label': fill(tt.ask, { name }) },
    h('p', { className: 'tag-ask' }, fill(tt.ask, { name })),
    h('p', { className: 'tag-group-label' }, tt.positive),
    h('div', { className: 'tag-options' }, ...options.filter((_, i) => !WATCH.includes(OBSERVATION_TAGS[i]!))),
    h('p', { className: 'tag-group-label' }, tt.watch),
    h('div', { className: 'tag-options' }, ...options.filter((_, i) => WATCH.includes(OBSERVATION_TAGS[i]!))),
    note,
    h(
      'div',
      { className: 'tag-buttons' },
      h('button', { type: 'button', className: 'button small', 'data-testid': 'tag-cancel', onclick: () => openTag(d.mstore, null) }, tt.cancel),
      saveButton,
    ),
  );
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') openTag(d.mstore, null);
  });
  queueMicrotask(() => options[0]?.focus());
  return {
    el,
    childId,
    sync(s) {
      for (const b of options) b.setAttribute('aria-pressed', String(b.dataset.tag === s.tagPick));
      saveButton.disabled = s.tagPick === null || s.tagSaving;
    },
  };
}

async function save(d: TagDeps, childId: string): Promise<void> {
  const s = d.mstore.getState();
  if (s.tagFor !== childId || s.tagPick === null || s.tagSaving) return;
  d.mstore.setState({ tagSaving: true });
  const note = s.tagNote.trim();
  const ok = await d.live.send({ type: 'observation.tag', childId, tag: s.tagPick, ...(note ? { note } : {}) });
  if (d.mstore.getState().tagFor !== childId) return;
  // On a refusal the popover stays open with what was chosen; the page's error box says why.
  if (ok) openTag(d.mstore, null);
  else d.mstore.setState({ tagSaving: false });
}
