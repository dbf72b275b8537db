import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { resolveStoredDocument } from '../../electron/core/briefing/documents';
import { exportResolved } from '../../electron/core/export';
import { MAX_MARKDOWN_BYTES } from '../../electron/core/import/admit';
import { readFile } from '../../electron/core/import/read';
import { createCoreWorkers, READ_MEMORY_LIMIT_MB, startWorkerThread, WorkerStopped, type CoreWorkers } from '../../electron/core/worker';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { readWithPandoc, requireReaders } from '../helpers/docx-readers';
import { tempCore, tempDir } from '../helpers/temp-library';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The worker as the desktop app loads it (electron-vite's build) and as browser mode and the CLI do (the CLI bundle).
const WORKERS = [
  ['the desktop app', join(root, 'out/main/core-worker.js')],
  ['browser mode', join(root, 'out/cli/core-worker.mjs')],
] as const;

/** Markdown up to `bytes` (the size limit unless given) from a repeated unit. */
function markdownOf(unit: (i: number) => string, bytes = MAX_MARKDOWN_BYTES): Buffer {
  const parts: string[] = [];
  for (let size = 0, i = 0; size + unit(i).length < bytes; i++) {
    parts.push(unit(i));
    size += unit(i).length;
  }
  return Buffer.from(parts.join(''));
}

describe.each(WORKERS)('the worker threads of %s', (_, file) => {
  let worker: CoreWorkers;

  beforeAll(() => {
    if (!existsSync(file)) throw new Error(`${file} is not built: run npm run build first (npm test does).`);
    worker = createCoreWorkers(file);
  });
  afterAll(() => worker.close());

  it('exports what the main thread would, in every format', async () => {
    await requireReaders('pandoc');
    const core = tempCore();
    const dir = tempDir();
    const resolved = resolveStoredDocument(core.library, POLICY_TO_ACTION_DOCUMENT_ID);
    for (const format of ['md', 'html'] as const) {
      const [there, here] = await Promise.all([worker.exporter(resolved, format, {}), exportResolved(resolved, format)]);
      expect(Buffer.from(there).toString('utf8')).toBe(Buffer.from(here).toString('utf8'));
    }
    const [there, here] = await Promise.all([worker.exporter(resolved, 'docx', {}), exportResolved(resolved, 'docx')]);
    writeFileSync(join(dir, 'there.docx'), there);
    writeFileSync(join(dir, 'here.docx'), here);
    const [a, b] = await Promise.all([readWithPandoc(join(dir, 'there.docx')), readWithPandoc(join(dir, 'here.docx'))]);
    expect(a.ast.blocks).toEqual(b.ast.blocks);
    expect(a.headings.length).toBeGreaterThan(6);
  });

  it('reports a refused export as the same error, naming the file', async () => {
    const core = tempCore();
    const resolved = resolveStoredDocument(core.library, POLICY_TO_ACTION_DOCUMENT_ID);
    const failure = await worker
      .exporter(resolved, 'docx', { referenceDoc: { name: 'house-style.docx', bytes: Buffer.from('not a zip') } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ type: 'invalid-input', message: expect.stringContaining('house-style.docx') });
  });

  it('reads a file to import as the main thread would', async () => {
    const importing = { name: 'module.md', bytes: Buffer.from('# Coordination\n\nBISP and PBM[^1] reach the *same* poor.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: Pakistan Bait-ul-Mal.\n') };
    expect(await worker.reader(importing)).toEqual(await readFile(importing));
  });

  it('refuses a file whose reading needs more memory than it may have, naming the file, and reads the next one', async () => {
    // A megabyte of 500-column table rows: admitted by size, but millions of cells to hold.
    const wide = markdownOf(() => `|${'a|'.repeat(500)}\n|${'-|'.repeat(500)}\n`);
    const failure = await worker.reader({ name: 'wide.md', bytes: wide }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      type: 'invalid-input',
      message: expect.stringMatching(new RegExp(`^wide\\.md cannot be imported: reading it needed more than ${READ_MEMORY_LIMIT_MB} MB of memory.*Split it into smaller files`)),
    });
    const next = await worker.reader({ name: 'notes.md', bytes: Buffer.from('# Next\n\nStill read.\n') });
    expect(next.title).toBe('Next');
  });

  it('lets the API answer while a long file is read', async () => {
    const core = tempCore({ reader: worker.reader, exporter: worker.exporter });
    const finished: string[] = [];
    const long = markdownOf((i) => `${'The unit met the departments and *agreed* the routine of monthly stocktakes. '.repeat(5)}Day ${i}.[^${i}]\n\n[^${i}]: Minutes, ${i}.\n\n`);
    const importing = core.api['import.preview']({ name: 'long.md', base64: long.toString('base64'), as: 'document' }).then((report) => {
      finished.push('import');
      return report;
    });
    // In process, the reading would hold the thread until it is done: the timer and the call after it would wait.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await core.api['items.list']({ kind: 'lesson' });
    finished.push('list');
    await importing;
    expect(finished).toEqual(['list', 'import']);
    expect((await importing).created).toEqual([expect.objectContaining({ kind: 'source' }), expect.objectContaining({ kind: 'document', title: expect.any(String) })]);
  });

  it('serves the API’s exports when the core is given it', async () => {
    const core = tempCore({ exporter: worker.exporter });
    const exported = await core.api['documents.export']({ documentId: POLICY_TO_ACTION_DOCUMENT_ID, format: 'md' });
    expect(exported.fileName).toBe('From Policy to Action.md');
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toContain('Lesson 1: A Delivery Unit is there to drive policy delivery');
  });
});

describe('a worker thread', () => {
  it('fails each job with the reason when it cannot start, and closes', async () => {
    const broken = join(tempDir(), 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('the worker is broken');\n");
    const worker = createCoreWorkers(broken);
    const document = resolveStoredDocument(tempCore().library, POLICY_TO_ACTION_DOCUMENT_ID);
    await expect(worker.exporter(document, 'md', {})).rejects.toThrow('the worker is broken');
    await expect(worker.exporter(document, 'md', {})).rejects.toThrow('the worker is broken');
    await expect(worker.reader({ name: 'notes.md', bytes: Buffer.from('# Notes\n') })).rejects.toThrow('the worker is broken');
    await worker.close();
  });

  it('stops a job that passes its time limit', async () => {
    const thread = startWorkerThread(WORKERS[1][1], { timeLimitMs: 1 });
    const long = markdownOf((i) => `> Quote ${i}.\n\n`);
    const failure = await thread.run({ job: 'read', file: { name: 'long.md', bytes: long } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerStopped);
    expect(failure).toMatchObject({ reason: 'time-limit' });
    await thread.close();
  });
});
