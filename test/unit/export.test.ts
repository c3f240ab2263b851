// CSV and SPSS syntax: BOM, CRLF, ASCII names, quoting, formula neutralisation, labels.
import { describe, expect, it } from 'vitest';
import { cellText, toCsv } from '../../shared/export/csv';
import { spssSyntax } from '../../shared/export/spss';

describe('CSV for Excel and SPSS', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(
      [
        { name: 'child', value: (r: { c: string; n: number }) => r.c },
        { name: 'turns', value: (r) => r.n },
      ],
      [
        { c: 'K-7Q2', n: 3 },
        { c: 'a, "b"', n: -2 },
      ],
    );
    expect(csv.startsWith('\uFEFFchild,turns\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFchild,turns\r\nK-7Q2,3\r\n"a, ""b""",-2\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, never numbers', () => {
    expect(cellText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cellText('+1')).toBe("'+1");
    expect(cellText('-2')).toBe("'-2");
    expect(cellText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cellText(-2)).toBe('-2');
    expect(cellText(null)).toBe('');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('1');
    expect(cellText('小明')).toBe('小明');
  });

  it('refuses a column name SPSS cannot read', () => {
    expect(() => toCsv([{ name: '轮次', value: () => 1 }], [])).toThrow(/ASCII/);
    expect(() => toCsv([{ name: '2nd', value: () => 1 }], [])).toThrow(/ASCII/);
  });
});

describe('SPSS syntax', () => {
  it('reads the CSV as UTF-8 with variable and value labels', () => {
    const sps = spssSyntax(
      'measures.csv',
      [
        { name: 'child', format: 'A12', label: "Child's code" },
        { name: 'status', format: 'F1.0', label: 'Check-in status', values: { 1: 'finished', 2: 'declined' } },
      ],
      'Circletime measures',
    );
    expect(sps).toContain("/FILE='measures.csv'");
    expect(sps).toContain("/ENCODING='UTF8'");
    // GNU PSPP stops at SET UNICODE (a syntax error there); SPSS needs it no more.
    expect(sps).not.toMatch(/SET UNICODE/i);
    expect(sps).toContain('/FIRSTCASE=2');
    expect(sps).toContain("  child 'Child''s code'");
    expect(sps).toContain("  /status 1 'finished' 2 'declined'.");
    expect(sps.split('\r\n').filter((l) => l.startsWith('    '))).toEqual(['    child A12', '    status F1.0']);
    expect(sps.endsWith('EXECUTE.\r\n')).toBe(true);
  });
});
