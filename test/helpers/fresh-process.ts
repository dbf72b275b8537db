// Peak memory of one step on a hostile file, measured in a fresh Node process, so
// nothing the test runner holds counts.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './temp-library';

/**
 * Writes `bytes` to a file, then runs `call` (an expression awaiting the file's bytes as
 * `bytes`) with `name` imported from `module` (a path to a .ts file). Returns the message
 * it threw ('' when it did not) and the process's peak resident memory in MB.
 */
export async function inFreshProcess(bytes: Uint8Array, module: string, name: string, call: string): Promise<{ message: string; peakMb: number }> {
  const dir = tempDir();
  const file = join(dir, 'input');
  writeFileSync(file, bytes);
  const script = join(dir, 'run.mjs');
  await build({
    stdin: {
      contents: `
        import { readFileSync } from 'node:fs';
        import { ${name} } from ${JSON.stringify(module)};
        const bytes = readFileSync(process.argv[2]);
        let message = '';
        try { await ${call}; } catch (error) { message = error.message; }
        process.stdout.write(JSON.stringify({ message, maxRssKb: process.resourceUsage().maxRSS }));
      `,
      resolveDir: dir,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const { message, maxRssKb } = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8' })) as { message: string; maxRssKb: number };
  return { message, peakMb: maxRssKb / 1024 };
}
