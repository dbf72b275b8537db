// One `rapporteur serve` on a new library per test file, one Chromium, and a
// fresh browser context (no cookies, no storage) per journey. A journey fails
// on any console error, uncaught exception or CSP violation it did not expect.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { AppPage } from './pages/app-page';
import { CapturePage } from './pages/capture-page';
import { ExchangePage } from './pages/exchange-page';
import { DocumentPage } from './pages/document-page';
import { ItemFormPage } from './pages/item-form-page';
import { LibraryPage } from './pages/library-page';
import { CHROMIUM, CHROMIUM_ARGS, REPORT_CSP_VIOLATIONS, checkPrerequisites, startServer, type Server } from './server';

/** Playwright's auto-waiting limit: generous for a busy two-core machine. */
export const WAIT_MS = 8_000;
/** Per test: Chromium is slow to open pages on a busy machine, and each journey takes a new context. */
export const JOURNEY_TIMEOUT_MS = 60_000;

/** What a journey works with: the page, the screens as page models, and the server. */
export interface Journey {
  page: Page;
  context: BrowserContext;
  app: AppPage;
  library: LibraryPage;
  document: DocumentPage;
  form: ItemFormPage;
  capture: CapturePage;
  exchange: ExchangePage;
  server: Server;
  /** Paths of the API calls the page made. */
  apiCalls: string[];
  /** A second tab in the same context (same storage), its problems collected too. */
  newPage(): Promise<Page>;
}

export interface JourneyOptions {
  /** Console errors that are the point of the journey (e.g. a refused call). */
  expected?: RegExp[];
}

export interface AppUnderTest {
  /** The running server; read it inside a test. */
  readonly server: Server;
  journey(run: (journey: Journey) => Promise<void>, options?: JourneyOptions): Promise<void>;
}

/** Page models for a page. */
export function models(page: Page): Pick<Journey, 'app' | 'library' | 'document' | 'form' | 'capture' | 'exchange'> {
  return {
    exchange: new ExchangePage(page),
    app: new AppPage(page),
    library: new LibraryPage(page),
    document: new DocumentPage(page),
    form: new ItemFormPage(page),
    capture: new CapturePage(page),
  };
}

/**
 * Starts the app for the test file calling it (register at the top level of
 * the file): a server on a new library with the sample, and a browser.
 */
export function appUnderTest(): AppUnderTest {
  let libraryDir: string | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  // Kept and thrown by every test: a failed beforeAll only marks the tests
  // skipped, and a missing Chromium must read as a failure, not a skip.
  let setupError: unknown;

  beforeAll(async () => {
    try {
      checkPrerequisites();
      libraryDir = mkdtempSync(join(tmpdir(), 'rapporteur-e2e-'));
      server = await startServer(join(libraryDir, 'library.sqlite'));
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    } catch (error) {
      setupError = error;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (libraryDir) rmSync(libraryDir, { recursive: true, force: true });
  });

  const running = () => {
    if (setupError) throw setupError;
    if (!server || !browser) throw new Error('The server or the browser did not start.');
    return { server, browser };
  };

  return {
    get server() {
      return running().server;
    },
    async journey(run, { expected = [] } = {}) {
      const { server, browser } = running();
      const context = await browser.newContext({ acceptDownloads: true });
      const problems: string[] = [];
      const apiCalls: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
        page.on('request', (request) => {
          const { pathname } = new URL(request.url());
          if (pathname.startsWith('/api/')) apiCalls.push(pathname);
        });
        return page;
      };
      try {
        context.setDefaultTimeout(WAIT_MS);
        await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
        const page = watch(await context.newPage());
        await run({ page, context, server, apiCalls, ...models(page), newPage: async () => watch(await context.newPage()) });
        const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
        expect(unexpected, 'the page reported console errors, exceptions or CSP violations').toEqual([]);
      } finally {
        await context.close();
      }
    },
  };
}
