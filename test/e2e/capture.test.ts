import { describe, expect, it } from 'vitest';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/**
 * A rapporteur taking notes live at the Islamabad workshop, from the keyboard
 * only, then promoting a quote to a lesson.
 */

const app = appUnderTest();

const WORKSHOP = /From Policy to Action/;
const NOTES = [
  { type: 'Note', speaker: 'Chief Secretary, Punjab', text: 'Stocktakes moved from monthly to fortnightly in 2016.' },
  { type: 'Quote', speaker: 'Provincial minister', text: 'A target nobody checks is a wish, not a target.' },
  { type: 'Action', speaker: 'Workshop chair', text: 'Circulate the stocktake template to all provinces.' },
] as const;
const QUOTE = NOTES[1];
/** A clock time as the list shows it ("10:42", "10:42 am", "10:42:07"). */
const TIME = /\d{1,2}:\d{2}/;

describe('workshop capture', { timeout: JOURNEY_TIMEOUT_MS * 2 }, () => {
  it('takes three notes from the keyboard, newest first with their time, and promotes the quote to a lesson that links back to it', async () => {
    await app.journey(async ({ app: shell, capture }) => {
      await shell.open(app.server.openUrl);
      await shell.captureButton.click();
      await capture.heading.waitFor();
      await capture.chooseWorkshop(WORKSHOP);
      await capture.focus('Session');
      await capture.page.keyboard.type('Session 2: routines and data');

      for (const note of NOTES) {
        await capture.captureNote(note);
        await capture.note(note.text).waitFor();
      }
      // Enter saved the note and emptied the box for the next one.
      expect(await capture.field('Note').inputValue()).toBe('');

      const shown = await capture.notes.allTextContents();
      const order = NOTES.map((note) => shown.findIndex((line) => line.includes(note.text)));
      expect(order, 'each note is listed once').not.toContain(-1);
      expect(order, 'the newest note is first').toEqual([...order].sort((a, b) => b - a));
      for (const note of NOTES) {
        const line = capture.note(note.text);
        expect(await line.textContent()).toMatch(TIME);
        expect(await line.textContent()).toContain(note.speaker);
        expect(await line.textContent()).toMatch(new RegExp(note.type, 'i'));
      }

      await capture.promote(QUOTE.text);
      await capture.promoted.waitFor();
      await capture.editPromotedLesson.waitFor();
      const promotedText = (await capture.promoted.textContent()) ?? '';

      // In the library: a lesson whose pull quote is the quote, linked to its note in the workshop.
      const { items: notes } = await app.server.api['items.list']({ kind: 'note', limit: 1000 });
      const noteIds = new Set(notes.map((note) => note.id));
      const { items: lessons } = await app.server.api['items.list']({ kind: 'lesson', limit: 20 });
      const newest = lessons[0];
      if (!newest) throw new Error('The library has no lessons.');
      const lesson = await app.server.api['items.get']({ id: newest.id, kind: 'lesson' });
      if (lesson.kind !== 'lesson') throw new Error('not a lesson');
      expect(promotedText, 'the status names the new lesson').toContain(`Lesson created: ${lesson.data.title}`);
      expect(lesson.data.quote?.text).toBe(QUOTE.text);
      expect(lesson.data.quote?.attribution ?? '').toContain(QUOTE.speaker);
      expect(lesson.data.fromNoteId, 'the lesson keeps the link to its note').not.toBeNull();
      expect(noteIds.has(lesson.data.fromNoteId ?? '')).toBe(true);
      const note = await app.server.api['items.get']({ id: lesson.data.fromNoteId ?? '', kind: 'note' });
      if (note.kind !== 'note') throw new Error('not a note');
      expect(note.data.text).toBe(QUOTE.text);
      expect(note.data.noteType).toBe('quote');
      expect(note.data.session).toBe('Session 2: routines and data');
      expect(note.data.time, 'the note is stamped with the time').not.toBeNull();

      // "Edit the lesson" opens the lesson's form.
      await capture.editPromotedLesson.click();
      await expect.poll(() => shell.fragment()).toBe(`#/item/${lesson.id}/edit`);
    });
  });
});
