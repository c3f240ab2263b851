// Turns SVG markup and data URLs into canvases, so Phaser gets crisp textures at the size we draw them.
// Phaser's own loader fetches with XHR (blocked for data: URLs by the page's CSP connect-src) and
// TextureManager.addBase64 keeps an SVG at its intrinsic 100 px size, which blurs when enlarged.

export async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  await img.decode();
  return img;
}

/** SVG markup as a data URL that rasterises at `px` × `px` (the outer width/height are rewritten). */
export function svgUrlAtSize(svg: string, px: number): string {
  const sized = svg.replace(/<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/, `<svg$1 width="${px}" height="${px}"`);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
}

export async function rasterize(url: string, width: number, height = width): Promise<HTMLCanvasElement> {
  const img = await loadImage(url);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.drawImage(img, 0, 0, width, height);
  return canvas;
}

/**
 * A calm "not here yet" copy of a picture: greyscale, lightened towards the paper colour.
 * Done on pixels rather than with ctx.filter, which older Safari lacks.
 */
export function softCopy(source: HTMLCanvasElement, paper: readonly [number, number, number], mix = 0.62): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.drawImage(source, 0, 0);
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const px = data.data;
  for (let i = 0; i < px.length; i += 4) {
    const grey = 0.3 * (px[i] ?? 0) + 0.59 * (px[i + 1] ?? 0) + 0.11 * (px[i + 2] ?? 0);
    px[i] = grey * (1 - mix) + paper[0] * mix;
    px[i + 1] = grey * (1 - mix) + paper[1] * mix;
    px[i + 2] = grey * (1 - mix) + paper[2] * mix;
  }
  ctx.putImageData(data, 0, 0);
  return canvas;
}
