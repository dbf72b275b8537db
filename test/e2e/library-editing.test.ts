import { describe, expect, it } from 'vitest';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/** Creating and editing library items in their forms, and the documents that use them following. */

const app = appUnderTest();

const SAMPLE_BRIEF = 'From Policy to Action: How to drive successful policy execution in Pakistan';
const NEW_LESSON = {
  Title: 'Publish the stocktake results every quarter',
  'Pull quote': 'What gets published gets done.',
  Attribution: 'A district education officer',
};

describe('library editing', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('refuses a lesson without a title, saying why at the field, then saves it once titled', async () => {
    await app.journey(async ({ app: shell, form, library }) => {
      await shell.open(app.server.openUrl);
      await shell.go('#/new/lesson');
      const lesson = form.form('New lesson');
      await lesson.waitFor();

      await form.save(lesson);
      const title = form.field(lesson, 'Title');
      await expect.poll(() => title.getAttribute('aria-invalid'), { message: 'an empty title is not marked invalid' }).toBe('true');
      expect(await form.fieldError(title), 'the message is linked to the field').toMatch(/title/i);
      expect(await shell.fragment(), 'nothing was saved').toBe('#/new/lesson');

      await form.fill(lesson, NEW_LESSON);
      await expect.poll(() => form.fieldError(title), { message: 'the title is still marked invalid once typed' }).toBe('');
      await form.save(lesson);
      const detail = library.detail(NEW_LESSON.Title);
      await detail.waitFor();
      expect(await detail.textContent()).toContain(NEW_LESSON['Pull quote']);
      expect(await shell.fragment()).toMatch(/^#\/item\/[0-9a-f-]{36}$/);

      const { results } = await app.server.api.search({ query: 'published gets done', kind: 'lesson' });
      expect(results.map((result) => result.title)).toContain(NEW_LESSON.Title);
    });
  });

  it('changes a linked lesson’s title from its card, and the card in the brief shows the new title', async () => {
    const original = BRIEFING_LESSON_TITLES[2] as string;
    const renamed = 'Build trust with the sectoral departments first';
    await app.journey(async ({ app: shell, document, form }) => {
      await shell.open(app.server.openUrl);
      await shell.openDocument(SAMPLE_BRIEF);
      await document.waitForEditor();
      const card = document.lessonCard(3);
      await expect.poll(async () => (await document.lessonCardNames())[2]).toBe(`Lesson 3: ${original}`);

      await card.getByRole('button', { name: 'Edit in library' }).click();
      const edit = form.form('Edit lesson');
      await edit.waitFor();
      const title = form.field(edit, 'Title');
      expect(await title.inputValue()).toBe(original);
      await title.fill(renamed);
      await form.save(edit);
      await expect.poll(() => shell.fragment()).not.toMatch(/\/edit$/);

      await shell.goHome();
      await shell.openDocument(SAMPLE_BRIEF);
      await document.waitForEditor();
      await expect.poll(() => document.lessonCardNames()).toContain(`Lesson 3: ${renamed}`);
    });
  });
});
