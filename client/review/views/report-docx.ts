// The evaluation report as Word: the printed report's own sections (headings, paragraphs, tables) and its charts as PNG.
// Built in the browser from the report already on the page: the charts are drawn there, and the browser rasterises their
// SVG natively (Word needs a raster image; docx's SVG images need a PNG fallback anyway, and the server has no rasteriser).

type Docx = typeof import('docx');
type Block = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

/** An SVG chart drawn onto a canvas at twice its size, as PNG bytes. */
async function svgToPng(svg: SVGSVGElement): Promise<{ data: Uint8Array; width: number; height: number }> {
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 680;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight || 300;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('chart image failed'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
    return { data: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The report article (rendered and ready) as a .docx Blob. */
export async function reportDocx(article: HTMLElement, title: string): Promise<Blob> {
  const d: Docx = await import('docx');
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '999999' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const heading = (text: string, level: (typeof d.HeadingLevel)[keyof typeof d.HeadingLevel]) =>
    new d.Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

  const table = (el: HTMLTableElement): InstanceType<Docx['Table']> | null => {
    const rows = [...el.querySelectorAll('tr')];
    if (rows.length === 0) return null;
    return new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: rows.map(
        (tr) =>
          new d.TableRow({
            tableHeader: tr.parentElement?.tagName === 'THEAD',
            children: [...tr.children].map(
              (c) =>
                new d.TableCell({
                  borders,
                  columnSpan: Number(c.getAttribute('colspan')) || 1,
                  margins: { top: 40, bottom: 40, left: 80, right: 80 },
                  ...(c.tagName === 'TH' ? { shading: { fill: 'EEF2F6' } } : {}),
                  children: [new d.Paragraph({ children: [new d.TextRun({ text: textOf(c), bold: c.tagName === 'TH', size: 18 })] })],
                }),
            ),
          }),
      ),
    });
  };

  const out: Block[] = [];
  const walk = async (el: Element): Promise<void> => {
    if (el.classList.contains('no-print') || (el as HTMLElement).hidden) return;
    switch (el.tagName) {
      case 'H1':
        out.push(new d.Paragraph({ text: textOf(el), heading: d.HeadingLevel.TITLE }));
        return;
      case 'H2':
        out.push(heading(textOf(el), d.HeadingLevel.HEADING_1));
        return;
      case 'H3':
        out.push(heading(textOf(el), d.HeadingLevel.HEADING_2));
        return;
      case 'H4':
        out.push(heading(textOf(el), d.HeadingLevel.HEADING_3));
        return;
      case 'P':
      case 'FIGCAPTION':
      case 'DT':
      case 'DD':
        if (textOf(el)) out.push(new d.Paragraph({ children: [new d.TextRun(textOf(el))], spacing: { after: 80 } }));
        return;
      case 'LI':
        out.push(new d.Paragraph({ children: [new d.TextRun(textOf(el))], bullet: { level: 0 } }));
        return;
      case 'TABLE': {
        const t = table(el as HTMLTableElement);
        if (t) out.push(t, new d.Paragraph({ text: '' }));
        return;
      }
      case 'SCRIPT':
      case 'STYLE':
      case 'BUTTON':
        return;
    }
    if (el.classList.contains('report-chart')) {
      const svg = el.querySelector('svg');
      if (svg) {
        const png = await svgToPng(svg);
        // 16 cm wide: inside the A4 margins, height in proportion.
        const w = 605;
        out.push(
          new d.Paragraph({
            children: [new d.ImageRun({ type: 'png', data: png.data, transformation: { width: w, height: Math.round((w * png.height) / png.width) } })],
          }),
        );
      }
      return;
    }
    const kids = [...el.children];
    // A container with only text (a span or div with words) is a paragraph of its own.
    if (kids.length === 0 && textOf(el)) {
      out.push(new d.Paragraph({ children: [new d.TextRun(textOf(el))] }));
      return;
    }
    for (const k of kids) await walk(k);
  };
  await walk(article);

  const doc = new d.Document({
    title,
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' }, size: 21 } } } },
    sections: [
      { properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: out },
    ],
  });
  return d.Packer.toBlob(doc);
}
