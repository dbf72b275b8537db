import type { Download, Locator, Page } from 'playwright-core';

/** Files in and out of the library: the import dialog, bundles and backups. */
export class ExchangePage {
  constructor(readonly page: Page) {}

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a file' });
  }

  /** What the import will create, shown before anything is written. */
  get preview(): Locator {
    return this.importDialog.getByRole('region', { name: 'What will be created' });
  }

  async chooseImportFile(path: string): Promise<void> {
    await this.importDialog.getByLabel('Word, Markdown or text file').setInputFiles(path);
  }

  /** Drops a file from the desktop onto the window, as a person dragging it from a folder would. */
  async dropFile(name: string, text: string): Promise<void> {
    await this.page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    })()`);
  }

  get shareDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Share library items' });
  }

  /** In the open share dialog: saves the bundle of the whole library to `path`; returns the file name the app gave it. */
  async saveWholeLibrary(path: string): Promise<string> {
    await this.shareDialog.getByRole('radio', { name: 'The whole library' }).check();
    const [download] = await Promise.all([
      this.page.waitForEvent('download') as Promise<Download>,
      this.shareDialog.getByRole('button', { name: 'Save the bundle…' }).click(),
    ]);
    await download.saveAs(path);
    return download.suggestedFilename();
  }

  get bundleImportDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a bundle' });
  }

  get backupsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Backups' });
  }

  get backupList(): Locator {
    return this.backupsDialog.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  }
}
