// DOCX export: the sample "From Policy to Action" brief, and a generated
// 100-page document (text, 20 tables, 200 footnotes) against pandoc converting
// the same content from Markdown, on this machine, in this run.
// Targets (DESIGN.md): the sample brief under 100 ms in-process; the 100-page
// document at most 0.25x pandoc's time in-process, and no slower than pandoc
// end to end through the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ItemOf } from '../shared/domain';
import { resolveDocument } from '../electron/core/briefing/resolve';
import { getTemplate } from '../electron/core/briefing/templates';
import { exportResolved } from '../electron/core/export';
import { exportMarkdown } from '../electron/core/export/markdown';
import { Library } from '../electron/core/library/library';
import { SAMPLE_LIBRARY } from '../electron/core/library/sample';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../electron/core/library/sample/documents/from-policy-to-action';
import { generatedDocument, TABLES } from './lib/hundred-pages';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Wall time of a command, in ms; fails loudly if it fails. */
function run(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return elapsed;
}

const dir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-export-'));
const libraryPath = join(dir, 'library.sqlite');
try {
  const library = Library.open({ path: libraryPath, sample: SAMPLE_LIBRARY });
  const exportDocx = async (document: ItemOf<'document'>) => {
    const resolved = resolveDocument(document.data, getTemplate(document.data.templateId), library.items);
    return exportResolved(resolved, 'docx');
  };

  // The sample brief: the first export in a fresh process, then warm.
  const sample = library.get(POLICY_TO_ACTION_DOCUMENT_ID, 'document');
  const [, cold] = await timeAsync(() => exportDocx(sample));
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) warm.push((await timeAsync(() => exportDocx(sample)))[1]);
  console.log(`sample brief: first export ${cold.toFixed(0)} ms, then median ${median(warm).toFixed(1)} ms, worst ${Math.max(...warm).toFixed(1)} ms (target < 100 ms)`);

  // The generated document, and the same content as Markdown for pandoc.
  const [big, createMs] = time(() => generatedDocument(library));
  const resolved = resolveDocument(big.data, getTemplate(big.data.templateId), library.items);
  const markdownFile = join(dir, 'big.md');
  writeFileSync(markdownFile, exportMarkdown(resolved));
  const ours = join(dir, 'ours.docx');
  writeFileSync(ours, await exportDocx(big));
  console.log(
    `generated document: ${resolved.sections.length} sections, ${TABLES} tables, ${resolved.footnoteCount} footnotes; ` +
      `DOCX ${(statSync(ours).size / 1024).toFixed(0)} kB, Markdown ${(statSync(markdownFile).size / 1024).toFixed(0)} kB (built in ${createMs.toFixed(0)} ms)`,
  );
  if (spawnSync('pdfinfo', ['-v']).status === 0 && spawnSync('soffice', ['--version']).status === 0) {
    const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
    run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ours]);
    const info = spawnSync('pdfinfo', [join(dir, 'ours.pdf')], { encoding: 'utf8' }).stdout;
    console.log(`LibreOffice renders it to ${/Pages:\s+(\d+)/.exec(info)?.[1] ?? '?'} pages`);
  }

  const inProcess: number[] = [];
  for (let i = 0; i < 10; i++) inProcess.push((await timeAsync(() => exportDocx(big)))[1]);
  library.close();

  const pandocFile = join(dir, 'pandoc.docx');
  const pandoc: number[] = [];
  for (let i = 0; i < 5; i++) pandoc.push(run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', pandocFile, markdownFile]));

  const cliFile = join(dir, 'cli.docx');
  const bin = join(process.cwd(), 'bin', 'rapporteur.mjs');
  run(process.execPath, [bin, 'export', big.id, '--library', libraryPath, '--out', cliFile]);
  const cli: number[] = [];
  for (let i = 0; i < 5; i++) cli.push(run(process.execPath, [bin, 'export', big.id, '--library', libraryPath, '--out', cliFile]));

  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(`pandoc, Markdown to DOCX (process):   median ${median(pandoc).toFixed(0)} ms`);
  console.log(`Rapporteur in-process (resolve + DOCX): median ${median(inProcess).toFixed(0)} ms  ratio ${ratio(inProcess, pandoc)}x pandoc (target <= 0.25x)`);
  console.log(`Rapporteur CLI end to end (process):  median ${median(cli).toFixed(0)} ms  ratio ${ratio(cli, pandoc)}x pandoc (target <= 1x)`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${libraryPath}`);
  else rmSync(dir, { recursive: true, force: true });
}
