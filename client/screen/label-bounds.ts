// Where the canvas put a group of labels and the room each had (window.__circletime.labels), for end-to-end tests.

/** A label's text and lines, the box it must stay inside and the box it takes, in stage pixels (1920×1080). */
export interface LabelBounds {
  id: string;
  text: string;
  lines: string[];
  box: { x: number; y: number; w: number; h: number };
  took: { x: number; y: number; w: number; h: number };
}

declare global {
  interface Window {
    __circletime?: { lastMomentSeq?: number | null; labels?: Record<string, LabelBounds[]> };
  }
}

export function reportLabels(group: string, labels: LabelBounds[]): void {
  const ct = (window.__circletime ??= {});
  ct.labels = { ...(ct.labels ?? {}), [group]: labels };
}
