// `rapporteur serve`, started the way a new user meets browser mode, and where
// Chromium is. No test framework and no Playwright here: bench/typing.ts uses
// it too, and loads Playwright itself (it cannot be bundled).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api } from '../../shared/contract';
import { createClient } from '../../shared/client';
import { createHttpTransport } from '../../renderer/src/transport/http';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Generous: the first run after a source change rebuilds the CLI bundle before serving. */
const SERVER_START_MS = 45_000;
const ADDRESS = /^Rapporteur is running in browser mode\. Open:\n(http:\/\/127\.0\.0\.1:\d+\/#token=([0-9a-f]+))\nPress Ctrl\+C to stop\.$/m;

/** A running `rapporteur serve`. */
export interface Server {
  /** The address it printed, token included. */
  openUrl: string;
  /** The same address without the token. */
  baseUrl: string;
  /** The API over the same HTTP bridge the page uses: for setting up and checking what the library holds. */
  api: Api;
  /** What it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Fails, saying what to do, unless Chromium and the built renderer are there. */
export function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser-mode tests drive Debian's Chromium: install it with \`sudo apt-get install chromium\`, then run the tests again.`,
    );
  }
  if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built (out/renderer/index.html is missing): run `npm run build` first, or `npm test`, which builds.');
  }
}

export function startServer(libraryPath: string): Promise<Server> {
  const child = spawn(process.execPath, ['bin/rapporteur.mjs', 'serve', '--library', libraryPath], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopProcess(child);
      reject(new Error(`\`rapporteur serve\` printed no address within ${SERVER_START_MS / 1000} s. Output so far:\n${output}`));
    }, SERVER_START_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      outcome();
    };
    child.stdout.on('data', (text: string) => {
      output += text;
      const match = ADDRESS.exec(output);
      if (!match) return;
      const [, openUrl = '', token = ''] = match;
      const baseUrl = openUrl.replace(/#.*$/, '');
      const api = createClient(createHttpTransport({ token, fetch, baseUrl: baseUrl.replace(/\/$/, '') }));
      settle(() => resolve({ openUrl, baseUrl, api, output: () => output, stop: () => stopProcess(child) }));
    });
    child.stderr.on('data', (text: string) => {
      output += text;
    });
    child.once('error', (error) => settle(() => reject(new Error(`Could not start \`rapporteur serve\`: ${error.message}`))));
    child.once('exit', (code, signal) =>
      settle(() => reject(new Error(`\`rapporteur serve\` stopped (exit code ${code}, signal ${signal}) before printing its address. Output:\n${output}`))),
    );
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Reports Content-Security-Policy violations to the console, where the harness collects them. */
export const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
});`;
