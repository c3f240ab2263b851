// End to end in real Chromium: a facilitator opens a session's drafted process record, edits, saves, finalises and
// downloads it as Word in both languages (checked in word/document.xml); a reviewer sees it read-only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StaffInfo } from '../../shared/api/schemas';
import { SCREENSHOTS, shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { runRecordSession } from '../support/record-session';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-records-');
const PASSWORD = 'long enough pw';

/** Downloads a link's file into the screenshots folder and returns its word/document.xml. */
async function docxXml(page: Page, testid: string, name: string): Promise<{ file: string; xml: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.docx`);
  await dl.saveAs(file);
  return { file, xml: execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8') };
}

/** LibreOffice, when this machine has it, turns the .docx into a PDF and pdftoppm into PNGs to look at. */
function lookAtDocx(file: string, name: string): void {
  let soffice = '';
  try {
    soffice = execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice']).toString().trim();
  } catch {
    soffice = '';
  }
  if (!soffice) {
    console.log(`records e2e: soffice is not installed, so ${name}.docx was checked as XML only (no PDF/PNG rendering).`);
    return;
  }
  execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', SCREENSHOTS, file], { timeout: 120_000 });
  execFileSync('pdftoppm', ['-png', '-r', '60', join(SCREENSHOTS, `${name}.pdf`), join(SCREENSHOTS, `${name}-page`)]);
}

describe('process records in the review', () => {
  it('drafts, edits, saves, finalises and downloads Word in English and Chinese; a reviewer reads only', async () => {
    const { srv, devices } = stage;
    const admin = new StaffClient(srv.url);
    await admin.setup(srv.setupCode, 'ana', PASSWORD);
    const { group, children } = await admin.groupWithChildren(
      'Sunflowers 向日葵',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Cai', 'owl'],
      ],
      true,
    );
    await admin.ok('POST', `/groups/${group.id}/programme/from-template`, { templateId: 'getting-along' });
    const open = await runRecordSession(
      srv.url,
      admin,
      group.id,
      children.map((c) => c.id),
    );
    for (const c of open) c.close();

    const page = await devices.open({ locale: 'en-US', width: 1280, height: 1000, cookie: admin.cookie });
    // From the console's group page, an ended session leads straight to its record.
    await page.goto(`${srv.url}/console#/groups/${group.id}`);
    await page.getByTestId('session-record').click();
    await page.getByTestId('record-drafted').waitFor();
    expect(page.url()).toContain(`/review#/groups/${group.id}/records/1`);
    await page.goto(`${srv.url}/review#/groups/${group.id}/records`);
    await page.getByTestId('records-list').waitFor();
    expect(await page.getByTestId('record-row').getAttribute('data-status')).toBe('none');
    await shot(page, 'records-list-en');
    await page.getByTestId('record-open').click();
    await page.getByTestId('record-drafted').waitFor();
    const members = await page.getByTestId('record-members').innerText();
    expect(members).toContain('Mimi');
    expect(members).toContain('Check-in: finished.');
    expect(members).not.toContain('Yes, a lot');

    await page.getByTestId('record-place').fill('Room 2');
    await page.getByTestId('record-level').selectOption('partly');
    await page.getByTestId('record-attainment-note').fill('Names yes; rules still new.');
    await page.getByTestId('record-dynamics').fill('A calm start; Bo waited for his turn.');
    await page.getByTestId('record-reflection').fill('Give more time to the star round.');
    await page.getByTestId('record-individual').nth(2).fill('Cai: an early turn next time.');
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('record-status').innerText()).toContain('Draft');
    await page.getByTestId('record-follow-up').fill('Pairs work in session 2.');
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('record-history-row').count()).toBe(2);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('record-finalise').click();
    await expect.poll(() => page.getByTestId('record-status').innerText()).toContain('Final');
    expect(await page.getByTestId('record-dynamics').getAttribute('readonly')).not.toBeNull();
    await page.getByTestId('record-correct').waitFor();
    await shot(page, 'record-final-en');
    await page.screenshot({ path: join(SCREENSHOTS, 'record-final-en-full.png'), fullPage: true });

    const en = await docxXml(page, 'record-docx-en', 'process-record-en');
    for (const h of ['Basic information', 'Plan and what ran', 'Members&apos;', 'Goal attainment', 'Worker&apos;s reflection']) expect(en.xml).toContain(h);
    expect(en.xml).toContain('w:val="Heading1"');
    expect(en.xml).toMatch(/<w:tbl>[\s\S]*Mimi[\s\S]*Check-in: finished\.[\s\S]*<\/w:tbl>/);
    expect(en.xml).toContain('A calm start; Bo waited for his turn.');
    expect(en.xml).toMatch(/Children learn each other[\s\S]*Partly achieved[\s\S]*Names yes; rules still new\./);
    for (const leak of ['yes-a-lot', 'Yes, a lot']) expect(en.xml).not.toContain(leak);
    lookAtDocx(en.file, 'process-record-en');

    // The same record in Chinese: the page and the Word file.
    const zhPage = await devices.open({ locale: 'zh-CN', width: 1280, height: 1000, cookie: admin.cookie });
    await zhPage.goto(`${srv.url}/review#/groups/${group.id}/records/1`);
    await zhPage.getByTestId('record-drafted').waitFor();
    expect(await zhPage.getByTestId('record-status').innerText()).toContain('定稿');
    await zhPage.screenshot({ path: join(SCREENSHOTS, 'record-final-zh-full.png'), fullPage: true });
    const zh = await docxXml(zhPage, 'record-docx-zh-CN', 'process-record-zh-CN');
    for (const h of ['基本信息', '计划与实际进行', '组员参与情况', '目标达成情况', '工作者反思']) expect(zh.xml).toContain(h);
    expect(zh.xml).toMatch(/<w:tbl>[\s\S]*Mimi[\s\S]*小问答：已完成。[\s\S]*<\/w:tbl>/);
    for (const leak of ['yes-a-lot', '是的，非常是']) expect(zh.xml).not.toContain(leak);
    expect(zh.xml).toContain('部分达成');
    lookAtDocx(zh.file, 'process-record-zh-CN');

    // The evaluation report as Word: the A4 report's sections as headings and tables, its charts as PNG images.
    for (const [p, l, heads] of [
      [page, 'en', ['1. Attendance', '2.', '3.']],
      [zhPage, 'zh-CN', ['1.', '2.', '3.']],
    ] as const) {
      await p.goto(`${srv.url}/review#/groups/${group.id}/report`);
      await p.locator('[data-testid="report-ready"]').waitFor({ state: 'attached' });
      const rep = await docxXml(p, 'report-docx', `evaluation-report-${l}`);
      expect(rep.xml).toContain('w:val="Heading1"');
      for (const x of heads) expect(rep.xml).toContain(x);
      expect(rep.xml).toContain('<w:tbl>');
      expect(rep.xml).toContain('<pic:pic');
      const media = execFileSync('unzip', ['-l', rep.file]).toString();
      expect(media).toMatch(/word\/media\/.*\.png/);
      for (const leak of ['yes-a-lot', 'Yes, a lot', '是的，非常是']) expect(rep.xml).not.toContain(leak);
      lookAtDocx(rep.file, `evaluation-report-${l}`);
    }
    execFileSync('unzip', ['-o', '-q', join(SCREENSHOTS, 'evaluation-report-en.docx'), 'word/media/*', '-d', join(SCREENSHOTS, 'evaluation-report-en-media')]);

    // A reviewer given the group sees the record read-only, with no save or finalise buttons.
    const rita = await admin.ok<StaffInfo>('POST', '/staff', { username: 'rita', displayName: 'Rita', password: PASSWORD, role: 'reviewer' });
    await admin.ok('POST', `/groups/${group.id}/access`, { staffId: rita.id, access: 'reviewer' });
    const ritaClient = new StaffClient(srv.url);
    await ritaClient.login('rita', PASSWORD);
    const ritaPage = await devices.open({ locale: 'en-US', width: 1280, height: 900, cookie: ritaClient.cookie });
    await ritaPage.goto(`${srv.url}/review#/groups/${group.id}/records/1`);
    await ritaPage.getByTestId('record-drafted').waitFor();
    expect(await ritaPage.getByTestId('record-save').count()).toBe(0);
    expect(await ritaPage.getByTestId('record-correct').count()).toBe(0);
    await ritaPage.getByTestId('record-docx-en').waitFor();
    writeFileSync(join(SCREENSHOTS, 'records-problems.txt'), devices.problems.join('\n'));
    expect(devices.problems).toEqual([]);
  });
});
