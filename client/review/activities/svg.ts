// Markup the app itself drew, as an element for a replay picture.
/** An <svg> element from markup the app itself drew (constant art, never data from the log). */
export function svgFrom(markup: string, className: string): Element {
  const tpl = document.createElement('template');
  tpl.innerHTML = markup.trim();
  const svg = tpl.content.firstElementChild!;
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}
