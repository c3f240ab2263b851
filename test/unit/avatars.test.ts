// Unit tests for the SVG avatar catalogue in shared/avatars.
import { describe, it, expect } from 'vitest';
import { AVATARS, AVATAR_IDS, avatarDataUrl, avatarSvg, isAvatarId } from '../../shared/avatars';

/** A small well-formedness check: every tag closes in order, attributes are quoted, no stray text. */
function checkXml(xml: string): string | null {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let pos = 0;
  let roots = 0;
  while (pos < xml.length) {
    if (xml[pos] !== '<') {
      const next = xml.indexOf('<', pos);
      const text = xml.slice(pos, next === -1 ? xml.length : next);
      if (text.trim() !== '') return `unexpected text at ${pos}: ${text.slice(0, 20)}`;
      if (next === -1) break;
      pos = next;
      continue;
    }
    token.lastIndex = pos;
    const m = token.exec(xml);
    if (m === null) return `malformed tag at ${pos}: ${xml.slice(pos, pos + 30)}`;
    const [whole, closing, name = '', attrs = '', selfClosing] = m;
    if (closing) {
      if (attrs !== '' || selfClosing) return `bad closing tag </${name}>`;
      if (stack.pop() !== name) return `unbalanced </${name}> at ${pos}`;
    } else {
      if (stack.length === 0) roots++;
      const names = [...attrs.matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
      if (!selfClosing) stack.push(name);
    }
    pos += whole.length;
  }
  if (stack.length > 0) return `unclosed <${stack.join('>, <')}>`;
  if (roots !== 1) return `expected one root element, found ${roots}`;
  return null;
}

describe('avatars', () => {
  it('has at least 24 unique lowercase kebab-case ids', () => {
    expect(AVATAR_IDS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(AVATAR_IDS).size).toBe(AVATAR_IDS.length);
    for (const id of AVATAR_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('lists every id once in AVATARS, in order, with a background colour', () => {
    expect(AVATARS.map((a) => a.id)).toEqual([...AVATAR_IDS]);
    for (const a of AVATARS) expect(a.background).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives every avatar unique English and Chinese names', () => {
    const en = AVATARS.map((a) => a.names.en);
    const zh = AVATARS.map((a) => a.names['zh-CN']);
    for (const name of [...en, ...zh]) expect(name.trim().length).toBeGreaterThan(0);
    for (const name of zh) expect(name).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(new Set(en).size).toBe(en.length);
    expect(new Set(zh).size).toBe(zh.length);
  });

  it('recognises avatar ids', () => {
    for (const id of AVATAR_IDS) expect(isAvatarId(id)).toBe(true);
    for (const x of ['', 'Cat', 'dragon-king', 'toString', 'constructor', 1, null, undefined, {}, ['cat']]) {
      expect(isAvatarId(x)).toBe(false);
    }
  });

  it('renders every avatar as a standalone, well-formed SVG document', () => {
    for (const id of AVATAR_IDS) {
      const svg = avatarSvg(id);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
      expect(svg.match(/<\/svg>/g)).toHaveLength(1);
      expect(checkXml(svg), id).toBeNull();
      // Safe to inline many times and to load as an image: no ids, text, scripts, links or NaN.
      expect(svg).not.toMatch(/\sid=|<text|<script|href|url\(|NaN|undefined|Infinity/);
    }
  });

  it('checkXml itself rejects broken markup', () => {
    expect(checkXml('<svg><g></svg>')).not.toBeNull();
    expect(checkXml('<svg><circle r=1/></svg>')).not.toBeNull();
    expect(checkXml('<svg/><svg/>')).not.toBeNull();
    expect(checkXml('<svg>hi</svg>')).not.toBeNull();
    expect(checkXml('<svg a="1"><g b="2"/></svg>')).toBeNull();
  });

  it('draws every avatar differently, on its own background', () => {
    const svgs = AVATAR_IDS.map((id) => avatarSvg(id));
    expect(new Set(svgs).size).toBe(svgs.length);
    for (const a of AVATARS) expect(avatarSvg(a.id)).toContain(`fill="${a.background}"`);
  });

  it('is deterministic', () => {
    for (const id of AVATAR_IDS) expect(avatarSvg(id)).toBe(avatarSvg(id));
  });

  it('builds data URLs that round-trip to the SVG', () => {
    const prefix = 'data:image/svg+xml;charset=utf-8,';
    for (const id of AVATAR_IDS) {
      const url = avatarDataUrl(id);
      expect(url.startsWith(prefix)).toBe(true);
      expect(url.slice(prefix.length)).not.toMatch(/[\s<>"#]/);
      expect(decodeURIComponent(url.slice(prefix.length))).toBe(avatarSvg(id));
    }
  });
});
