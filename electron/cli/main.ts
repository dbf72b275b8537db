import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from './run';

/** The `rapporteur` command: the core from a terminal. */
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => (process.stdin.isTTY ? undefined : readFileSync(0, 'utf8')),
  env: process.env,
  terminal: Boolean(process.stdout.isTTY),
  // The bundle lives in out/cli/, beside the built renderer in out/renderer/.
  rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
  // Built beside the bundle by scripts/build-cli.mjs.
  exportWorker: fileURLToPath(new URL('./export-worker.mjs', import.meta.url)),
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
});
process.exitCode = code;
