import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
