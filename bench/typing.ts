// Typing in the editor and opening browser mode, in Debian's Chromium against
// `rapporteur serve`: (a) keystroke-to-paint latency in a generated 100-page
// document, typing at its start, middle and end; (b) the first load of browser
// mode with the sample library, each in a fresh profile.
// Targets (issue 4): p95 keystroke-to-paint under 16 ms; first load under 1 s.
// Needs the built renderer (`npm run build`).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Playwright from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { Library } from '../electron/core/library/library';
import { SAMPLE_LIBRARY } from '../electron/core/library/sample';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../electron/core/library/sample/documents/from-policy-to-action';
import { CHROMIUM, CHROMIUM_ARGS, checkPrerequisites, startServer, type Server } from '../test/e2e/server';
import { FOOTNOTES, generatedDocument, TABLES } from './lib/hundred-pages';

/** Playwright finds its own files at run time, so it is loaded, not bundled. */
const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright;

/** Characters typed at each place: about 300 in all. */
const TYPED = 'Delivery units report to the chief minister every quarter, and the departments answer for their targets. ';
/** Between keys, as a quick typist (about 120 words a minute). */
const KEY_DELAY_MS = 60;
const LOADS = 10;
/** The 100-page document takes a while to open on a busy machine. */
const OPEN_TIMEOUT_MS = 120_000;

/**
 * In the page: for each key, the time from its keydown (the event's own
 * timestamp, taken in the capture phase) to just after the next frame is
 * painted. The frame after the input is handled is requested on keydown; a
 * message posted from that frame's requestAnimationFrame arrives after the
 * frame's paint.
 */
const MEASURE_KEYS = `(() => {
  window.__keyLatencies = [];
  document.addEventListener('keydown', (event) => {
    const pressed = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - pressed);
      channel.port2.postMessage(null);
    });
  }, true);
})()`;

/**
 * Before the app's own scripts: records when the library list first has
 * items and the home screen's heading is shown, in ms since navigation start.
 */
const MEASURE_FIRST_LOAD = `(() => {
  const shown = () =>
    document.querySelector('ul[aria-label="Library items"] li') && [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Documents');
  new MutationObserver((_, observer) => {
    if (window.__shownAt === undefined && shown()) {
      window.__shownAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
})()`;

/** What the scripts above keep on the page's window. */
interface InPage {
  __keyLatencies: number[];
  __shownAt: number | undefined;
}

// Predicates are passed as functions: Playwright evaluates a string predicate
// with eval, which the page's CSP refuses.

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function heapMb(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return `${(usedSize / 2 ** 20).toFixed(0)} MB used of ${(totalSize / 2 ** 20).toFixed(0)} MB`;
  } finally {
    await session.detach();
  }
}

/** Opens the app in a fresh profile, goes to the document and waits until `lastBlock` shows. */
async function openDocument(browser: Browser, server: Server, documentId: string, lastBlock: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(OPEN_TIMEOUT_MS);
  await page.goto(server.openUrl, { waitUntil: 'load' });
  await page.getByRole('searchbox', { name: 'Search the library' }).waitFor();
  const started = performance.now();
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/document/${documentId}`)}`);
  const editor = page.getByRole('textbox', { name: 'Document text' });
  await editor.waitFor();
  await editor.locator(lastBlock).last().waitFor();
  console.log(`  open in the editor after ${(performance.now() - started).toFixed(0)} ms; heap ${await heapMb(page)}`);
  return page;
}

/** Where the main thread's time went (Chromium's own counters, in seconds). */
const SPLIT = { ScriptDuration: 'script', LayoutDuration: 'layout', RecalcStyleDuration: 'style' } as const;

