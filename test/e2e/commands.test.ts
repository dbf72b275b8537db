import { describe, expect, it } from 'vitest';
import { appUnderTest, JOURNEY_TIMEOUT_MS } from './harness';

/** The command palette and the shortcuts help, as a keyboard user finds them. */

const app = appUnderTest();

describe('commands from the keyboard', { timeout: JOURNEY_TIMEOUT_MS }, () => {
  it('Ctrl+K, "export", Enter opens the Export dialog of the open brief', async () => {
    const brief = await app.server.api['documents.new']({ templateId: 'from-policy-to-action', title: 'A brief to export' });
    await app.journey(async ({ app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await document.goto(brief.id);
      await shell.runFromPalette('export', /^Export…/);
      await document.exportDialog.waitFor();
      await document.exportDialog.getByRole('radiogroup', { name: 'Format' }).waitFor();
      await shell.closeDialog(document.exportDialog);
    });
  });

  it('F1 lists the shortcuts of the screen that is open', async () => {
    const brief = await app.server.api['documents.new']({ templateId: 'from-policy-to-action', title: 'A brief to learn the keys on' });
    await app.journey(async ({ page, app: shell, document }) => {
      await shell.open(app.server.openUrl);
      await shell.openHelp();
      const home = await shell.helpLines();
      for (const expected of ['Ctrl+K Show all commands', 'F1 Keyboard shortcuts']) expect(home, `the help does not list "${expected}"`).toContain(expected);
      await shell.closeDialog(shell.help);

      await document.goto(brief.id);
      await page.keyboard.press('Control+/');
      await shell.help.waitFor();
      const lines = await shell.helpLines();
      for (const expected of ['Ctrl+E Export…', 'Ctrl+S Save now', 'Ctrl+Shift+H Version history', 'Ctrl+B Bold', 'Ctrl+Z Undo']) {
        expect(lines, `the help does not list "${expected}"`).toContain(expected);
      }
    });
  });
});
