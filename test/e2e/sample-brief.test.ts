import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWithPandoc, requireReaders } from '../helpers/docx-readers';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/** The sample "From Policy to Action" brief, opened from the home screen as a new user would. */

const app = appUnderTest();
const downloads = mkdtempSync(join(tmpdir(), 'rapporteur-e2e-downloads-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const SAMPLE_BRIEF = 'From Policy to Action: How to drive successful policy execution in Pakistan';
const FOOTNOTE_STARTS = ['In this note, turning policy into action', 'The China Pakistan Economic Corridor', 'This note was prepared after a joint'];
const COMPARISON = 'Special Monitoring Unit (Punjab) and Strategic Support Unit (Khyber Pakhtunkhwa) compared';
const UNITS = ['Special Monitoring Unit (SMU)', 'Strategic Support Unit (SSU)'];

/** Each sample lesson's pull quote, from the library. */
async function lessonQuotes(): Promise<Map<string, string>> {
  const { items } = await app.server.api['items.list']({ kind: 'lesson', limit: 1000 });
  const quotes = new Map<string, string>();
  for (const summary of items.filter((item) => BRIEFING_LESSON_TITLES.includes(item.title))) {
    const lesson = await app.server.api['items.get']({ id: summary.id, kind: 'lesson' });
    if (lesson.kind === 'lesson' && lesson.data.quote) quotes.set(lesson.data.title, lesson.data.quote.text);
  }
  return quotes;
}

describe('the sample brief', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('opens from the home screen with its six lessons, their pull quotes, numbered footnotes and the comparison annex', async () => {
    const quotes = await lessonQuotes();
    expect(quotes.size, 'the sample lessons have pull quotes').toBe(6);
    await app.journey(async ({ app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await shell.openDocument(SAMPLE_BRIEF);
      await document.waitForEditor();
      expect(await document.title.inputValue()).toBe(SAMPLE_BRIEF);

      await expect.poll(() => document.lessonCardNames()).toEqual(BRIEFING_LESSON_TITLES.map((title, index) => `Lesson ${index + 1}: ${title}`));
      for (const [index, title] of BRIEFING_LESSON_TITLES.entries()) {
        await expect.poll(() => document.lessonCard(index + 1).textContent(), { message: `lesson ${index + 1}'s pull quote` }).toContain(quotes.get(title));
      }

      for (const [index, start] of FOOTNOTE_STARTS.entries()) {
        await document.footnoteMarker(index + 1, start).first().waitFor();
      }

      const annex = document.section('annex');
      await annex.getByRole('group', { name: 'Comparison table' }).waitFor();
      const table = annex.getByRole('table', { name: COMPARISON });
      await expect.poll(() => table.getByRole('columnheader').allTextContents()).toEqual(['Question', ...UNITS]);
      expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    });
  });

  it('exports as a DOCX that pandoc reads with the six lessons, their quotes and the footnotes', async () => {
    await requireReaders('pandoc');
    const quotes = await lessonQuotes();
    await app.journey(async ({ app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await shell.openDocument(SAMPLE_BRIEF);
      await document.waitForEditor();
      await document.openExport();
      const file = join(downloads, 'sample.docx');
      expect(await document.exportTo('Word (DOCX)', file)).toMatch(/\.docx$/);

      const read = await readWithPandoc(file);
      for (const title of BRIEFING_LESSON_TITLES) expect(read.text).toContain(title);
      for (const quote of quotes.values()) expect(read.text).toContain(quote);
      for (const [index, start] of FOOTNOTE_STARTS.entries()) expect(read.footnotes[index]).toContain(start);
    });
  });
});
