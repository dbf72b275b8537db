import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { richText } from '../../shared/richtext';
import { seedsDir } from '../helpers/seeds';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/** Files in and out of the library: importing a file, sharing a bundle, and bringing back a backup. */

const app = appUnderTest();
const downloads = mkdtempSync(join(tmpdir(), 'rapporteur-e2e-bundles-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const seed = (prefix: string) => join(seedsDir(), readdirSync(seedsDir()).find((name) => name.startsWith(prefix))!);

const lessonTitles = async () => (await app.server.api['items.list']({ kind: 'lesson', limit: 1000 })).items.map((item) => item.title);

describe('files in and out of the library', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('imports the briefing note as a new brief: shows what will be made, writes nothing until Import, then opens it with its six lessons', async () => {
    await app.journey(async ({ page, app: shell, document, exchange }) => {
      await shell.open(app.server.openUrl);
      await page.keyboard.press('Control+o');
      await exchange.importDialog.waitFor();
      await exchange.chooseImportFile(seed('001_'));
      await exchange.preview.waitFor();
      const planned = await exchange.preview.getByRole('listitem').allTextContents();
      expect(planned.filter((line) => /^lesson\b/i.test(line.trim()))).toHaveLength(6);
      // “L esson 2” as the PDF split it, mended.
      expect(planned.some((line) => line.includes('Recognise that a delivery unit is only part of the solution'))).toBe(true);
      const before = await lessonTitles();

      await exchange.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
      await document.waitForEditor();
      await expect.poll(() => document.lessonCards.count(), { message: 'the imported brief does not show its six lessons' }).toBe(6);
      expect((await lessonTitles()).length).toBe(before.length + 6);
    });
  });

  it('imports a text file dropped on the window as library items', async () => {
    const TEXT = [
      'Lessons from the Peshawar review',
      '',
      'Lesson 1: Keep the targets few',
      'Departments that chased forty targets met none of them; the ones with five met most.',
      '',
      'Lesson 2: Meet in the same room every month',
      'Problems were solved at the stocktake that letters had left open for a year.',
    ].join('\n');
    await app.journey(async ({ app: shell, exchange }) => {
      await shell.open(app.server.openUrl);
      await exchange.dropFile('peshawar-review.txt', TEXT);
      await exchange.importDialog.waitFor();
      await exchange.importDialog.getByRole('radio', { name: 'Items in the library' }).check();
      await expect.poll(() => exchange.preview.textContent()).toContain('Keep the targets few');
      expect(await lessonTitles()).not.toContain('Keep the targets few');
      await exchange.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
      await exchange.importDialog.getByRole('status').filter({ hasText: /^Imported \d+ items? from peshawar-review\.txt\.$/ }).waitFor();
      expect(await lessonTitles()).toEqual(expect.arrayContaining(['Keep the targets few', 'Meet in the same room every month']));
    });
  });

  it('shares the whole library as a bundle, and importing it again changes nothing', async () => {
    await app.journey(async ({ app: shell, exchange }) => {
      await shell.open(app.server.openUrl);
      await shell.runFromPalette('share library', /^Share library items/);
      const file = join(downloads, 'library.json.gz');
      expect(await exchange.saveWholeLibrary(file)).toMatch(/^rapporteur-bundle-\d{4}-\d{2}-\d{2}\.json\.gz$/);
      await shell.closeDialog(exchange.shareDialog);

      await shell.runFromPalette('import a bundle', /^Import a bundle/);
      await exchange.bundleImportDialog.getByLabel('Bundle file (.json.gz)').setInputFiles(file);
      await exchange.bundleImportDialog.getByRole('button', { name: 'Import', exact: true }).click();
      const report = exchange.bundleImportDialog.getByRole('status');
      await expect.poll(() => report.textContent()).toMatch(/already here \(skipped\)/);
      expect(await report.textContent()).not.toMatch(/\d+ added/);
    });
  });

  it('shares the items drawn from one source', async () => {
    await app.journey(async ({ page, app: shell, exchange }) => {
      await shell.open(app.server.openUrl);
      await shell.runFromPalette('share library', /^Share library items/);
      await exchange.shareDialog.getByRole('radio', { name: 'The items drawn from a source' }).check();
      const source = exchange.shareDialog.getByLabel('Source', { exact: true });
      await expect.poll(() => source.locator('option').count()).toBeGreaterThan(1);
      await source.selectOption({ index: 1 });
      const [download] = await Promise.all([page.waitForEvent('download'), exchange.shareDialog.getByRole('button', { name: 'Save the bundle…' }).click()]);
      await download.saveAs(join(downloads, 'source.json.gz'));
      await exchange.shareDialog.getByRole('status').filter({ hasText: /^Saved \d+ items? to rapporteur-bundle-/ }).waitFor();
    });
  });

  it('keeps the copy a bundle import did not take, and brings it back from the item’s screen', async () => {
    const tag = 'earlier-copy-journey';
    const before = { title: 'Meet in the district every month', body: 'The deputy commissioner chaired it in his own office.' };
    const lesson = await app.server.api['items.create']({ kind: 'lesson', data: { title: before.title, body: richText(before.body), tags: [tag] } });
    // A colleague's bundle holds the lesson as it was; the library's copy is then changed, so it is the newer one.
    const file = join(downloads, 'from-a-colleague.json.gz');
    writeFileSync(file, Buffer.from((await app.server.api['bundles.export']({ tag })).base64, 'base64'));
    const now = 'Meet in the province every quarter';
    await app.server.api['items.update']({ kind: 'lesson', id: lesson.id, data: { title: now, body: richText('The chief secretary chairs it.') } });

    await app.journey(async ({ app: shell, exchange, library }) => {
      await shell.open(app.server.openUrl);
      await shell.runFromPalette('import a bundle', /^Import a bundle/);
      await exchange.bundleImportDialog.getByLabel('Bundle file (.json.gz)').setInputFiles(file);
      await exchange.bundleImportDialog.getByRole('button', { name: 'Import', exact: true }).click();
      await exchange.bundleImportDialog.getByRole('status').filter({ hasText: /1 kept yours \(theirs kept as a version\)/ }).waitFor();
      await shell.closeDialog(exchange.bundleImportDialog);

      await shell.go(`#/item/${lesson.id}`);
      const detail = library.detail(now);
      await detail.waitFor();
      const copies = library.earlierCopies(detail);
      await expect.poll(() => copies.count()).toBe(1);
      expect(await copies.first().textContent()).toMatch(/^Meet in the district every month · The older copy of .* in from-a-colleague\.json\.gz, not imported.*Kept .*; last changed /);

      await copies.first().getByRole('button', { name: 'View' }).click();
      const shown = copies.first().getByRole('region', { name: /^The copy of / });
      await expect.poll(() => shown.textContent()).toContain(before.body);
      expect(await copies.first().getByRole('button', { name: 'View' }).getAttribute('aria-expanded')).toBe('true');

      // By keyboard: the dialog opens on its safe choice, so Enter there would keep things as they are.
      await copies.first().getByRole('button', { name: 'Bring back' }).press('Enter');
      await library.bringBackDialog.waitFor();
      expect(await library.bringBackDialog.textContent()).toContain(`“${now}” as it is now is kept among the earlier copies.`);
      await library.bringBackDialog.getByRole('button', { name: 'Bring back' }).click();

      const restored = library.detail(before.title);
      await restored.waitFor();
      expect(await restored.textContent()).toContain(before.body);
      await restored.getByRole('status').filter({ hasText: /^Brought back the copy of .*The one it replaced is kept among the earlier copies\.$/ }).waitFor();
      const copiesNow = library.earlierCopies(restored);
      await expect.poll(() => copiesNow.count()).toBe(2);
      expect(await copiesNow.first().textContent()).toMatch(new RegExp(`^${now} · Before bringing back the copy of `));
      expect((await app.server.api['items.get']({ id: lesson.id, kind: 'lesson' })).data).toMatchObject({ title: before.title });
      expect(await shell.alerts.allTextContents(), 'no call failed').toEqual(['']);
    });
  });

  it('brings the library back to a backup, after keeping the library as it is', async () => {
    await app.journey(async ({ page, app: shell, exchange }) => {
      await shell.open(app.server.openUrl);
      await shell.runFromPalette('backups', /^Backups/);
      await exchange.backupsDialog.getByRole('button', { name: 'Back up now' }).click();
      await exchange.backupsDialog.getByRole('status').filter({ hasText: /^Backed up at / }).waitFor();
      const backups = await exchange.backupList.count();
      expect(backups).toBeGreaterThan(0);

      const later = await app.server.api['items.create']({ kind: 'lesson', data: { title: 'Written after the backup', body: { root: { type: 'root', children: [] } } } });
      expect(await lessonTitles()).toContain('Written after the backup');

      await exchange.backupList.first().getByRole('button', { name: /^Restore the backup of / }).click();
      await exchange.backupsDialog.getByRole('button', { name: 'Restore this backup' }).click();
      // How to undo it is said before anything else happens.
      await exchange.backupsDialog.getByRole('status').filter({ hasText: /^The library is back to .*restore that one to undo this\.$/ }).waitFor();
      await expect.poll(() => exchange.backupList.filter({ hasText: 'taken before a restore' }).count()).toBe(1);
      const reloaded = page.waitForEvent('load');
      await exchange.backupsDialog.getByRole('button', { name: 'Show the restored library' }).click();
      await reloaded;
      expect(await lessonTitles()).not.toContain('Written after the backup');
      await expect(app.server.api['items.get']({ id: later.id })).rejects.toThrow();
      // The library as it was before the restore is kept too.
      expect((await app.server.api['backups.list']({})).length).toBeGreaterThan(backups);
    });
  });
});
