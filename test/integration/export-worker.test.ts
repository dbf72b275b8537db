import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { resolveStoredDocument } from '../../electron/core/briefing/documents';
import { exportResolved } from '../../electron/core/export';
import { createWorkerExporter, type WorkerExporter } from '../../electron/core/export/worker-exporter';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { readWithPandoc, requireReaders } from '../helpers/docx-readers';
import { tempCore, tempDir } from '../helpers/temp-library';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The worker as the desktop app loads it (electron-vite's build) and as browser mode does (the CLI bundle).
const WORKERS = [
  ['the desktop app', join(root, 'out/main/export-worker.js')],
  ['browser mode', join(root, 'out/cli/export-worker.mjs')],
] as const;

describe.each(WORKERS)('the export worker of %s', (_, file) => {
  let worker: WorkerExporter;

  beforeAll(() => {
    if (!existsSync(file)) throw new Error(`${file} is not built: run npm run build first (npm test does).`);
    worker = createWorkerExporter(file);
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

  it('serves the API’s exports when the core is given it', async () => {
    const core = tempCore({ exporter: worker.exporter });
    const exported = await core.api['documents.export']({ documentId: POLICY_TO_ACTION_DOCUMENT_ID, format: 'md' });
    expect(exported.fileName).toBe('From Policy to Action.md');
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toContain('Lesson 1: A Delivery Unit is there to drive policy delivery');
  });
});
