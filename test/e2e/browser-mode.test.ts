import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryPage } from './pages/library-page';

/**
 * A new user's first minutes in browser mode: `rapporteur serve` on a new
 * library, the printed address opened in a real Chromium with a fresh profile.
 * Needs the built renderer (`npm run build`; `npm test` builds first).
 */

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Generous: the first run after a source change rebuilds the CLI bundle before serving. */
const SERVER_START_MS = 45_000;

const LESSON = 'Build a trusting relationship with the sectoral departments';
const LESSON_QUOTE = 'We need to move from command and control into coordinate and collaborate.';
const COMPARISON = 'Special Monitoring Unit (Punjab) and Strategic Support Unit (Khyber Pakhtunkhwa) compared';
const UNITS = ['Special Monitoring Unit (SMU)', 'Strategic Support Unit (SSU)'];

/** Reports Content-Security-Policy violations to the console, where the test collects them. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
});`;

let libraryDir: string | undefined;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
/** The address `serve` printed, token included. */
let openUrl = '';
/** The same address without the token. */
let baseUrl = '';
let serverOutput = '';

function startServer(libraryPath: string): Promise<string> {
  const child = spawn(process.execPath, ['bin/rapporteur.mjs', 'serve', '--library', libraryPath], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`\`rapporteur serve\` printed no address within ${SERVER_START_MS / 1000} s. Output so far:\n${serverOutput}`));
    }, SERVER_START_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      outcome();
    };
    child.stdout.on('data', (text: string) => {
      serverOutput += text;
      const match = /^Rapporteur is running in browser mode\. Open:\n(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)\nPress Ctrl\+C to stop\.$/m.exec(serverOutput);
      if (match?.[1]) settle(() => resolve(match[1] as string));
    });
    child.stderr.on('data', (text: string) => {
      serverOutput += text;
    });
    child.once('error', (error) => settle(() => reject(new Error(`Could not start \`rapporteur serve\`: ${error.message}`))));
    child.once('exit', (code, signal) =>
      settle(() =>
        reject(new Error(`\`rapporteur serve\` stopped (exit code ${code}, signal ${signal}) before printing its address. Output:\n${serverOutput}`)),
      ),
    );
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function setUp(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser-mode tests drive Debian's Chromium: install it with \`sudo apt-get install chromium\`, then run the tests again.`,
    );
  }
  if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built (out/renderer/index.html is missing): run `npm run build` first, or `npm test`, which builds.');
  }
  libraryDir = mkdtempSync(join(tmpdir(), 'rapporteur-e2e-'));
  openUrl = await startServer(join(libraryDir, 'library.sqlite'));
  baseUrl = openUrl.replace(/#.*$/, '');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Kept and thrown by every test: a failed beforeAll only marks the tests
 * skipped, and a missing Chromium must read as a failure, not a skip.
 */
let setupError: unknown;

beforeAll(async () => {
  try {
    await setUp();
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  if (libraryDir) rmSync(libraryDir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  library: LibraryPage;
  /** Paths of the API calls the page made. */
  apiCalls: string[];
}

/**
 * Runs one visit in a new browser context (no cookies, no storage), then fails
 * on any console error, uncaught exception or CSP violation not in `expected`.
 */
async function visit(run: (visit: Visit) => Promise<void>, expected: RegExp[] = []): Promise<void> {
  if (setupError) throw setupError;
  if (!browser) throw new Error('The browser did not start.');
  const context = await browser.newContext();
  try {
    context.setDefaultTimeout(8_000);
    await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) apiCalls.push(pathname);
    });
    await run({ page, library: new LibraryPage(page), apiCalls });
    const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    expect(unexpected, 'the page reported console errors, exceptions or CSP violations').toEqual([]);
  } finally {
    await context.close();
  }
}

// Chromium is slow to open pages on a busy machine; each visit takes a new context.
describe('browser mode, as a new user meets it', { timeout: 45_000 }, () => {
  it('loads the library and takes the token out of the address bar', async () => {
    await visit(async ({ page, library }) => {
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
    await visit(async ({ library }) => {
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
    await visit(async ({ library }) => {
      await library.goto(openUrl);
      await library.search('stocktake');
      const detail = await library.open(LESSON);
      expect(await library.pullQuote(detail).textContent()).toBe(LESSON_QUOTE);
      expect(await detail.textContent()).toContain('stocktake meetings hold departments to account');
    });
  });

  it('opens the comparison as a table with the two delivery units as columns', async () => {
    await visit(async ({ library }) => {
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
    await visit(async ({ page, library }) => {
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
    await visit(async ({ library, apiCalls }) => {
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
      async ({ library, apiCalls }) => {
        await library.goto(`${baseUrl}#token=${'0'.repeat(48)}`);
        await library.alerts.filter({ hasText: 'The access token is missing or wrong' }).waitFor();
        expect(apiCalls.length).toBeGreaterThan(0);
        expect(await library.resultList.getByRole('listitem').count()).toBe(0);
      },
      // Chromium logs each refused call; the alert is what the user is meant to see.
      [/^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/],
    );
  });
});
