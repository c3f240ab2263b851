// Finger-sized targets in a real page: every tappable thing ≥ 64×64 CSS px, apart from the others, on screen or scrollable to.
import type { Page } from 'playwright-core';

/**
 * Marks every element that gets a click or pointer listener, so a test can find tappable things that are not
 * buttons (call before the page loads).
 */
export async function watchTapListeners(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tappable = new WeakSet<EventTarget>();
    (window as unknown as { __tappable: WeakSet<EventTarget> }).__tappable = tappable;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (['click', 'pointerdown', 'pointerup', 'touchstart', 'mousedown'].includes(type) && this instanceof Element) tappable.add(this);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof EventTarget.prototype.addEventListener;
  });
}

/**
 * What is wrong with the page's targets, as readable lines (empty when all is well). Targets are buttons, links,
 * inputs and anything with a tap listener; words and pictures that only read themselves aloud beside a speaker
 * button (READ_ALOUD) are not targets of their own, but must not sit over one.
 */
export function targetProblems(page: Page, min = 64): Promise<string[]> {
  return page.evaluate((min) => {
    const READ_ALOUD =
      '.prompt-text, .card-text, .card-picture, .ck-ask-picture, .ck-ask-text, .ck-text, .ck-end-picture, .ck-question-text, .ck-intro, .star-big';
    const tappable = (window as unknown as { __tappable?: WeakSet<EventTarget> }).__tappable;
    const name = (e: Element) => {
      const el = e as HTMLElement;
      const id = el.dataset['testid'] ?? (el.getAttribute('class') ?? '').split(' ')[0] ?? el.tagName;
      const extra = el.dataset['kind'] ?? el.dataset['option'] ?? el.dataset['card'] ?? '';
      return `${id || el.tagName.toLowerCase()}${extra ? `[${extra}]` : ''}`;
    };
    const shown = (e: Element) =>
      !e.closest('[inert], [hidden]') && e.getClientRects().length > 0 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const all = [...document.querySelectorAll('body *')].filter(shown);
    const isTarget = (e: Element) =>
      e.matches('button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])') || (!!tappable?.has(e) && !e.matches(READ_ALOUD));
    // A tappable box inside another tappable box is the same target (a picture inside its button).
    const targets = all.filter((e) => isTarget(e) && !e.parentElement?.closest('button, a[href], [role="button"]'));
    const readAloud = all.filter((e) => tappable?.has(e) && e.matches(READ_ALOUD));
    const out: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    type Box = { left: number; top: number; right: number; bottom: number };
    const scrolls = (o: string) => o === 'auto' || o === 'scroll';
    /** The part of an element that can be seen now: its box cut by every box around it that clips, and the window. */
    const seen = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      const b = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      for (let a = e.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        const ar = a.getBoundingClientRect();
        if (s.overflowX !== 'visible') [b.left, b.right] = [Math.max(b.left, ar.left), Math.min(b.right, ar.right)];
        if (s.overflowY !== 'visible') [b.top, b.bottom] = [Math.max(b.top, ar.top), Math.min(b.bottom, ar.bottom)];
      }
      return { left: Math.max(b.left, 0), top: Math.max(b.top, 0), right: Math.min(b.right, vw), bottom: Math.min(b.bottom, vh) };
    };
    const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
    const cross = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const docScrollsY = document.scrollingElement!.scrollHeight > vh + 1;
    const docScrollsX = document.scrollingElement!.scrollWidth > vw + 1;
    for (const e of targets) {
      const r = e.getBoundingClientRect();
      if (r.width < min - 0.5 || r.height < min - 0.5) out.push(`${name(e)} is ${Math.round(r.width)}×${Math.round(r.height)}`);
      // Cut off by a box that does not scroll, or off the page with nothing to scroll it into view.
      let scrollsX = docScrollsX;
      let scrollsY = docScrollsY;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        const ar = a.getBoundingClientRect();
        if (scrolls(s.overflowY) && a.scrollHeight > a.clientHeight + 1) scrollsY = true;
        else if (!scrollsY && s.overflowY !== 'visible' && (r.top < ar.top - 1 || r.bottom > ar.bottom + 1))
          out.push(`${name(e)} is cut off by ${name(a)} (up/down)`);
        if (scrolls(s.overflowX) && a.scrollWidth > a.clientWidth + 1) scrollsX = true;
        else if (!scrollsX && s.overflowX !== 'visible' && (r.left < ar.left - 1 || r.right > ar.right + 1))
          out.push(`${name(e)} is cut off by ${name(a)} (sideways)`);
      }
      if (!scrollsX && (r.left < -1 || r.right > vw + 1))
        out.push(`${name(e)} runs off the screen sideways (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
      if (!scrollsY && (r.top < -1 || r.bottom > vh + 1)) out.push(`${name(e)} runs off the screen (${Math.round(r.top)}–${Math.round(r.bottom)} of ${vh})`);
    }
    // Scrolled into view one by one: nothing else lies over a target's middle.
    for (const e of targets) {
      e.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const v = seen(e);
      if (area(v) === 0) {
        out.push(`${name(e)} cannot be scrolled into view`);
        continue;
      }
      const top = document.elementFromPoint((v.left + v.right) / 2, (v.top + v.bottom) / 2);
      if (top && !e.contains(top) && !top.closest('.float-up')) out.push(`${name(e)} is covered by ${name(top)}`);
    }
    // Apart: no two targets share a place, unless one sits wholly on top of the other like a badge on a card's
    // corner and the one underneath keeps a finger-sized part of its own.
    for (const [i, a] of targets.entries()) {
      for (const b of targets.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const [upper, lower] = a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? [b, a] : [a, b];
        upper.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
        const o = cross(seen(upper), seen(lower));
        if (o.right - o.left <= 1 || o.bottom - o.top <= 1) continue;
        const [ru, rl] = [upper.getBoundingClientRect(), lower.getBoundingClientRect()];
        const onTop = upper.contains(document.elementFromPoint((ru.left + ru.right) / 2, (ru.top + ru.bottom) / 2));
        const [ow, oh] = [Math.min(ru.right, rl.right) - Math.max(ru.left, rl.left), Math.min(ru.bottom, rl.bottom) - Math.max(ru.top, rl.top)];
        const keeps = (rl.width - ow >= min && rl.height >= min) || (rl.height - oh >= min && rl.width >= min);
        if (!(onTop && keeps)) out.push(`${name(a)} overlaps ${name(b)}`);
      }
      // Words that read themselves aloud never take a tap meant for a target.
      for (const w of readAloud) {
        if (a.contains(w) || w.contains(a)) continue;
        const o = cross(seen(a), seen(w));
        if (area(o) <= 1) continue;
        const hit = document.elementFromPoint((o.left + o.right) / 2, (o.top + o.bottom) / 2);
        if (hit && w.contains(hit)) out.push(`${name(w)} lies over ${name(a)}`);
      }
    }
    return [...new Set(out)];
  }, min);
}
