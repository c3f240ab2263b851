// The report's running print footer as CSS @page margin boxes: a confidential note at the left, "page n of N" at the right.

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces (a group name cannot break out of it). */
export function cssString(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** "Page {page} of {pages}" → `"Page " counter(page) " of " counter(pages)`, in any language's word order. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function printFooterCss(note: string, pageOf: string): string {
  return `@media print { @page {
  @bottom-left { content: ${cssString(note)}; width: 145mm; font-size: 7pt; color: #566072; vertical-align: top; }
  @bottom-right { content: ${pageCounterContent(pageOf)}; width: 30mm; text-align: right; white-space: nowrap; font-size: 8pt; color: #566072; vertical-align: top; }
} }`;
}