/** Types TYPED at the end of each paragraph given; returns every key's latency. */
async function typeAt(page: Page, places: [string, Locator][]): Promise<number[]> {
  await page.evaluate(MEASURE_KEYS);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const counters = async () => {
    const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return new Map(metrics.map((metric) => [metric.name, metric.value]));
  };
  const all: number[] = [];
  for (const [where, paragraph] of places) {
    await paragraph.click();
    await page.keyboard.press('End');
    // After End's own frame, so only the typed keys are counted.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))');
    await page.evaluate('window.__keyLatencies.length = 0');
    const before = await counters();
    await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
    // The last key's frame.
    await page.waitForFunction((count) => (globalThis as unknown as InPage).__keyLatencies.length >= count, TYPED.length);
    const after = await counters();
    const latencies = (await page.evaluate('window.__keyLatencies.slice()')) as number[];
    all.push(...latencies);
    const split = Object.entries(SPLIT)
      .map(([counter, name]) => `${name} ${ms((((after.get(counter) ?? 0) - (before.get(counter) ?? 0)) * 1000) / latencies.length)}`)
      .join(', ');
    console.log(`  at the ${where}: ${latencies.length} keys, p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}; per key ${split}`);
  }
  await session.detach();
  return all;
}

async function typingLatency(browser: Browser, server: Server, documentId: string): Promise<void> {
  // The same typing in the small sample brief first: what this machine gives without the document's size.
  console.log('the sample brief (a few pages):');
  const small = await openDocument(browser, server, POLICY_TO_ACTION_DOCUMENT_ID, 'section[data-section-id="annex"]');
  const baseline = await typeAt(small, [['end of the introduction', small.locator('section[data-section-id="introduction"] > .block-group > p').last()]]);
  console.log(`  keystroke-to-paint, ${baseline.length} keys: p50 ${ms(percentile(baseline, 50))}, p95 ${ms(percentile(baseline, 95))}`);
  await small.context().close();

  console.log('the generated 100-page document:');
  const page = await openDocument(browser, server, documentId, 'section[data-section-id="sessions"] p');
  const paragraphs = page.locator('section[data-section-id="sessions"] > .block-group > p');
  const count = await paragraphs.count();
  const all = await typeAt(page, [
    ['start', paragraphs.nth(0)],
    ['middle', paragraphs.nth(Math.floor(count / 2))],
    ['end', paragraphs.nth(count - 1)],
  ]);
  console.log(
    `keystroke-to-paint in the 100-page document, ${all.length} keys: p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))} (target < 16 ms), max ${ms(Math.max(...all))}`,
  );
  console.log(`heap after typing: ${await heapMb(page)}`);
  await page.context().close();
}

async function firstLoads(browser: Browser, server: Server): Promise<void> {
  const shown: number[] = [];
  const loaded: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    await context.addInitScript({ content: MEASURE_FIRST_LOAD });
    const page = await context.newPage();
    await page.goto(server.openUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => (globalThis as unknown as InPage).__shownAt !== undefined, null, { timeout: OPEN_TIMEOUT_MS });
    shown.push((await page.evaluate('window.__shownAt')) as number);
    loaded.push((await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number);
    await context.close();
  }
  console.log(`first load, ${LOADS} fresh profiles, to the library list and the documents shown: median ${ms(percentile(shown, 50))} (target < 1 s), max ${ms(Math.max(...shown))}`);
  console.log(`  (the load event: median ${ms(percentile(loaded, 50))}, max ${ms(Math.max(...loaded))})`);
}

checkPrerequisites();
const dir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-typing-'));
const libraryPath = join(dir, 'library.sqlite');
let server: Server | undefined;
let browser: Browser | undefined;
try {
  const library = Library.open({ path: libraryPath, sample: SAMPLE_LIBRARY });
  const document = generatedDocument(library);
  library.close();
  console.log(`generated document: ${TABLES} tables, ${FOOTNOTES} footnotes, about 100 pages`);
  server = await startServer(libraryPath);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  await firstLoads(browser, server);
  await typingLatency(browser, server, document.id);
  console.log(`(load average while measuring: ${loadavg().map((load) => load.toFixed(1)).join(', ')} on ${availableParallelism()} cores)`);
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
