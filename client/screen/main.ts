// The shared screen page: get a screen token (from #t=… or the code form), connect, run the Phaser stage.
import './styles.css';
import { connectLive, type LiveConnection } from '../common/live-connection';
import { t } from '../common/i18n';
import type { ScreenView } from '../../shared/session/views';
import { mountChrome } from './chrome';
import { askForCode } from './code-form';
import { resetMoments } from './moment-tracker';
import { applyBatch, forgetFinale } from './round-finale';
import { clearSceneReady } from './scene-ready';
import { screenStore, stageMode } from './screen-store';
import { forgetScreenKey, readScreenKey, saveScreenKey, type ScreenKey } from './screen-token';
import { startStage, type Stage } from './stage';
import { mountMirror } from './test-mirror';
import { keepShellOffline } from '../common/offline-shell';

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from screen/index.html`);
  return el;
}

const stageEl = byId('stage');
const formEl = byId('form-root');

let live: { link: LiveConnection; stage: Stage; off: () => void } | null = null;

async function run(key: ScreenKey): Promise<void> {
  formEl.replaceChildren();
  stageEl.hidden = false;
  const stage = await startStage(stageEl);
  const link = connectLive<ScreenView>({
    handshake: { role: 'screen', screenToken: key.token },
    room: key.code,
    onBatch: applyBatch,
    // The session was given a new join code: kept with the token (the address keeps neither, see screen-token.ts),
    // so a reload reconnects by the new code too. The view already shows it, with its QR.
    onNewCode: (code) => saveScreenKey({ token: key.token, code }),
    // Not reached at all (a reload while the server is away): "reconnecting", the same calm badge as a drop.
    onStatus: (status, code) =>
      screenStore.setState({
        status: status === 'connecting' && code === undefined ? 'reconnecting' : status,
        closedCode: status === 'closed' ? (code ?? null) : null,
      }),
  });
  const off = screenStore.subscribe((s) => {
    // A link that closed for good before anything was shown (an old token, an outdated page): ask again.
    if (stageMode(s) === 'notice' && live?.link === link) {
      const code = s.closedCode ?? 'session.ended';
      // After this store update has reached every subscriber, not in the middle of it.
      queueMicrotask(() => leave(() => (code === 'session.ended' ? t().screenPage.form.endedBefore : t().common.errors[code])));
    }
  });
  live = { link, stage, off };
}

/** Drops the current session (if any) and shows the code form, optionally with a gentle notice. */
function leave(notice?: () => string): void {
  if (live) {
    live.off();
    live.stage.destroy();
    live.link.close();
    live = null;
  }
  forgetScreenKey();
  resetMoments();
  forgetFinale();
  clearSceneReady();
  screenStore.setState({ view: null, version: 0, status: 'connecting', closedCode: null, clockOffset: 0, finale: null });
  stageEl.hidden = true;
  stageEl.replaceChildren();
  const form = askForCode(formEl, notice);
  void form.key.then((key) => {
    form.remove();
    saveScreenKey(key);
    void run(key);
  });
}

mountChrome(byId('chrome'), () => leave());
mountMirror(byId('mirror'));

keepShellOffline();
const saved = readScreenKey();
if (saved) void run(saved);
else leave();
