// Build Together in the hidden DOM mirror: the picture and how full it is, whose turn, who asks for help,
// who is building, and the finale with everyone who built it.
import type { BuildTogetherScreen } from '../../../../shared/activities/build-together';
import { fill, type Dict } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/session/roster';
import { h } from '../../../common/dom';

export function buildTogetherMirror(view: BuildTogetherScreen, t: Dict['screenPage'], lang: Language): HTMLElement[] {
  const b = t.build;
  const out: HTMLElement[] = [
    h(
      'section',
      {
        'data-testid': 'screen-build',
        'data-design': view.design.id,
        'data-mode': view.turnMode,
        'data-filled': String(view.filledCount),
        'data-total': String(view.total),
        'data-turn': view.turn?.childId ?? '',
      },
      h('p', {}, fill(b.mirrorPicture, { design: view.design.name[lang], filled: view.filledCount, total: view.total })),
      view.turn ? h('p', { 'data-testid': 'screen-build-turn', 'data-child-id': view.turn.childId }, fill(b.mirrorTurn, { name: view.turn.nickname })) : null,
      h(
        'ul',
        {},
        ...view.help.map((x) =>
          h(
            'li',
            {
              'data-testid': 'screen-build-help',
              'data-child-id': x.child.childId,
              'data-helped-by': x.helpedBy?.childId ?? '',
              'data-slots': x.slots.join(' '),
            },
            x.helpedBy ? fill(b.helping, { helper: x.helpedBy.nickname }) : fill(b.mirrorHelp, { name: x.child.nickname, piece: x.look.label[lang] }),
          ),
        ),
      ),
      h(
        'ul',
        {},
        ...view.children.map((c) => h('li', { 'data-testid': 'screen-build-child', 'data-child-id': c.childId, 'data-on-turn': String(c.onTurn) }, c.nickname)),
      ),
    ),
  ];
  if (view.completed) {
    out.push(
      h(
        'section',
        { 'data-testid': 'screen-build-finale', 'data-builders': view.completed.by.map((c) => c.childId).join(' ') },
        h('p', {}, `${b.done} ${b.doneSub}`),
        h('p', {}, fill(b.mirrorBuilders, { names: view.completed.by.map((c) => c.nickname).join(lang === 'zh-CN' ? '、' : ', ') })),
      ),
    );
  }
  return out;
}
