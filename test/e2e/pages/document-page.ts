import type { Download, Locator, Page } from 'playwright-core';
import { escapeRegExp, startingWith } from './text';

export type ExportFormat = 'Word (DOCX)' | 'Markdown' | 'HTML';

/** What the New document dialog asks. */
export interface NewDocument {
  /** The template's name as the dialog shows it, e.g. "From Policy to Action briefing note". */
  template: string | RegExp;
  title: string;
  subtitle?: string;
  author?: string;
}

/**
 * The document screen: title, editor, save state, toolbar, the side panel
 * (outline, checker, properties, selected library item) and its dialogs
 * (new document, export, version history, footnote, link).
 */
export class DocumentPage {
  constructor(readonly page: Page) {}

  /** Opens a document by its address (the app must be open in this tab) and waits for the editor. */
  async goto(id: string): Promise<void> {
    await this.page.evaluate(`window.location.hash = ${JSON.stringify(`#/document/${id}`)}`);
    await this.waitForEditor();
  }

  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Document title' });
  }

  /** The editor (Lexical's content-editable). */
  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Document text' });
  }

  /** "Saved", "Saving…" or "Not saved: <reason>". */
  get saveState(): Locator {
    return this.page.getByRole('status', { name: 'Save state' });
  }

  /** Waits until the save state reads exactly "Saved". */
  async waitUntilSaved(): Promise<void> {
    await this.saveState.filter({ hasText: /^Saved$/ }).waitFor();
  }

  /** Waits until the editor shows a document (the screen has loaded). */
  async waitForEditor(): Promise<void> {
    await this.editor.waitFor();
    await this.editor.locator('section[data-section-id]').first().waitFor();
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Formatting' });
  }

  toolbarButton(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** A template section in the editor, by its id ("introduction", "lessons", "annex"). */
  section(id: string): Locator {
    return this.editor.locator(`section[data-section-id="${id}"]`);
  }

  /**
   * The guidance an empty section shows where the writer will type (drawn by
   * CSS over the empty line), or '' when it shows none.
   */
  sectionGuidance(id: string): Promise<string> {
    return this.section(id).evaluate((element) => {
      const content = element.ownerDocument.defaultView?.getComputedStyle(element, '::after').content ?? '';
      // "none", "normal", or the hint as a quoted CSS string.
      return content.startsWith('"') ? (JSON.parse(content) as string) : '';
    });
  }

  /**
   * Puts the caret at the end of a section's last paragraph, by clicking on
   * it then End, as a user would.
   */
  async placeCaretAtEndOf(sectionId: string): Promise<void> {
    const paragraph = this.section(sectionId).locator('p').last();
    await paragraph.click();
    await this.page.keyboard.press('End');
  }

  /** Types at the end of a section, key by key. */
  async typeInSection(sectionId: string, text: string): Promise<void> {
    await this.placeCaretAtEndOf(sectionId);
    await this.page.keyboard.type(text);
  }

  /** The lesson cards in the editor, in order ("Lesson 1: …"). */
  get lessonCards(): Locator {
    return this.editor.getByRole('article', { name: /^Lesson \d+: / });
  }

  lessonCard(number: number): Locator {
    return this.editor.getByRole('article', { name: new RegExp(`^Lesson ${number}: `) });
  }

  /** The cards' names, in order, read at once. */
  async lessonCardNames(): Promise<string[]> {
    const cards = await this.lessonCards.all();
    return Promise.all(cards.map(accessibleName));
  }

  /** Footnote markers in the editor, in order ("Footnote 1: In this note…"). */
  get footnoteMarkers(): Locator {
    return this.editor.getByRole('button', { name: /^Footnote \d+: / });
  }

  /** Footnote `number`'s marker, whose note starts with `start`. */
  footnoteMarker(number: number, start = ''): Locator {
    return this.editor.getByRole('button', { name: new RegExp(`^Footnote ${number}: ${escapeRegExp(start)}`) });
  }

  /** A comparison table in the editor (all of them when more). */
  get comparisons(): Locator {
    return this.editor.getByRole('group', { name: 'Comparison table' });
  }

  // Side panel

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Document panel' });
  }

  get outline(): Locator {
    return this.panel.getByRole('navigation', { name: 'Outline' });
  }

  get checker(): Locator {
    return this.panel.getByRole('region', { name: 'Brief checker' });
  }

  get properties(): Locator {
    return this.panel.getByRole('region', { name: 'Properties' });
  }

  /** The library item chosen in the library panel while the document is open. */
  get selectedItem(): Locator {
    return this.panel.getByRole('region', { name: 'Selected library item' });
  }

  /** Inserts the item chosen in the library panel at the caret. */
  async insertSelectedItem(): Promise<void> {
    await this.selectedItem.getByRole('button', { name: 'Insert into document' }).click();
  }

  // New document

  get newDocumentDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New document' });
  }

  /** Fills in the open New document dialog and presses Create; waits for the editor. */
  async create({ template, title, subtitle, author }: NewDocument): Promise<void> {
    const dialog = this.newDocumentDialog;
    await dialog.getByRole('radiogroup', { name: 'Template' }).getByRole('radio', { name: template }).check();
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    if (subtitle !== undefined) await dialog.getByRole('textbox', { name: 'Subtitle', exact: true }).fill(subtitle);
    if (author !== undefined) await dialog.getByRole('textbox', { name: 'Author', exact: true }).fill(author);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.waitForEditor();
  }

  // Export

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export…', exact: true });
  }

  get exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export' });
  }

  async openExport(): Promise<void> {
    await this.exportButton.click();
    await this.exportDialog.waitFor();
  }

  /**
   * In the open Export dialog: chooses the format, presses Export, and
   * saves the download to `path`. Returns the file name the app gave it.
   */
  async exportTo(format: ExportFormat, path: string, options: { tableOfContents?: boolean } = {}): Promise<string> {
    const dialog = this.exportDialog;
    await dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
    if (options.tableOfContents !== undefined) {
      await dialog.getByRole('checkbox', { name: 'Table of contents' }).setChecked(options.tableOfContents);
    }
    // Exporting the first time starts the export worker: give it longer than a click.
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }) as Promise<Download>,
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    await download.saveAs(path);
    const failure = await download.failure();
    if (failure) throw new Error(`The download failed: ${failure}`);
    await dialog.getByRole('status').filter({ hasText: startingWith('Exported ') }).waitFor({ timeout: 60_000 });
    return download.suggestedFilename();
  }

  // Version history

  get historyButton(): Locator {
    return this.page.getByRole('button', { name: 'Version history', exact: true });
  }

  get historyDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Version history' });
  }

  async openHistory(): Promise<void> {
    await this.historyButton.click();
    await this.historyDialog.waitFor();
  }

  get versions(): Locator {
    return this.historyDialog.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  }

  version(name: string | RegExp): Locator {
    return this.versions.filter({ hasText: name });
  }

  /** In the open history dialog: names the document as it is now and saves it. */
  async saveNamedVersion(name: string): Promise<void> {
    await this.historyDialog.getByRole('textbox', { name: 'Version name' }).fill(name);
    await this.historyDialog.getByRole('button', { name: 'Save a named version' }).click();
    await this.version(name).waitFor();
  }

  /** In the open history dialog: restores the version named `name`, confirming if asked. */
  async restoreVersion(name: string): Promise<void> {
    await this.version(name).getByRole('button', { name: 'Restore', exact: true }).click();
    // A confirmation, if the app asks for one, is a second "Restore" in a dialog.
    const confirm = this.page.getByRole('alertdialog').getByRole('button', { name: /^Restore/ });
    if (await confirm.isVisible()) await confirm.click();
  }

  // Footnotes and links

  get footnoteDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Footnote' });
  }

  get linkDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Link' });
  }
}

/**
 * An element's accessible name when it comes from aria-label or
 * aria-labelledby, as the cards and markers name themselves.
 */
function accessibleName(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    return ids
      .map((id: string) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  });
}
