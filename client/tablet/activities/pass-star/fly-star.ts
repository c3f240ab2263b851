// The star flying in an arc from my big star to the friend I tapped, with a little sparkle where it lands.
import { h } from '../../../common/dom';
import { icon } from '../../svg';
import { THE_STAR } from './icons';

const FLIGHT_MS = 950;

function centre(r: DOMRect): { x: number; y: number } {
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Resolves when the star has landed (at once if the pictures are not on screen or motion is reduced). */
export function flyStar(from: Element, to: Element): Promise<void> {
  const a = from.getBoundingClientRect();
  const b = to.getBoundingClientRect();
  if (a.width === 0 || b.width === 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) return Promise.resolve();
  const size = Math.min(a.width, 180);
  const start = centre(a);
  const end = centre(b);
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const landScale = Math.max(0.3, Math.min(1, (b.width * 0.7) / size));
  const star = h('div', { className: 'flying-star', 'aria-hidden': 'true' }, icon(THE_STAR));
  Object.assign(star.style, { left: `${start.x - size / 2}px`, top: `${start.y - size / 2}px`, width: `${size}px`, height: `${size}px` });
  document.body.append(star);
  const lift = Math.min(160, Math.abs(dx) * 0.3 + 60);
  const flight = star.animate(
    [
      { transform: 'translate(0, 0) scale(1) rotate(0deg)' },
      { transform: `translate(${dx / 2}px, ${dy / 2 - lift}px) scale(${(1 + landScale) / 2 + 0.15}) rotate(200deg)`, offset: 0.5 },
      { transform: `translate(${dx}px, ${dy}px) scale(${landScale}) rotate(360deg)` },
    ],
    { duration: FLIGHT_MS, easing: 'cubic-bezier(.45,.05,.4,1)', fill: 'forwards' },
  );
  // A hidden page may hold animations back; the view must never wait for long on a flight.
  const landed = Promise.race([flight.finished.catch(() => undefined), new Promise<void>((r) => setTimeout(r, FLIGHT_MS + 400))]);
  return landed.then(() => {
    star.remove();
    const burst = h('div', { className: 'star-burst', 'aria-hidden': 'true' });
    Object.assign(burst.style, { left: `${end.x}px`, top: `${end.y}px` });
    document.body.append(burst);
    burst.addEventListener('animationend', () => burst.remove());
    setTimeout(() => burst.remove(), 1200);
  });
}
