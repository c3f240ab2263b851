// Sizes a grid of avatar tiles so that all of them fit the space without scrolling, as big as possible.
export interface FitOptions {
  /** Tile height divided by tile width (the avatar plus its nickname underneath). */
  ratio: number;
  gap: number;
  min: number;
  max: number;
}

/** The column count and tile width that make `n` tiles largest inside `width × height`. */
export function bestFit(n: number, width: number, height: number, o: FitOptions): { cols: number; cell: number } {
  let best = { cols: 1, cell: 0 };
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const rows = Math.ceil(n / cols);
    const byWidth = (width - o.gap * (cols - 1)) / cols;
    const byHeight = (height - o.gap * (rows - 1)) / rows / o.ratio;
    const cell = Math.min(byWidth, byHeight, o.max);
    if (cell > best.cell + 0.5) best = { cols, cell };
  }
  // Below the minimum the grid may scroll, but every target stays big enough for small fingers.
  return { cols: best.cols, cell: Math.floor(Math.max(best.cell, o.min)) };
}

/** Keeps `grid`'s `--cols` and `--cell` up to date with its own size. Returns a stop function. */
export function fitGrid(grid: HTMLElement, count: number, o: FitOptions): () => void {
  const apply = () => {
    const cs = getComputedStyle(grid);
    const width = grid.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const height = grid.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    if (width <= 0 || height <= 0) return;
    const { cols, cell } = bestFit(count, width, height, o);
    grid.style.setProperty('--cols', String(cols));
    grid.style.setProperty('--cell', `${cell}px`);
  };
  const ro = new ResizeObserver(apply);
  ro.observe(grid);
  apply();
  return () => ro.disconnect();
}
