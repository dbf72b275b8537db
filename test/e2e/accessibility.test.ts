import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityNodes, axeViolations, describeSerious } from './accessibility';
import { appUnderTest, JOURNEY_TIMEOUT_MS, type Journey } from './harness';

/**
 * axe-core on the main screens: no serious or critical violation. And, from
 * Chromium's accessibility tree, every button has a name a screen reader can say.
 */

const app = appUnderTest();

const LESSON = 'Build a trusting relationship with the sectoral departments';
const SAMPLE_BRIEF = 'From Policy to Action: How to drive successful policy execution in Pakistan';
const TOOLBAR = ['Bold', 'Italic', 'Underline', 'Heading', 'Subheading', 'Bulleted list', 'Numbered list', 'Quote', 'Link…', 'Table', 'Footnote…', 'Pull quote', 'Undo', 'Redo'];

/** Checks the page as it is now; `screen` names it in the failure. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const serious = describeSerious(await axeViolations(page));
  expect(serious, `axe-core finds serious or critical violations on ${screen}:\n${serious.join('\n')}`).toEqual([]);
  const unnamed = (await accessibilityNodes(page, ['button'])).filter((node) => !node.name);
  expect(unnamed.map((node) => node.html), `buttons without an accessible name on ${screen}`).toEqual([]);
}

/** The screens, each reached as a user would from the one before. */
const SCREENS: [string, (journey: Journey) => Promise<void>][] = [
  ['the home screen', async ({ app: shell }) => {
    await shell.homeHeading.waitFor();
    await shell.documentList.getByRole('link').first().waitFor();
  }],
  ['the library with search results', async ({ library }) => {
    await library.search('stocktake');
  }],
  ['a lesson', async ({ library }) => {
    await library.search('stocktake');
    await library.open(LESSON);
  }],
  ['the document screen', async ({ app: shell, document }) => {
    await shell.openDocument(SAMPLE_BRIEF);
    await document.waitForEditor();
    await document.lessonCards.first().waitFor();
  }],
  ['the export dialog', async ({ app: shell, document }) => {
    await shell.openDocument(SAMPLE_BRIEF);
    await document.waitForEditor();
    await document.openExport();
  }],
  ['capture mode', async ({ app: shell, capture }) => {
    await shell.captureButton.click();
    await capture.heading.waitFor();
  }],
  ['a new lesson form', async ({ app: shell, form }) => {
    await shell.go('#/new/lesson');
    await form.form('New lesson').waitFor();
  }],
  ['the import dialog with its preview', async ({ exchange }) => {
    await exchange.dropFile('review.txt', 'Lessons from the review\n\nLesson 1: Keep the targets few\nDepartments with five targets met most of them.\n');
    await exchange.preview.waitFor();
  }],
  ['the backups dialog', async ({ app: shell, exchange }) => {
    await shell.runFromPalette('backups', /^Backups/);
    await exchange.backupsDialog.getByRole('button', { name: 'Back up now' }).waitFor();
  }],
];

describe('accessibility', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  for (const [screen, reach] of SCREENS) {
    it(`${screen} has no serious or critical axe-core violation, and every button has a name`, async () => {
      await app.journey(async (journey) => {
        await journey.app.open(app.server.openUrl);
        await reach(journey);
        await expectAccessible(journey.page, screen);
      });
    });
  }

  it('the document screen has the controls the names contract lists', async () => {
    await app.journey(async ({ app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await shell.openDocument(SAMPLE_BRIEF);
      await document.waitForEditor();
      await document.title.waitFor();
      await document.saveState.waitFor();
      expect(await document.saveState.textContent()).toMatch(/^(Saved|Saving…|Not saved: .+)$/);
      const missing: string[] = [];
      const need = async (what: string, locator: Locator) => {
        if ((await locator.count()) === 0) missing.push(what);
      };
      for (const name of TOOLBAR) await need(`toolbar button "${name}"`, document.toolbarButton(name));
      await need('button "Export…"', document.exportButton);
      await need('button "Version history"', document.historyButton);
      await need('complementary "Document panel"', document.panel);
      await need('navigation "Outline" in the panel', document.outline);
      await need('a button per section in the outline', document.outline.getByRole('button', { name: /^Introduction/ }));
      await need('region "Brief checker" in the panel', document.checker);
      for (const field of ['Author', 'Subject', 'Tags']) await need(`textbox "${field}" in "Properties"`, document.properties.getByRole('textbox', { name: field, exact: true }));
      await need('button "Edit in library" on lesson 1', document.lessonCard(1).getByRole('button', { name: 'Edit in library' }));
      await need('button "Pin a copy" or "Follow the library" on lesson 1', document.lessonCard(1).getByRole('button', { name: /^(Pin a copy|Follow the library)$/ }));
      await need('button "Remove lesson" on lesson 1', document.lessonCard(1).getByRole('button', { name: 'Remove lesson' }));
      expect(missing, 'controls named in names.md that the document screen lacks').toEqual([]);
    });
  });

  it('names the search box and the editor', async () => {
    await app.journey(async ({ page, app: shell, library, document }) => {
      await shell.open(app.server.openUrl);
      expect(await library.searchBox.count()).toBe(1);
      await shell.openDocument(SAMPLE_BRIEF);
      await document.waitForEditor();
      const textboxes = await accessibilityNodes(page, ['textbox', 'searchbox']);
      const names = textboxes.map((node) => node.name);
      expect(names).toContain('Search the library');
      expect(names).toContain('Document text');
      expect(textboxes.filter((node) => !node.name).map((node) => node.html), 'text fields without a name').toEqual([]);
    });
  });
});
