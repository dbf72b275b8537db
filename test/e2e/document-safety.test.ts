import { describe, expect, it } from 'vitest';
import { appUnderTest, JOURNEY_TIMEOUT_MS, models } from './harness';

/** Nothing typed is lost, and an earlier version can be brought back. */

const app = appUnderTest();

/** A new brief made through the API, so each journey starts from its own document. */
async function newBrief(title: string): Promise<string> {
  const document = await app.server.api['documents.new']({ templateId: 'from-policy-to-action', title });
  return document.id;
}

describe('keeping what was written', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('saves a named version, and restoring it brings the text back', async () => {
    const id = await newBrief('A brief with a history');
    const ORIGINAL = 'The first draft of the introduction.';
    const LATER = 'A rewrite nobody liked.';
    await app.journey(async ({ page, app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await document.goto(id);
      await document.typeInSection('introduction', ORIGINAL);
      await document.waitUntilSaved();

      await document.openHistory();
      await document.saveNamedVersion('Before the rewrite');
      await shell.closeDialog(document.historyDialog);

      // Replace the introduction's text.
      await document.placeCaretAtEndOf('introduction');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type(LATER);
      await expect.poll(() => document.section('introduction').textContent()).toContain(LATER);
      expect(await document.section('introduction').textContent()).not.toContain(ORIGINAL);
      await document.waitUntilSaved();

      await document.openHistory();
      await document.restoreVersion('Before the rewrite');
      await expect.poll(() => document.section('introduction').textContent()).toContain(ORIGINAL);
      expect(await document.section('introduction').textContent()).not.toContain(LATER);
      if (await document.historyDialog.isVisible()) await shell.closeDialog(document.historyDialog);
      await document.waitUntilSaved();

      // What was restored is what is stored.
      const stored = JSON.stringify((await app.server.api['items.get']({ id, kind: 'document' })).data);
      expect(stored).toContain(ORIGINAL);
      expect(stored).not.toContain(LATER);
    });
  });

  it('shows why a document cannot be read, saves nothing over it, and brings it back from an earlier version', async () => {
    const id = await newBrief('A brief that went wrong');
    const api = app.server.api;
    const readable = (await api['items.get']({ id, kind: 'document' })).data;
    await api['documents.snapshot']({ documentId: id, label: 'Still readable' });
    // Stored by another program, in a shape this editor cannot read.
    const unreadable = structuredClone(readable) as { state: { root: { children: { children: unknown[] }[] } } };
    unreadable.state.root.children[1]!.children.push({ type: 'mystery-widget', version: 1 });
    await api['items.update']({ kind: 'document', id, data: unreadable });
    const storedBefore = JSON.stringify((await api['items.get']({ id, kind: 'document' })).data);

    await app.journey(async ({ page, app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await page.evaluate(`window.location.hash = '#/document/${id}'`);
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'cannot be shown in the editor' }).count()).toBe(1);
      expect(JSON.stringify((await api['items.get']({ id, kind: 'document' })).data)).toBe(storedBefore);

      await document.openHistory();
      await document.restoreVersion('Still readable');
      await document.waitForEditor();
      await expect.poll(() => document.section('introduction').count(), { message: 'the restored version is not in the editor' }).toBe(1);
      expect(await page.getByText('cannot be shown in the editor').count()).toBe(0);
      const stored = JSON.stringify((await api['items.get']({ id, kind: 'document' })).data);
      expect(stored).not.toContain('mystery-widget');
    });
  });

  it('keeps text typed just before the tab was closed', async () => {
    const id = await newBrief('A brief closed in a hurry');
    const TYPED = 'Typed a moment before closing the tab.';
    await app.journey(async ({ page, app: shell, document, newPage }) => {
      page.on('dialog', (dialog) => void dialog.accept());
      await shell.open(app.server.openUrl);
      await document.goto(id);
      await document.typeInSection('introduction', TYPED);
      // No wait for "Saved": the tab closes at once, as a person closing the window would.
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;

      const again = await newPage();
      const { app: reopened, document: editor } = models(again);
      await reopened.open(app.server.openUrl);
      await editor.goto(id);
      await expect.poll(() => editor.section('introduction').textContent(), { message: 'the text typed before closing is gone' }).toContain(TYPED);
    });
  });

  it('shows what was typed when the writer leaves a document and comes straight back while its save is still on the way', async () => {
    const id = await newBrief('A brief left and reopened');
    const TYPED = 'Typed just before going to the library.';
    await app.journey(async ({ page, app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await document.goto(id);
      // A slow connection: each save takes a second and a half to arrive.
      await page.route('**/api/items.update', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await document.typeInSection('introduction', TYPED);
      await page.evaluate(`window.location.hash = '#/'`);
      await page.evaluate(`window.location.hash = '#/document/${id}'`);
      await document.waitForEditor();
      await expect.poll(() => document.section('introduction').textContent(), { message: 'the reopened document lost what was typed' }).toContain(TYPED);
      await page.unroute('**/api/items.update');
      // And the next change saves over it without a conflict.
      await document.typeInSection('introduction', ' More.');
      await document.waitUntilSaved();
      expect(JSON.stringify((await app.server.api['items.get']({ id, kind: 'document' })).data)).toContain(`${TYPED} More.`);
    });
  });

  it('keeps text typed just before a reload', async () => {
    const id = await newBrief('A brief reloaded in a hurry');
    const TYPED = 'Typed a moment before reloading.';
    await app.journey(async ({ page, app: shell, document }) => {
      page.on('dialog', (dialog) => void dialog.accept());
      await shell.open(app.server.openUrl);
      await document.goto(id);
      await document.typeInSection('introduction', TYPED);
      await page.reload();
      await document.waitForEditor();
      await expect.poll(() => document.section('introduction').textContent(), { message: 'the text typed before the reload is gone' }).toContain(TYPED);
    });
  });
});
