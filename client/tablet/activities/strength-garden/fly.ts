// A copy of a card's picture flies in a soft arc from where it was tapped to where it goes (my tray, a friend).
const FLIGHT_MS = 700;

/** Resolves when it has landed (at once when either end is off screen or motion is reduced). */
export function flyPicture(from: Element, to: Element, ms = FLIGHT_MS): Promise<void> {
  const a = from.getBoundingClientRect();
  const b = to.getBoundingClientRect();
  if (a.width === 0 || b.width === 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) return Promise.resolve();
  const copy = from.cloneNode(true) as HTMLElement;
  copy.classList.add('garden-flying');
  copy.setAttribute('aria-hidden', 'true');
  Object.assign(copy.style, { left: `${a.left}px`, top: `${a.top}px`, width: `${a.width}px`, height: `${a.height}px` });
  document.body.append(copy);
  const dx = b.left + b.width / 2 - (a.left + a.width / 2);
  const dy = b.top + b.height / 2 - (a.top + a.height / 2);
  const scale = Math.max(0.3, Math.min(1.2, (b.width * 0.8) / a.width));
  const lift = Math.min(140, Math.abs(dx) * 0.25 + 50);
  const flight = copy.animate(
    [
      { transform: 'translate(0, 0) scale(1) rotate(0deg)', opacity: 1 },
      { transform: `translate(${dx / 2}px, ${dy / 2 - lift}px) scale(${(1 + scale) / 2 + 0.15}) rotate(-8deg)`, opacity: 1, offset: 0.5 },
      { transform: `translate(${dx}px, ${dy}px) scale(${scale}) rotate(0deg)`, opacity: 0.2 },
    ],
    { duration: ms, easing: 'cubic-bezier(.45,.05,.4,1)', fill: 'forwards' },
  );
  // A hidden page may hold animations back: never wait long on a flight.
  const landed = Promise.race([
    flight.finished.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((r) => setTimeout(r, ms + 300)),
  ]);
  return landed.then(() => copy.remove());
}
