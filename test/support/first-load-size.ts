// A built page's first load, read from the build: the scripts its HTML loads and everything they import statically
// (the Vite manifest's `imports`), each at the size the server sends (the .gz twin when the build wrote one).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface FirstLoad {
  /** Every script file of the first load, as served under the client folder (assets/…). */
  scripts: string[];
  styles: string[];
  /** What the HTML itself names (its module script and modulepreload links). */
  htmlScripts: string[];
  scriptGzip: number;
  styleGzip: number;
}

/** The bytes a gzip-only browser receives for a file: its .gz twin, or the file itself when too small to compress. */
export function gzipBytes(clientDir: string, file: string): number {
  const gz = join(clientDir, `${file}.gz`);
  return statSync(existsSync(gz) ? gz : join(clientDir, file)).size;
}

/** `page`: the HTML's path under the client root, as the manifest names it (e.g. "tablet/index.html"). */
export function firstLoad(clientDir: string, page: string): FirstLoad {
  const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const html = readFileSync(join(clientDir, page), 'utf8');
  const htmlScripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const entry = manifest[page];
  if (!entry) throw new Error(`${page} is not in the build manifest`);

  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(page);
  // Anything the HTML names that the manifest does not reach would be loaded too: count it.
  for (const file of htmlScripts) {
    const key = byFile.get(file);
    if (key) visit(key);
  }
  const scripts = [...new Set([...[...keys].map((k) => manifest[k]!.file), ...htmlScripts])].filter((f) => f.endsWith('.js'));
  const styles = [...new Set([...keys].flatMap((k) => manifest[k]!.css ?? []))];
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipBytes(clientDir, f), 0);
  return { scripts, styles, htmlScripts, scriptGzip: sum(scripts), styleGzip: sum(styles) };
}
