import type { Locator, Page } from 'playwright-core';
import { exactly } from './text';

/**
 * What is there on every screen: opening the app with its address, moving
 * between screens, the home screen, the command palette and the help dialog.
 */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the printed address and waits until the library has answered. */
  async open(openUrl: string): Promise<void> {
    await this.page.goto(openUrl, { waitUntil: 'load' });
    await this.page.getByRole('region', { name: 'Library' }).getByRole('status').filter({ hasText: /newest first|result|matches/ }).waitFor();
  }

  /**
   * Goes to a screen by its address fragment (`#/document/<id>`), as a link or
   * a bookmark would. The token stays with the tab, so this needs `open` first.
   */
  async go(fragment: string): Promise<void> {
    await this.page.evaluate(`window.location.hash = ${JSON.stringify(fragment)}`);
  }

  /** The fragment of the address: which screen is open. */
  fragment(): Promise<string> {
    return this.page.evaluate('window.location.hash') as Promise<string>;
  }

  /** Messages in role="alert": failed calls and errors a person can act on. */
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  get workspace(): Locator {
    return this.page.getByRole('main');
  }

  // Home screen

  async goHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Rapporteur' }).click();
    await this.homeHeading.waitFor();
  }

  get homeHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Documents', exact: true });
  }

  get documentList(): Locator {
    return this.page.getByRole('list', { name: 'Documents' });
  }

  get newDocumentButton(): Locator {
    return this.page.getByRole('button', { name: 'New document…' });
  }

  get captureButton(): Locator {
    return this.page.getByRole('button', { name: 'Capture a workshop' });
  }

  /** Opens a document from the home screen's list by its title. */
  async openDocument(title: string | RegExp): Promise<void> {
    await this.documentList.getByRole('link', { name: typeof title === 'string' ? exactly(title) : title }).click();
  }

  // The command palette (Ctrl+K) and the shortcuts help (F1)

  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Commands' });
  }

  get paletteInput(): Locator {
    return this.palette.getByRole('combobox', { name: 'Find a command' });
  }

  get paletteOptions(): Locator {
    return this.palette.getByRole('listbox', { name: 'Commands' }).getByRole('option');
  }

  async openPalette(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.paletteInput.waitFor();
  }

  /** Ctrl+K, types `query`, waits for `expectedFirst` to lead the list and presses Enter. */
  async runFromPalette(query: string, expectedFirst: string | RegExp): Promise<void> {
    await this.openPalette();
    await this.page.keyboard.type(query);
    try {
      await this.paletteOptions.first().filter({ hasText: expectedFirst }).waitFor();
    } catch (error) {
      const shown = await this.paletteOptions.allTextContents();
      const typed = await this.paletteInput.inputValue();
      const focused = (await this.page.evaluate('document.activeElement?.outerHTML.slice(0, 120)')) as string;
      throw new Error(`After typing "${query}" the palette's box holds "${typed}", the focus is on ${focused}, and it lists ${JSON.stringify(shown)}`, { cause: error });
    }
    await this.page.keyboard.press('Enter');
    await this.palette.waitFor({ state: 'hidden' });
  }

  get help(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  async openHelp(): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.help.waitFor();
  }

  /** The help dialog's lines as "<keys> <what they do>". */
  async helpLines(): Promise<string[]> {
    const lines = await this.help.locator('dl > div').all();
    return Promise.all(
      lines.map(async (line) => `${(await line.locator('dt').textContent())?.trim()} ${(await line.locator('dd').textContent())?.trim()}`),
    );
  }

  /** Closes the open dialog the way a keyboard user would. */
  async closeDialog(dialog: Locator): Promise<void> {
    await this.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }
}
