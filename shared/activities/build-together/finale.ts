// The completed picture for the screen's celebration: the round closes in the same step as the last piece.
import type { BuildTogetherScreen } from './views';

/**
 * The last view, completed: every slot filled and everyone who took part — those who had placed, plus
 * every child still holding pieces (each remaining piece had to be placed by its holder to fill the
 * picture). Slots filled since the last view keep `filledBy: null` (who placed them is not known here).
 */
export function buildTogetherFinale(last: BuildTogetherScreen): BuildTogetherScreen {
  const known = new Set(last.builders.map((b) => b.childId));
  const late = last.children.filter((c) => c.hasPieces && !known.has(c.childId)).map((c) => ({ childId: c.childId, nickname: c.nickname, avatar: c.avatar }));
  const by = [...last.builders, ...late];
  const took = new Set(by.map((b) => b.childId));
  return {
    ...last,
    slots: last.slots.map((s) => ({ ...s, filled: true, highlight: false })),
    filledCount: last.total,
    turn: null,
    children: last.children.map((c) => ({ ...c, placed: took.has(c.childId), hasPieces: false, onTurn: false, askingHelp: false })),
    help: [],
    builders: by,
    completed: { by },
  };
}
