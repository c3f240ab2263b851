// The /ca page: how a tablet installs this laptop's certificate authority once, pictures first, in en or zh-CN.
import type { Language } from '../../shared/session/roster';
import { dictionary } from '../../shared/i18n';
import { HERO, devicePicture, stepPicture } from './ca-pictures';

/** The path of the CA certificate itself (its name is what the Android step tells the worker to pick). */
export const CA_FILE_PATH = '/ca/circletime-local-ca.crt';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f6f4ef;color:#23283a;font-size:18px;line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:20px 20px 40px}
.top{display:flex;justify-content:flex-end}
.lang{display:inline-flex;align-items:center;min-height:64px;padding:0 18px;border-radius:14px;color:#2f6fd6;font-weight:600;text-decoration:none}
.hero{display:flex;align-items:center;gap:24px;flex-wrap:wrap}
.hero svg{flex:none;max-width:100%;height:auto}
.hero div{flex:1 1 300px}
h1{font-size:30px;margin:0 0 6px}
.why{margin:0;color:#4d5570}
.download{display:inline-flex;align-items:center;gap:14px;min-height:72px;margin:22px 0 8px;padding:0 28px;border-radius:18px;background:#2f6fd6;color:#fff;font-size:22px;font-weight:700;text-decoration:none}
.download svg{width:40px;height:40px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(290px,1fr));gap:18px;margin-top:18px}
.card{background:#fff;border-radius:20px;padding:18px 20px;box-shadow:0 2px 8px rgba(35,40,58,.08)}
.card h2{display:flex;align-items:center;gap:12px;margin:0 0 8px;font-size:22px}
.card h2 svg{width:72px;height:72px}
ol{list-style:none;margin:0;padding:0}
li{display:flex;gap:12px;align-items:flex-start;padding:8px 0}
li svg{flex:none;width:36px;height:36px}
li span{min-width:0;overflow-wrap:anywhere}
.note{color:#6a7088;font-size:15px;margin:4px 0 0}
.then{margin-top:26px;font-size:20px}
.then a{display:inline-flex;align-items:center;min-height:64px;padding:0 6px;font-weight:700;color:#2f6fd6;word-break:break-all}
.fp{margin-top:16px;color:#4d5570;font-size:15px}
.fp code{display:block;margin-top:4px;font-family:ui-monospace,monospace;font-size:14px;word-break:break-all;color:#23283a}
`;

export function caPageHtml(opts: { lang: Language; fingerprint: string; joinUrl: string }): string {
  const t = dictionary(opts.lang).caPage;
  const other: Language = opts.lang === 'en' ? 'zh-CN' : 'en';
  const devices = (['android', 'ipad', 'chromebook'] as const).map(
    (d) => `<section class="card" data-device="${d}">
  <h2>${devicePicture(d)}<span>${esc(t.devices[d])}</span></h2>
  <ol>${t.steps[d].map((step, i) => `<li>${stepPicture(i)}<span>${esc(step)}</span></li>`).join('')}</ol>
  ${d === 'android' ? `<p class="note">${esc(t.androidNote)}</p>` : ''}
</section>`,
  );
  return `<!doctype html>
<html lang="${opts.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(t.title)}</title><style>${STYLE}</style></head>
<body><main>
<div class="top"><a class="lang" href="/ca?lang=${other}" data-testid="ca-lang">${esc(dictionary(opts.lang).common.languageNames[other])}</a></div>
<div class="hero">${HERO}<div><h1>${esc(t.title)}</h1><p class="why">${esc(t.why)}</p></div></div>
<a class="download" href="${CA_FILE_PATH}" download data-testid="ca-download">${stepPicture(0)}<span>${esc(t.download)}</span></a>
<div class="cards">${devices.join('\n')}</div>
<p class="then">${esc(t.thenOpen)} <a href="${esc(opts.joinUrl)}" data-testid="ca-then">${esc(opts.joinUrl)}</a></p>
<p class="fp">${esc(t.fingerprint)}<code data-testid="ca-fingerprint">${esc(opts.fingerprint)}</code></p>
</main></body></html>`;
}
