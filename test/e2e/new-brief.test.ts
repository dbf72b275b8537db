import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText, readWithPandoc, renderWithLibreOffice, requireReaders } from '../helpers/docx-readers';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/**
 * The "done when", as a new user does it: a new From Policy to Action
 * brief from the New document dialog, three lessons dragged in from the
 * library, an introduction typed, "Saved", a reload that brings it all back,
 * and a DOCX that LibreOffice opens with the lessons in it.
 */

const app = appUnderTest();
const downloads = mkdtempSync(join(tmpdir(), 'rapporteur-e2e-downloads-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const TEMPLATE = /^From Policy to Action briefing note/;
const TITLE = 'Delivery units after 2018';
const LESSONS = ['Build the right team', 'Keep focus on what matters; avoid mission creep', 'Use adequate tools, data, and routines'];
const INTRODUCTION = 'Four provinces now run delivery units of their own.';
const SECOND_THOUGHT = 'A sentence to take back.';
const NOTE = 'Punjab, Khyber Pakhtunkhwa, Sindh and Balochistan.';
/** Where a dragged lesson lands: the bottom of the Lessons section, so each goes after the last. */
const BOTTOM = (box: { width: number; height: number }) => ({ x: box.width / 2, y: Math.max(box.height - 6, 1) });

/** Collapses the line breaks and spacing a PDF's layout puts into running text. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('starting a brief from a template', { timeout: JOURNEY_TIMEOUT_MS * 3 }, () => {
  it('makes a brief with three lessons dragged in, keeps it through a reload, and exports a DOCX LibreOffice opens', async () => {
    await requireReaders('pandoc', 'soffice', 'pdftotext', 'pdfinfo');
    await app.journey(async ({ page, app: shell, library, document }) => {
      await shell.open(app.server.openUrl);
      await shell.homeHeading.waitFor();
      await shell.newDocumentButton.click();
      await document.create({ template: TEMPLATE, title: TITLE, author: 'A. Rapporteur' });
      expect(await shell.fragment()).toMatch(/^#\/document\/[0-9a-f-]{36}$/);
      expect(await document.title.inputValue()).toBe(TITLE);

      // The template's sections, each empty one showing its guidance.
      for (const id of ['introduction', 'lessons', 'global-debate', 'next-steps', 'annex']) await document.section(id).waitFor();
      await expect.poll(() => document.sectionGuidance('introduction')).toMatch(/^Why the subject matters now.*Up to 400 words\.$/);
      await expect.poll(() => document.sectionGuidance('lessons')).toMatch(/^Each lesson: a one-sentence title/);

      for (const title of LESSONS) {
        const lessons = document.section('lessons');
        const box = await lessons.boundingBox();
        if (!box) throw new Error('The Lessons section is not on screen.');
        const before = await document.lessonCards.count();
        await library.dragResultTo(title, lessons, BOTTOM(box));
        await expect.poll(() => document.lessonCards.count(), { message: `dropping "${title}" made no lesson card` }).toBe(before + 1);
      }
      expect(await document.lessonCardNames()).toEqual(LESSONS.map((title, index) => `Lesson ${index + 1}: ${title}`));

      await document.typeInSection('introduction', INTRODUCTION);
      await expect.poll(() => document.section('introduction').textContent()).toContain(INTRODUCTION);
      // A footnote from the keyboard: the dialog asks for its words, the marker is numbered.
      await page.keyboard.press('Control+Alt+F');
      await document.footnoteDialog.getByRole('textbox', { name: 'Footnote text' }).fill(NOTE);
      await document.footnoteDialog.getByRole('button', { name: 'Save' }).click();
      await document.footnoteMarker(1, NOTE.slice(0, 20)).waitFor();
      await document.waitUntilSaved();

      // Undo still undoes the last typing after an autosave.
      await page.keyboard.press('Enter');
      await page.keyboard.type(SECOND_THOUGHT);
      await document.waitUntilSaved();
      await page.keyboard.press('Control+Z');
      await expect.poll(() => document.section('introduction').textContent()).not.toContain(SECOND_THOUGHT);
      expect(await document.section('introduction').textContent()).toContain(INTRODUCTION);
      await document.waitUntilSaved();

      await page.reload();
      await document.waitForEditor();
      await expect.poll(() => document.title.inputValue()).toBe(TITLE);
      await expect.poll(() => document.section('introduction').textContent()).toContain(INTRODUCTION);
      expect(await document.section('introduction').textContent()).not.toContain(SECOND_THOUGHT);
      await expect.poll(() => document.lessonCardNames()).toEqual(LESSONS.map((title, index) => `Lesson ${index + 1}: ${title}`));
      expect(await document.footnoteMarkers.count()).toBe(1);

      await document.openExport();
      const file = join(downloads, 'brief.docx');
      const name = await document.exportTo('Word (DOCX)', file);
      expect(name).toMatch(/\.docx$/);

      const read = await readWithPandoc(file);
      for (const title of LESSONS) expect(read.text).toContain(title);
      expect(read.text).toContain(INTRODUCTION);
      expect(read.footnotes).toEqual([NOTE]);

      // The new user's check: LibreOffice opens it with the lessons in it.
      const { pdf, pages } = await renderWithLibreOffice(file, downloads);
      expect(pages.length).toBeGreaterThan(0);
      const text = flat(await pdfText(pdf));
      for (const title of LESSONS) expect(text).toContain(title);
      expect(text).toContain(INTRODUCTION);
    });
  });
});
