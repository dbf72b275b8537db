import type { Locator, Page } from 'playwright-core';
import { escapeRegExp, exactly } from './text';

/** One line of the library list as the user sees it. */
export interface ResultLine {
  kind: string;
  title: string;
  /** The words shown highlighted (<mark>) in the snippet. */
  highlighted: string[];
}

/**
 * The library screen of the renderer, in the words a user would use: the
 * search box, the list of results, and the item open beside it. Selectors
 * live here so the tests read as the journey they check.
 */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the library' });
  }

  /** The library panel, beside every screen. */
  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Library' });
  }

  /** The line under the search box saying what the list shows ("2 results for …"). */
  get listStatus(): Locator {
    // Other screens have statuses of their own (the document's save state).
    return this.panel.getByRole('status');
  }

  /** The list of results, whether it lists a kind or answers a search. */
  get resultList(): Locator {
    return this.page.getByRole('list', { name: /^(Search results|Library items)$/ });
  }

  /** Messages in role="alert": failed calls, or the note about a missing token. */
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  /** Types a query and waits until the list answers it. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.listStatus.filter({ hasText: new RegExp(`(for|matches) “${escapeRegExp(text)}”`) }).waitFor();
    await this.page.getByRole('list', { name: 'Search results' }).waitFor();
  }

  /** The titles in the list, read at once (safe while the list is changing). */
  resultTitles(): Promise<string[]> {
    return this.resultList.locator('.result-title').allTextContents();
  }

  /** Each line of the list; read it once the list has settled. */
  async results(): Promise<ResultLine[]> {
    const lines = await this.resultList.getByRole('listitem').all();
    return Promise.all(
      lines.map(async (line) => ({
        kind: (await line.locator('.kind-badge').textContent()) ?? '',
        title: (await line.locator('.result-title').textContent()) ?? '',
        highlighted: await line.locator('mark').allTextContents(),
      })),
    );
  }

  /** The result whose title is exactly `title`. */
  result(title: string): Locator {
    return this.resultList.getByRole('button').filter({ has: this.page.locator('.result-title', { hasText: exactly(title) }) });
  }

  /** Opens a result and waits until its detail shows. */
  async open(title: string): Promise<Locator> {
    await this.result(title).click();
    const detail = this.detail(title);
    await detail.waitFor();
    return detail;
  }

  /** The open item, by its heading. */
  detail(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title instanceof RegExp ? title : exactly(title) });
  }

  /** The copies of an open item a bundle import kept, each a list item with View and Bring back. */
  earlierCopies(detail: Locator): Locator {
    return detail.getByRole('region', { name: 'Earlier copies' }).getByRole('listitem');
  }

  /** The dialog asking before an earlier copy is brought back. */
  get bringBackDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Bring back this earlier copy?' });
  }

  /** The pull quote of an open lesson. */
  pullQuote(detail: Locator): Locator {
    return detail.getByRole('blockquote');
  }

  /**
   * Drags a result onto `target` (the editor, a section of it) as a mouse
   * user would, dropping it `at` a point of the target's box (its middle by
   * default). Chromium's drag and drop through Playwright carries the
   * library item's own data type (checked by the new-brief journey).
   */
  async dragResultTo(title: string, target: Locator, at?: { x: number; y: number }): Promise<void> {
    await this.result(title).dragTo(target, at ? { targetPosition: at } : {});
  }

  /** True when the keyboard focus is in the search box. */
  async searchHasFocus(): Promise<boolean> {
    return (await this.searchBox.and(this.page.locator(':focus')).count()) === 1;
  }
}
