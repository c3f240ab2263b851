// Read-aloud with the browser's own speech voices (offline; silent if the device has none).
import type { Language } from '../../shared/session/roster';

export function speak(text: string, lang: Language): void {
  if (!('speechSynthesis' in window)) return;
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  u.rate = 0.9;
  const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith(u.lang.slice(0, 2)));
  if (voice) u.voice = voice;
  speechSynthesis.cancel();
  speechSynthesis.speak(u);
}
