import type { Block, Recognised } from './model';
import { lessonFor, planned, sourceFor, type ImportPlan, type PlanContext, type PlannedItem } from './plan';
import { findSpeech } from './speech';
import { plainText } from './structure';

/**
 * What was recognised, split into library items that all draw on a new source
 * for the file: lessons; quotations (set apart, or said in the text) as
 * workshop notes — under the workshop the caller names, or a new one for the
 * file; tables as data tables; a declaration's numbered items as commitments.
 */

export interface LibraryPlanOptions {
  /** The workshop the quotes become notes of; a new one is planned when left out. */
  workshopId?: string | undefined;
}

/** "1,234.5" → 1234.5, "12%" → 12, "24.3*" → 24.3 (a note mark); "-" and "" → empty. */
export function parseNumber(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === '' || /^[-–—]$/.test(text)) return null;
  const match = /^([-+]?)[$£€]?\s?(\d[\d,]*(?:\.\d+)?)\s?%?\**$/.exec(text);
  if (!match || (match[2]!.includes(',') && !/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(match[2]!))) return undefined;
  return Number(`${match[1]}${match[2]!.replace(/,/g, '')}`);
}

function tableFor(block: Extract<Block, { kind: 'table' }>, index: number, sourceTitle: string, sourceId: string, context: PlanContext): PlannedItem {
  const width = block.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const head = block.header ? block.rows[0]! : [];
  const body = (block.header ? block.rows.slice(1) : block.rows).map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
  const numeric = Array.from({ length: width }, (_, column) => {
    const cells = body.map((row) => row[column]!);
    return cells.some((cell) => cell.trim() !== '') && cells.every((cell) => parseNumber(cell) !== undefined);
  });
  const percent = (column: number) => body.every((row) => row[column]!.trim() === '' || /%$/.test(row[column]!.trim())) && body.some((row) => /%$/.test(row[column]!.trim()));
  const columns = Array.from({ length: width }, (_, column) => ({
    label: head[column]?.trim() || `Column ${column + 1}`,
    type: numeric[column] ? ('number' as const) : ('text' as const),
    unit: numeric[column] && percent(column) ? '%' : '',
  }));
  const rows = body.map((row) => row.map((cell, column) => (numeric[column] ? parseNumber(cell)! : cell.trim() === '' ? null : cell.trim())));
  const title = block.caption || `Table ${index + 1} of ${sourceTitle}`;
  return planned('table', context.newId(), title, { title, columns, rows, sourceIds: [sourceId] });
}

function commitmentFor(block: Extract<Block, { kind: 'commitment' }>, sourceId: string, context: PlanContext): PlannedItem {
  const title = block.number === null ? block.text : `${block.number}. ${block.text}`;
  return planned('commitment', context.newId(), title.length > 80 ? `${title.slice(0, 79)}…` : title, {
    number: block.number,
    text: block.text,
    owner: block.owner,
    frequency: block.frequency,
    details: block.details,
    sourceIds: [sourceId],
  });
}

const TEXT_NOT_KEPT =
  'no lessons, quotes, tables or commitments were found, so only a source is made: the text itself is not kept as library items; import the file as a document to keep it';

export function planLibrary(recognised: Recognised, context: PlanContext, options: LibraryPlanOptions = {}): ImportPlan {
  const source = sourceFor(recognised, context);
  const items: PlannedItem[] = [source];
  const blocks = recognised.blocks;
  let tables = 0;
  for (const block of blocks) {
    if (block.kind === 'lesson') items.push(lessonFor(block, recognised, source.id, context));
    if (block.kind === 'table' && block.rows.length > 0) items.push(tableFor(block, tables++, source.title, source.id, context));
    if (block.kind === 'commitment') items.push(commitmentFor(block, source.id, context));
  }

  const quotes = [
    ...blocks.flatMap((block) => (block.kind === 'quote' ? [{ text: block.text, speaker: block.attribution, speakerRole: '' }] : [])),
    ...findSpeech(blocks.flatMap((block) => (block.kind === 'paragraph' ? [plainText(block.content).trim()] : []))),
  ];
  if (quotes.length > 0) {
    let workshopId = options.workshopId;
    if (!workshopId) {
      const title = `Quotes from ${source.title}`;
      const workshop = planned('workshop', context.newId(), title, {
        title,
        startDate: context.today,
        endDate: context.today,
        summary: `Made to hold the quotes imported from ${context.fileName}; its dates are the day of the import — set the workshop's own.`,
        sourceIds: [source.id],
      });
      items.push(workshop);
      workshopId = workshop.id;
    }
    for (const quote of quotes) {
      const title = quote.text.length > 80 ? `${quote.text.slice(0, 79)}…` : quote.text;
      items.push(
        planned('note', context.newId(), title, {
          workshopId,
          noteType: 'quote',
          text: quote.text,
          speaker: quote.speaker,
          speakerRole: quote.speakerRole,
          sourceIds: [source.id],
        }),
      );
    }
  }
  // Only the source made: the file's text would vanish without a word.
  const textDropped = items.length === 1 && blocks.length > 0;
  return { items, documentId: null, warnings: [...recognised.warnings, ...(textDropped ? [TEXT_NOT_KEPT] : [])] };
}
