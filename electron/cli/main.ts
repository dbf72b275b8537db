import { readFileSync } from 'node:fs';
import { run } from './run';

export { isCommand } from './run';

/** Where the built app's other files are, relative to the CLI bundle (bin/rapporteur.mjs passes them). */
export interface CliPaths {
  /** The built renderer, for `serve`. */
  rendererDir: string;
  /** The core's worker thread script: exports in `serve`, the reading of files to import. */
  worker: string;
}

/** The `rapporteur` command: the core from a terminal. Resolves to the exit code. */
export function main(argv: string[], paths: CliPaths): Promise<number> {
  return run(argv, {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readStdin: () => (process.stdin.isTTY ? undefined : readFileSync(0, 'utf8')),
    env: process.env,
    terminal: Boolean(process.stdout.isTTY),
    rendererDir: paths.rendererDir,
    worker: paths.worker,
    untilStopped: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  });
}
