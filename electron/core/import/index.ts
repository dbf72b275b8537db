import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { DEFAULT_IMPORT_TEMPLATE, type FileImportReport } from '../../../shared/import';
import { getTemplate } from '../briefing/templates';
import { parseData, type Library } from '../library/library';
import { importRefusal } from './admit';
import type { Block, ImportFile } from './model';
import type { ImportPlan } from './plan';
import { readFile, type FileReader } from './read';
import { planDocument } from './to-document';
import { planLibrary } from './to-library';

/**
 * Import: read the file (admitted, then read by its format's reader), turn what
 * was recognised into a document or library items, and write them all in one
 * transaction — or, for a preview, write nothing and say what would be made.
 */

export interface ImportOptions {
  as: 'document' | 'library';
  /** The template a document follows; from-policy-to-action when left out. */
  templateId?: string | undefined;
  /** The workshop quotes become notes of (`as: 'library'`); a new one when left out. */
  workshopId?: string | undefined;
  /** Create nothing; report what would be created. */
  dryRun?: boolean | undefined;
}

/** What was (or would be) created, with ids, the document made, and warnings about the reading. */
export type ImportReport = FileImportReport;


/**
 * Items one import makes at most: each is checked and written with its links and
 * index, so a file that would make more (a hostile list of "Lesson N" lines) is
 * refused before any is built. A seed makes a few dozen.
 */
export const MAX_IMPORT_ITEMS = 2_000;

/** Blocks that each become a library item (a lesson, a data table, a commitment, a quote as a note). */
function itemsRecognised(blocks: Block[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.kind === 'lesson' || block.kind === 'table' || block.kind === 'commitment' || block.kind === 'quote') count += 1;
    if (block.kind === 'lesson') count += itemsRecognised(block.body);
  }
  return count;
}

/** `read`: where the file is read (readFile in process; the app passes its worker thread's). */
export async function importFile(library: Library, file: ImportFile, options: ImportOptions, read: FileReader = readFile): Promise<ImportReport> {
  // Names the caller gave are checked before the file is read, so a typo costs nothing.
  const template = options.as === 'document' ? getTemplate(options.templateId ?? DEFAULT_IMPORT_TEMPLATE) : null;
  if (options.workshopId) library.get(options.workshopId, 'workshop');
  const recognised = await read(file);
  const recognisedItems = itemsRecognised(recognised.blocks);
  if (recognisedItems > MAX_IMPORT_ITEMS) {
    throw importRefusal(
      basename(file.name),
      `it would make ${recognisedItems.toLocaleString('en-GB')} library items (lessons, tables, commitments, quotes); at most ${MAX_IMPORT_ITEMS.toLocaleString('en-GB')} come in at once. Split it into smaller files and import those`,
    );
  }
  const context = { fileName: basename(file.name), newId: randomUUID, today: new Date().toISOString().slice(0, 10) };
  const earlier = earlierImport(library, context.fileName);
  const plan: ImportPlan = template ? planDocument(recognised, template, context) : planLibrary(recognised, context, { workshopId: options.workshopId });
  // Every item is checked against its kind's schema first: a preview promises only what the write will do.
  const items = plan.items.map((item) => ({ ...item, data: parseData(item.kind, item.data) }));
  const dryRun = options.dryRun === true;
  if (!dryRun) {
    library.db.transaction(() => {
      for (const item of items) library.create(item.kind, item.data as never, item.id);
    })();
  }
  return {
    file: basename(file.name),
    dryRun,
    created: items.map((item) => ({ kind: item.kind, id: dryRun ? null : item.id, title: item.title })),
    documentId: dryRun ? null : plan.documentId,
    warnings: earlier ? [`${context.fileName} was imported before (${earlier}); importing it again makes new copies of what it holds`, ...plan.warnings] : plan.warnings,
  };
}

/** When a file of this name was imported before, as its source says ("on 2026-11-24"), or null. */
function earlierImport(library: Library, fileName: string): string | null {
  const pattern = `Imported from ${fileName.replace(/[\\%_]/g, (character) => `\\${character}`)} on %`;
  const row = library.db
    .prepare("SELECT json_extract(data, '$.summary') AS summary FROM items WHERE kind = 'source' AND json_extract(data, '$.summary') LIKE ? ESCAPE '\\' ORDER BY updated_at DESC LIMIT 1")
    .get(pattern) as { summary: string } | undefined;
  return row ? `on ${row.summary.slice(row.summary.lastIndexOf(' on ') + 4).replace(/\.$/, '')}` : null;
}
