// A process record as a Word document (.docx, the docx package): real headings and tables, in the record's language.
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { dictionary, fill } from '../../shared/i18n';
import type { DraftedRecord } from '../../shared/records/draft';
import type { RecordFields, RecordStatus } from '../../shared/records/fields';

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, header = false): TableCell {
  // One paragraph per line, so a worker's line breaks survive in Word.
  const lines = text === '' ? [''] : text.split('\n');
  return new TableCell({
    borders,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { fill: 'EEF2F6' } } : {}),
    children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, bold: header })] })),
  });
}

function table(header: string[] | null, rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) })] : []),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } });
const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 80 } });
const paras = (text: string, none: string) => (text.trim() === '' ? [para(none)] : text.split('\n').map(para));

export async function recordDocx(
  d: DraftedRecord,
  f: RecordFields,
  children: readonly { id: string; nickname: string }[],
  status: RecordStatus,
  version: number,
): Promise<Buffer> {
  const dict = dictionary(d.lang);
  const t = dict.records;
  const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(d.lang === 'zh-CN' ? '、' : ', ') : t.none);
  const stateLine = `${t.status[status]}${version > 0 ? ` · ${fill(t.version, { n: version })}` : ''}`;
  const body = [
    new Paragraph({ text: `${t.title}${d.title ? ` — ${d.title}` : ''}`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${d.group} · ${d.session} · ${stateLine}`, italics: true })] }),
    h1(t.sections.basics),
    table(
      null,
      [
        [t.fields.group, d.group],
        [t.fields.session, d.title ? `${d.session}${d.lang === 'zh-CN' ? '：' : ': '}${d.title}` : d.session],
        [t.fields.date, d.date],
        [t.fields.time, d.time],
        [t.fields.place, f.place || t.none],
        [t.fields.facilitators, list(d.facilitators)],
        [t.fields.present, list(d.present)],
        [t.fields.absent, list(d.absent)],
      ],
      [2400, 6600],
    ),
    h1(t.sections.goals),
    ...(d.goals.length > 0 ? d.goals.map(para) : [para(t.noGoal)]),
    h1(t.sections.rounds),
    table(
      [t.fields.round, t.fields.activity, t.fields.minutes, t.fields.summary],
      d.rounds.map((r) => [String(r.number), r.name, String(r.minutes), r.summary]),
      [900, 2000, 1100, 5000],
    ),
    ...d.planned.filter((p) => !p.ran).map((p) => para(fill(t.plannedNotRun, { name: p.name }))),
    h1(t.sections.members),
    table(
      [t.fields.member, t.fields.participation],
      d.members.map((m) => [m.nickname, m.text]),
      [2000, 7000],
    ),
    h1(t.sections.observations),
    ...d.observations.map(para),
    h1(t.sections.checkins),
    ...d.checkins.map(para),
    h1(t.sections.attainment),
    f.attainment.length > 0
      ? table(
          [t.fields.goal, t.fields.attainment, t.fields.note],
          f.attainment.map((a) => [a.goal, a.level ? t.attainment[a.level] : '—', a.note]),
          [3600, 1600, 3800],
        )
      : para(t.none),
    h2(t.sections.dynamics),
    ...paras(f.dynamics, t.none),
    h2(t.sections.reflection),
    ...paras(f.reflection, t.none),
    h2(t.sections.followUp),
    ...paras(f.followUp, t.none),
    h2(t.sections.individual),
    ...(Object.values(f.individual).some((x) => x.trim() !== '')
      ? [
          table(
            [t.fields.member, t.fields.note],
            children.filter((c) => (f.individual[c.id] ?? '').trim() !== '').map((c) => [c.nickname, f.individual[c.id]!]),
            [2000, 7000],
          ),
        ]
      : [para(t.none)]),
  ];
  const doc = new Document({
    creator: dict.common.appName,
    title: `${t.title} ${d.group} ${d.session}`,
    // East-Asian text needs an East-Asian font: Word and LibreOffice fall back to whatever CJK font they have.
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' }, size: 22 } } } },
    sections: [
      { properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: body },
    ],
  });
  return Packer.toBuffer(doc);
}
