// Build Together on the tablet: whose turn (or "build together"), the picture to tap, my pieces, and help
// between friends. Pick a piece, tap its place; a refused tap gets a gentle spoken hint, a placed piece a sparkle.
import { pieceSvg } from '../../../common/activities/build-together/pictures';
import { h, render } from '../../../common/dom';
import { lang, t } from '../../i18n';
import { fill } from '../../../../shared/i18n/fill';
import type { BuildTogetherTablet } from '../../../../shared/activities/build-together';
import { SMILE } from '../../icons-ui';
import { sendIntent } from '../../live-session';
import { picture, prompt, say } from '../../widgets';
import { completedBySelf, type ActivityBuilder } from '../activity-view';
import { buildFinale } from './finale-view';
import { board, type Board, type BoardSlot } from './board';
import { askHelpButton, friendsAsking, myHelpCard } from './help';
import { hintBubble } from './hint';
import { HELP_HAND, SPARKLE, TAP } from './icons';
import { statusKey, statusStrip } from './status';
import { tray, type HandPiece } from './tray';
import '../activities.css';
import './build.css';
import './build-side.css';

export const buildTogetherView: ActivityBuilder = (me) => {
  const top = h('div', { className: 'build-top' });
  const boardHost = h('div', { className: 'build-board-host' });
  const friends = h('div', { className: 'build-friends-slot' });
  const footer = h('div', { className: 'build-footer' });
  const mine = h('div', { className: 'build-mine' });
  const side = h('div', { className: 'build-side' }, friends, mine, footer);
  const el = h('div', { className: 'build' }, top, boardHost, side);
  const hints = hintBubble(boardHost);

  let view: BuildTogetherTablet | null = null;
  let pic: Board | null = null;
  let selected: string | null = null;
  let placing = false;
  const keys = { status: '', friends: '', footer: '', mine: '' };
  let wasMyTurn = false;
  let helper: string | null = null;

  const heldPiece = (): HandPiece | null => view?.hand.find((p) => p.pieceId === selected) ?? null;
  const errorText = (code: string) => (t().common.errors as Record<string, string>)[code] ?? t().tabletPage.build.howTo;

  const pick = (p: HandPiece) => {
    selected = p.pieceId;
    hints.hide();
    say(p.label[lang()]);
    draw();
    pic?.showPlaceFor(p);
  };

  const tapPlace = async (slot: BoardSlot | null, filled: BoardSlot | null) => {
    if (!view) return;
    if (!slot) {
      if (filled) say(filled.label[lang()]);
      return;
    }
    const piece = heldPiece();
    if (!piece) {
      if (view.hand.length > 0) {
        hints.show(t().tabletPage.build.pickFirst, 'pick-first', TAP);
        trayPart.nudge();
      }
      return;
    }
    if (placing) return;
    placing = true;
    const r = await sendIntent({ type: 'build.place', pieceId: piece.pieceId, slotId: slot.slotId });
    placing = false;
    if (r.ok) {
      hints.hide();
      pic?.sparkle(slot.slotId);
      if (selected === piece.pieceId) selected = null;
      draw();
      return;
    }
    hints.show(errorText(r.code), r.code, r.code === 'build.wrong_place' ? pieceSvg(piece.shape, piece.colour, 'solid') : undefined);
  };

  const trayPart = tray(pick);

  const pass = async () => {
    const r = await sendIntent({ type: 'build.pass' });
    if (r.ok) hints.show(t().tabletPage.build.passed, 'passed', SMILE);
    else hints.show(errorText(r.code), r.code);
  };

  const askHelp = async () => {
    const piece = heldPiece();
    if (!piece) return;
    const r = await sendIntent({ type: 'build.ask-help', pieceId: piece.pieceId });
    if (!r.ok) hints.show(errorText(r.code), r.code, HELP_HAND);
  };

  const helpFriend = async (f: BuildTogetherTablet['friendsAsking'][number]) => {
    const r = await sendIntent({ type: 'build.help', to: f.child.childId });
    if (r.ok) hints.show(fill(t().tabletPage.build.thanksHelp, { name: f.child.nickname }), 'thanks', HELP_HAND);
    else hints.show(errorText(r.code), r.code);
  };

  /** The places that glow: only where a friend's help showed this piece's kind. */
  const glowing = (v: BuildTogetherTablet): Set<string> => {
    const held = heldPiece();
    const help = v.myHelp;
    if (!held || !help || help.hint.length === 0) return new Set();
    return held.shape === help.look.shape && held.colour === help.look.colour ? new Set(help.hint) : new Set();
  };

  const drawFooter = (v: BuildTogetherTablet) => {
    const tb = t().tabletPage.build;
    // Asking again for the piece already asked about would only repeat it: friends can see it, or one is coming.
    const asked = v.myHelp !== null && v.myHelp.pieceId === selected;
    const key = JSON.stringify([v.hand.length === 0, v.placedAny, v.completed, v.myHelp, selected !== null && !asked, lang()]);
    if (key === keys.footer) return;
    keys.footer = key;
    if (v.hand.length === 0) {
      const words = v.completed ? [tb.complete] : v.placedAny ? [tb.done, tb.doneMore] : [tb.noPieces];
      render(
        footer,
        h(
          'div',
          { className: 'build-done', 'data-testid': 'build-done', 'data-placed': String(v.placedAny) },
          picture(SPARKLE, 'picture build-done-picture'),
          ...words.map((w, i) => prompt(w, i === 0 ? 'prompt' : 'prompt prompt-small')),
        ),
      );
      return;
    }
    render(footer, v.myHelp ? myHelpCard(v.myHelp) : null, selected !== null && !asked ? askHelpButton(askHelp) : null);
  };

  const draw = () => {
    const v = view;
    if (!v) return;
    const tb = t().tabletPage.build;
    if (selected && !v.hand.some((p) => p.pieceId === selected)) selected = null;
    el.dataset['turnMode'] = v.turnMode;
    el.dataset['myTurn'] = String(v.myTurn);
    el.dataset['canPlace'] = String(v.canPlace);
    el.classList.toggle('holding', selected !== null && v.canPlace);

    const sk = statusKey(v);
    if (sk !== keys.status) {
      keys.status = sk;
      render(top, statusStrip(v, me, pass));
    }
    if (!pic) {
      pic = board(
        v,
        () => heldPiece(),
        (slot, filled) => void tapPlace(slot, filled),
      );
      boardHost.prepend(pic.el);
    }
    pic.update(v, glowing(v));

    const fk = JSON.stringify(v.friendsAsking);
    if (fk !== keys.friends) {
      keys.friends = fk;
      render(friends, v.friendsAsking.length ? friendsAsking(v.friendsAsking, helpFriend) : null);
    }
    const mk = JSON.stringify([v.hand.length > 0, selected !== null]);
    if (mk !== keys.mine) {
      keys.mine = mk;
      mine.classList.toggle('empty', v.hand.length === 0);
      render(mine, v.hand.length > 0 ? prompt(selected ? tb.tapPlace : tb.myPieces, 'prompt prompt-small build-mine-title') : null, trayPart.el);
    }
    trayPart.update(v.hand, selected, v.canPlace);
    drawFooter(v);
  };

  return {
    el,
    update: (next) => {
      if (next.activity !== 'build-together') return;
      view = next;
      // A friend came to help: hold the piece they help with, so its places glow, and say so.
      const by = next.myHelp?.helpedBy?.childId ?? null;
      if (by && by !== helper && next.myHelp) {
        if (next.hand.some((p) => p.pieceId === next.myHelp?.pieceId)) selected = next.myHelp.pieceId;
        const tb = t().tabletPage.build;
        const name = next.myHelp.helpedBy?.nickname ?? '';
        say(next.myHelp.hint.length ? `${fill(tb.helping, { name })} ${tb.lookGlow}` : fill(tb.helping, { name }));
      }
      helper = by;
      if (next.myTurn && !wasMyTurn) say(t().tabletPage.build.yourTurn);
      wasMyTurn = next.myTurn;
      draw();
    },
    destroy: () => hints.hide(),
    farewell: (s) => (view && completedBySelf(s, 'build-together') ? buildFinale(view) : null),
  };
};
