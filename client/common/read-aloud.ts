// Read-aloud of instrument texts: a recorded clip per item/option id and language when the server has one, else the browser's voice.
import type { Language } from '../../shared/session/roster';
import { speak } from './speech';

/** Clip URLs by language and item/option id, as `GET /api/instruments/:id/clips` lists them. */
export type ClipMap = Partial<Record<Language, Record<string, string>>>;

/** One thing to read: `key` is the item or option id a recorded clip would be named after. */
export interface ReadPart {
  key: string;
  text: string;
}

/** How long a first read waits for the clip list before speaking with the browser's voice instead. */
const CLIP_LIST_WAIT_MS = 1500;
const NO_CLIPS: ClipMap = {};
const clipLists = new Map<string, Promise<ClipMap>>();

/** The clips of an instrument, fetched once and kept; a failed fetch is forgotten so a later read tries again. */
export function loadClips(instrumentId: string): Promise<ClipMap> {
  let list = clipLists.get(instrumentId);
  if (!list) {
    list = fetch(`/api/instruments/${encodeURIComponent(instrumentId)}/clips`, { credentials: 'same-origin' })
      .then(async (res) => (res.ok ? ((await res.json()) as ClipMap) : NO_CLIPS))
      .catch(() => {
        clipLists.delete(instrumentId);
        return NO_CLIPS;
      });
    clipLists.set(instrumentId, list);
  }
  return list;
}

// Each new read bumps the generation; a read in progress stops at its next step when it is no longer current.
let generation = 0;
let playing: HTMLAudioElement | null = null;
let interrupt: (() => void) | null = null;

/** Stops whatever is being read (a clip or the browser's voice). */
export function stopReading(): void {
  generation += 1;
  try {
    interrupt?.();
    interrupt = null;
    playing?.pause();
    playing = null;
    if ('speechSynthesis' in window) speechSynthesis.cancel();
  } catch {
    // Nothing to stop, or the browser refused: silence is the goal either way.
  }
}

/**
 * Reads one text: the recorded clip for `key` in `lang` if the instrument (`clips`: its id, or a list
 * already loaded) has one, else the browser's voice. Stops any previous reading. Never throws.
 */
export function readAloud(key: string, text: string, lang: Language, clips?: string | ClipMap): void {
  readAloudParts([{ key, text }], lang, clips);
}

/** Reads several texts one after the other (an item, then its options), each from its clip when there is one. */
export function readAloudParts(parts: readonly ReadPart[], lang: Language, clips?: string | ClipMap): void {
  stopReading();
  const gen = generation;
  run(parts, lang, clips, gen).catch(() => {
    // Read-aloud is a help, never a requirement: a failure is silent.
  });
}

async function run(parts: readonly ReadPart[], lang: Language, clips: string | ClipMap | undefined, gen: number): Promise<void> {
  const map = typeof clips === 'string' ? await withTimeout(loadClips(clips), CLIP_LIST_WAIT_MS, NO_CLIPS) : (clips ?? NO_CLIPS);
  const urls = map[lang] ?? {};
  let speech: string[] = [];
  const flush = async (last: boolean) => {
    if (speech.length === 0) return;
    const text = speech.join(' ');
    speech = [];
    speak(text, lang);
    // Only wait for the voice to finish when a clip is to follow it.
    if (!last) await speechDone(text, gen);
  };
  for (let i = 0; i < parts.length; i++) {
    if (gen !== generation) return;
    const part = parts[i]!;
    const url = urls[part.key];
    if (url) {
      await flush(false);
      if (gen !== generation) return;
      if (await playClip(url, gen)) continue;
      if (gen !== generation) return;
    }
    speech.push(sentence(part.text, lang));
  }
  if (gen === generation) await flush(true);
}

/** Ends each part with a stop, so the voice pauses between an item and its options. */
function sentence(text: string, lang: Language): string {
  const t = text.trim();
  if (/[.!?。！？…：:]$/.test(t)) return t;
  return t + (lang === 'zh-CN' ? '。' : '.');
}

function playClip(url: string, gen: number): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const audio = new Audio(url);
      playing = audio;
      const done = (ok: boolean) => {
        audio.onended = null;
        audio.onerror = null;
        if (interrupt === stop) interrupt = null;
        resolve(ok);
      };
      const stop = () => done(true);
      interrupt = stop;
      audio.onended = () => done(true);
      // A missing or unplayable file falls back to the browser's voice.
      audio.onerror = () => done(false);
      audio.play().catch(() => done(false));
      if (gen !== generation) done(true);
    } catch {
      resolve(false);
    }
  });
}

/** Waits until the browser's voice has finished `text` (or a generous estimate of its length has passed). */
async function speechDone(text: string, gen: number): Promise<void> {
  if (!('speechSynthesis' in window)) return;
  const limit = Date.now() + Math.max(3000, text.length * 160);
  await sleep(250);
  while (gen === generation && Date.now() < limit && (speechSynthesis.speaking || speechSynthesis.pending)) await sleep(150);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, sleep(ms).then(() => fallback)]);
}
