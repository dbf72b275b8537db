import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/**
 * What keeps a long document quick to type in must not show. A long section is
 * held in groups of blocks in the editor: the writer edits across their edges
 * as anywhere else, and what is stored has no trace of them.
 */

const app = appUnderTest();
const PARAGRAPHS = 45;
const KEY_GAP_MS = 60;

interface StoredNode {
  type: string;
  sectionId?: string;
  text?: string;
  children?: StoredNode[];
}

/**
 * Clicks into a paragraph once it has been scrolled to and drawn: blocks out of
 * view are drawn only when they come near, and may move as they are.
 */
async function caretIn(paragraph: Locator): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.page().evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await paragraph.click();
}

/**
 * A key, then a moment as a person leaves between keys: the editor learns where
 * a key moved the caret from the browser's selectionchange, which comes after it.
 */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(KEY_GAP_MS);
}

const textOf = (node: StoredNode): string => node.text ?? (node.children ?? []).map(textOf).join('');

async function storedIntroduction(id: string): Promise<StoredNode[]> {
  const { data } = await app.server.api['items.get']({ id, kind: 'document' });
  const state = (data as unknown as { state: { root: StoredNode } }).state;
  return state.root.children!.find((node) => node.sectionId === 'introduction')!.children!;
}

describe('a long section', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('joins paragraphs across the editor’s groups with Backspace and Delete, takes new paragraphs, and stores none of its groups', async () => {
    const document = await app.server.api['documents.new']({ templateId: 'from-policy-to-action', title: 'A long introduction' });
    const { data } = await app.server.api['items.get']({ id: document.id, kind: 'document' });
    const state = structuredClone((data as unknown as { state: { root: { children: StoredNode[] } } }).state);
    const introduction = state.root.children.find((node) => node.sectionId === 'introduction')!;
    introduction.children = Array.from({ length: PARAGRAPHS }, (_, index) => ({
      type: 'paragraph',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text: `Point ${index + 1}.`, format: 0, detail: 0, mode: 'normal', style: '' }],
    })) as unknown as StoredNode[];
    await app.server.api['items.update']({ kind: 'document', id: document.id, data: { ...data, state } as unknown as typeof data });

    await app.journey(async ({ page, app: shell, document: screen }) => {
      await shell.open(app.server.openUrl);
      await screen.goto(document.id);
      const groups = screen.section('introduction').locator(':scope > .block-group');
      expect(await groups.count()).toBeGreaterThan(1);

      // Backspace at the start of the second group's first paragraph joins it to the paragraph before it.
      const first = (await groups.nth(1).locator(':scope > p').first().textContent())!;
      const before = (await groups.nth(0).locator(':scope > p').last().textContent())!;
      await caretIn(groups.nth(1).locator(':scope > p').first());
      await press(page, 'Home');
      await press(page, 'Backspace');
      const paragraphs = () => screen.section('introduction').locator('p').allTextContents();
      await expect.poll(paragraphs).toContain(`${before}${first}`);

      // Delete at the end of a group's last paragraph joins the next group's first paragraph to it.
      const last = (await groups.nth(1).locator(':scope > p').last().textContent())!;
      const next = (await groups.nth(2).locator(':scope > p').first().textContent())!;
      await caretIn(groups.nth(1).locator(':scope > p').last());
      await press(page, 'End');
      await press(page, 'Delete');
      await expect.poll(paragraphs).toContain(`${last}${next}`);

      // New paragraphs at the end of the section.
      await caretIn(screen.section('introduction').locator('p').last());
      await press(page, 'End');
      for (let index = 1; index <= 5; index++) {
        await page.keyboard.press('Enter');
        await page.keyboard.type(`Added ${index}.`);
      }
      await screen.waitUntilSaved();

      const stored = await storedIntroduction(document.id);
      expect(JSON.stringify(stored)).not.toContain('block-group');
      expect(stored.every((node) => node.type === 'paragraph')).toBe(true);
      const texts = stored.map(textOf);
      expect(texts).toContain(`${before}${first}`);
      expect(texts).toContain(`${last}${next}`);
      expect(texts.slice(-5)).toEqual(['Added 1.', 'Added 2.', 'Added 3.', 'Added 4.', 'Added 5.']);
      expect(texts).toHaveLength(PARAGRAPHS - 2 + 5);

      // After a reload the editor shows what is stored.
      await page.reload();
      await screen.waitForEditor();
      await expect.poll(paragraphs).toContain('Added 5.');
      expect(await paragraphs()).toContain(`${before}${first}`);
    });
  });
});

/** Cards are selected from one listener for the whole editor (card-selection.ts), not one per card. */
describe('a lesson card', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('selects a lesson card with a click, removes it with Delete, and brings it back with Undo', async () => {
    const sample = await app.server.api['items.list']({ kind: 'document', limit: 100 });
    const brief = sample.items.find((item) => item.title.startsWith('From Policy to Action: How to'))!;
    await app.journey(async ({ page, app: shell, document: screen }) => {
      await shell.open(app.server.openUrl);
      await screen.goto(brief.id);
      const card = screen.lessonCard(2);
      const name = await card.getAttribute('aria-label');
      await card.locator('header').scrollIntoViewIfNeeded();
      await card.locator('header').click();
      await expect.poll(() => card.getAttribute('data-selected')).toBe('true');
      expect(await screen.lessonCards.evaluateAll((cards) => cards.filter((card) => card.hasAttribute('data-selected')).length)).toBe(1);

      await press(page, 'Delete');
      await expect.poll(() => screen.lessonCardNames()).not.toContain(name);
      await press(page, 'Control+z');
      await expect.poll(() => screen.lessonCardNames()).toContain(name);

      // Typing elsewhere leaves no card selected.
      await caretIn(screen.section('introduction').locator('p').first());
      await press(page, 'End');
      await expect.poll(() => screen.lessonCards.evaluateAll((cards) => cards.filter((card) => card.hasAttribute('data-selected')).length)).toBe(0);
    });
  });
});
