import { describe, expect, it } from 'vitest';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/**
 * Building the annex of a new brief: the SMU/SSU comparison inserted from the
 * library panel, some questions left out, the table turned round, and one
 * answer corrected, in the brief and in the library.
 */

const app = appUnderTest();

const COMPARISON = 'Special Monitoring Unit (Punjab) and Strategic Support Unit (Khyber Pakhtunkhwa) compared';
const UNITS = ['Special Monitoring Unit (SMU)', 'Strategic Support Unit (SSU)'];
const LEFT_OUT = 'How frequently does the unit coordinate with departments between stocktakes?';
const NEW_POINT = 'Weekly calls with each department’s focal person';

describe('building a comparison table', { timeout: JOURNEY_TIMEOUT_MS * 2 }, () => {
  it('inserts the SMU/SSU comparison, leaves out a question, transposes it and edits an answer the library keeps', async () => {
    const brief = await app.server.api['documents.new']({ templateId: 'from-policy-to-action', title: 'A brief with an annex' });
    const found = await app.server.api.search({ query: 'stocktake', kind: 'comparison' });
    const comparisonId = found.results.find((result) => result.title === COMPARISON)?.id;
    if (!comparisonId) throw new Error(`No comparison "${COMPARISON}" in the sample library.`);

    await app.journey(async ({ page, app: shell, library, document }) => {
      await shell.open(app.server.openUrl);
      await document.goto(brief.id);
      await document.placeCaretAtEndOf('annex');
      await library.search('stocktake');
      // With a document open, choosing a result shows it beside the document.
      await library.result(COMPARISON).click();
      await document.selectedItem.getByText(COMPARISON).waitFor();
      await document.insertSelectedItem();

      const comparison = document.section('annex').getByRole('group', { name: 'Comparison table' });
      await comparison.waitFor();
      const table = document.section('annex').getByRole('table', { name: COMPARISON });
      await expect.poll(() => table.getByRole('columnheader').allTextContents()).toEqual(['Question', ...UNITS]);
      await table.getByRole('rowheader', { name: LEFT_OUT }).waitFor();

      await comparison.getByRole('button', { name: 'Choose units and questions' }).click();
      const chooser = page.getByRole('dialog', { name: 'Choose units and questions' });
      await chooser.getByRole('checkbox', { name: LEFT_OUT }).uncheck();
      await chooser.getByRole('button', { name: 'Save', exact: true }).click();
      await chooser.waitFor({ state: 'hidden' });
      await table.getByRole('rowheader', { name: LEFT_OUT }).waitFor({ state: 'detached' });

      await comparison.getByRole('button', { name: 'Transpose' }).click();
      await expect.poll(() => table.getByRole('rowheader').allTextContents()).toEqual(UNITS);
      expect(await table.getByRole('columnheader').allTextContents()).not.toContain(LEFT_OUT);

      // Correct the SSU's answer to the first question shown.
      const firstQuestion = ((await table.getByRole('columnheader').allTextContents())[1] ?? '').trim();
      await table.getByRole('button', { name: `Edit answer: ${UNITS[1]} — ${firstQuestion}` }).click();
      const answer = page.getByRole('dialog', { name: `Answer: ${UNITS[1]} — ${firstQuestion}` });
      const points = answer.getByRole('textbox', { name: 'Points, one per line' });
      await points.press('Control+End');
      await points.pressSequentially(`\n${NEW_POINT}`);
      await answer.getByRole('button', { name: 'Save', exact: true }).click();
      await answer.waitFor({ state: 'hidden' });
      const ssuRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: UNITS[1] }) });
      await ssuRow.getByText(NEW_POINT).waitFor();

      // The library's comparison has the new point, under the SSU, for that question.
      const stored = await app.server.api['items.get']({ id: comparisonId, kind: 'comparison' });
      if (stored.kind !== 'comparison') throw new Error('not a comparison');
      const question = stored.data.questions.find((each) => each.text === firstQuestion);
      const ssu = stored.data.unitIds[1] ?? '';
      expect(question?.cells[ssu]?.points).toContain(NEW_POINT);

      // The brief keeps the choice and the turn.
      await document.waitUntilSaved();
      await page.reload();
      await document.waitForEditor();
      await expect.poll(() => table.getByRole('rowheader').allTextContents()).toEqual(UNITS);
      expect(await table.getByRole('columnheader').allTextContents()).not.toContain(LEFT_OUT);
    });
  });
});
