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
import type { RichTextNode } from '../shared/richtext';
import { bulletList, dataTable, documentState, footnote, heading3, paragraph, section } from '../electron/core/briefing/build';
import { resolveDocument } from '../electron/core/briefing/resolve';
import { getTemplate } from '../electron/core/briefing/templates';
import { exportResolved } from '../electron/core/export';
import { exportMarkdown } from '../electron/core/export/markdown';
import { Library } from '../electron/core/library/library';
import { SAMPLE_LIBRARY } from '../electron/core/library/sample';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../electron/core/library/sample/documents/from-policy-to-action';
import { DOMAIN_WORDS, random } from './lib/generate';

const SESSIONS = 40;
const PARAGRAPHS_PER_SESSION = 10;
const TABLES = 20;
const FOOTNOTES = 200;

/** The field's words among the commonest English ones, as in prose. */
const WORDS = [...DOMAIN_WORDS, ...'the of and to in a for with on that is was by as from are be this have it at which'.split(' ')];

function sentence(next: () => number): string {
  const length = 12 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}

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

function generatedDocument(library: Library): ItemOf<'document'> {
  const next = random(7);
  const tables = Array.from({ length: TABLES }, (_, index) =>
    library.create('table', {
      title: `Programme results, table ${index + 1}`,
      columns: [
        { label: 'District' },
        { label: 'Budget', unit: 'PKR million', type: 'number' },
        { label: 'Spent', unit: 'PKR million', type: 'number' },
        { label: 'Beneficiaries', type: 'number' },
        { label: 'Schools', type: 'number' },
        { label: 'Remarks' },
      ],
      rows: Array.from({ length: 14 }, (_, row) => [
        `District ${row + 1}`,
        Math.round(next() * 90_000) / 10,
        Math.round(next() * 80_000) / 10,
        Math.round(next() * 1_000_000),
        Math.round(next() * 900),
        sentence(next).slice(0, 40),
      ]),
    }),
  );
  let footnotes = 0;
  const sessions: RichTextNode[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    sessions.push(heading3(`Session ${s + 1}: ${sentence(next).slice(0, 50)}`));
    for (let p = 0; p < PARAGRAPHS_PER_SESSION; p++) {
      const parts: (string | RichTextNode)[] = [Array.from({ length: 5 }, () => sentence(next)).join(' ')];
      if (footnotes < FOOTNOTES && (s * PARAGRAPHS_PER_SESSION + p) % 2 === 0) {
        parts.push(footnote(`Note ${++footnotes}: ${sentence(next)}`), ` ${sentence(next)}`);
      }
      sessions.push(paragraph(...parts));
      if (p === 7) sessions.push(bulletList([sentence(next), sentence(next), sentence(next)]));
    }
    if (s % 2 === 0) sessions.push(dataTable(tables[s / 2]!.id));
  }
  return library.create('document', {
    title: 'A hundred pages of delivery',
    templateId: 'workshop-report',
    author: 'Benchmark',
    state: documentState(
      section('title', [paragraph('A hundred pages of delivery'), paragraph('Generated for the export benchmark')]),
      section('event', [paragraph(sentence(next))]),
      section('purpose', [paragraph(sentence(next))]),
      section('key-messages', [bulletList([sentence(next), sentence(next), sentence(next)])]),
      section('sessions', sessions),
    ),
  });
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
