// Recorded read-aloud clips: <clips dir>/<instrument id>/<language>/<item or option id>.<mp3|ogg|m4a|wav>.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../shared/session/roster';

const AUDIO = /^([a-z0-9][a-z0-9-]{0,47})\.(mp3|ogg|m4a|wav)$/;

/** The clips present for an instrument, as URLs under /clips, by language and item/option id. */
export function clipsFor(clipsDir: string, instrumentId: string): Record<Language, Record<string, string>> {
  const out = { en: {}, 'zh-CN': {} } as Record<Language, Record<string, string>>;
  if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(instrumentId)) return out;
  for (const lang of LANGUAGES) {
    const dir = join(clipsDir, instrumentId, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const m = AUDIO.exec(name);
      if (m) out[lang][m[1]!] = `/clips/${instrumentId}/${lang}/${name}`;
    }
  }
  return out;
}
