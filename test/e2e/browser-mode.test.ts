import { describe, expect, it } from 'vitest';
import { appUnderTest, JOURNEY_TIMEOUT_MS, type Journey, type JourneyOptions } from './harness';

/**
 * A new user's first minutes in browser mode: `rapporteur serve` on a new
 * library, the printed address opened in a real Chromium with a fresh profile.
 * Needs the built renderer (`npm run build`; `npm test` builds first).
 */

const LESSON = 'Build a trusting relationship with the sectoral departments';
const LESSON_QUOTE = 'We need to move from command and control into coordinate and collaborate.';
const COMPARISON = 'Special Monitoring Unit (Punjab) and Strategic Support Unit (Khyber Pakhtunkhwa) compared';
const UNITS = ['Special Monitoring Unit (SMU)', 'Strategic Support Unit (SSU)'];

const app = appUnderTest();

function visit(run: (journey: Journey & { openUrl: string; baseUrl: string }) => Promise<void>, options?: JourneyOptions): Promise<void> {
  return app.journey((journey) => run({ ...journey, openUrl: app.server.openUrl, baseUrl: app.server.baseUrl }), options);
}

// Chromium is slow to open pages on a busy machine; each visit takes a new context.
describe('browser mode, as a new user meets it', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('loads the library and takes the token out of the address bar', async () => {
    await visit(async ({ page, library, openUrl, baseUrl }) => {
      await library.goto(openUrl);
      await library.listStatus.filter({ hasText: /^Lessons \(\d+\), newest first\./ }).waitFor();
      expect(page.url(), 'the token is still in the address bar').toBe(baseUrl);
      expect(await page.title()).toBe('Rapporteur');
      const titles = await library.resultTitles();
      expect(titles).toContain(LESSON);
      expect(titles).toContain('Build the right team');

      // The token is kept for the tab, so a reload still reaches the library.
      await page.reload();
      await library.listStatus.filter({ hasText: /^Lessons \(\d+\), newest first\./ }).waitFor();
      expect(await library.resultList.getByRole('listitem').count()).toBeGreaterThan(0);
    });
  });

  it('finds the lesson and the SMU/SSU comparison for "stocktake", with the hits highlighted', async () => {
    await visit(async ({ library, openUrl }) => {
      await library.goto(openUrl);
      await library.search('stocktake');
      const results = await library.results();
      const lesson = results.find((line) => line.title === LESSON);
      const comparison = results.find((line) => line.title === COMPARISON);
      expect(lesson, `no "${LESSON}" among ${JSON.stringify(results.map((line) => line.title))}`).toBeDefined();
      expect(comparison, `no "${COMPARISON}" among ${JSON.stringify(results.map((line) => line.title))}`).toBeDefined();
      for (const line of [lesson, comparison]) {
        expect(line?.highlighted.length, `nothing highlighted in "${line?.title}"`).toBeGreaterThan(0);
        for (const hit of line?.highlighted ?? []) expect(hit).toMatch(/^stocktakes?$/i);
      }
    });
  });

  it('opens the lesson with its pull quote', async () => {
    await visit(async ({ library, openUrl }) => {
      await library.goto(openUrl);
      await library.search('stocktake');
      const detail = await library.open(LESSON);
      expect(await library.pullQuote(detail).textContent()).toBe(LESSON_QUOTE);
      expect(await detail.textContent()).toContain('stocktake meetings hold departments to account');
    });
  });

  it('opens the comparison as a table with the two delivery units as columns', async () => {
    await visit(async ({ library, openUrl }) => {
      await library.goto(openUrl);
      await library.search('stocktake');
      const detail = await library.open(COMPARISON);
      const table = detail.getByRole('table', { name: COMPARISON });
      await table.waitFor();
      // The unit headings fill in as their names arrive.
      await expect
        .poll(() => table.getByRole('columnheader').allTextContents(), { timeout: 8_000 })
        .toEqual(['Question', ...UNITS]);
      expect(await table.getByRole('row').count()).toBeGreaterThan(10);
      expect(await table.textContent()).toContain('How frequently does the unit coordinate with departments between stocktakes?');
    });
  });

  it('works from the keyboard: "/" goes to search, Enter opens the best match', async () => {
    await visit(async ({ page, library, openUrl }) => {
      await library.goto(openUrl);
      await library.listStatus.filter({ hasText: /newest first/ }).waitFor();
      expect(await library.searchHasFocus()).toBe(false);
      await page.keyboard.press('/');
      expect(await library.searchHasFocus(), '"/" did not put the cursor in the search box').toBe(true);
      expect(await library.searchBox.inputValue(), '"/" was typed into the box instead of moving there').toBe('');
      await page.keyboard.type('stocktake');
      // Typing searches as it goes; wait for the answer to the whole word.
      await expect.poll(async () => (await library.resultTitles())[0], { timeout: 8_000 }).toBe(LESSON);
      await page.keyboard.press('Enter');
      await library.detail(LESSON).waitFor();
    });
  });

  it('without the token, says to open the printed address and shows no data', async () => {
    await visit(async ({ library, apiCalls, baseUrl }) => {
      await library.goto(baseUrl);
      const note = library.alerts.filter({ hasText: 'Open the address printed by rapporteur serve, which includes the access token.' });
      await note.waitFor();
      expect(await library.searchBox.count()).toBe(0);
      expect(await library.page.getByRole('listitem').count()).toBe(0);
      expect(apiCalls, 'the page called the API without a token').toEqual([]);
    });
  });

  it('with a wrong token, shows the server’s refusal in an alert and no data', async () => {
    await visit(
      async ({ library, apiCalls, baseUrl }) => {
        await library.goto(`${baseUrl}#token=${'0'.repeat(48)}`);
        await library.alerts.filter({ hasText: 'The access token is missing or wrong' }).waitFor();
        expect(apiCalls.length).toBeGreaterThan(0);
        expect(await library.resultList.getByRole('listitem').count()).toBe(0);
      },
      // Chromium logs each refused call; the alert is what the user is meant to see.
      { expected: [/^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/] },
    );
  });
});
