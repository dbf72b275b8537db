import { basename, extname } from 'node:path';
import type { Kind, KindInput } from '../../../shared/domain';
import { richTextRoot } from '../../../shared/richtext';
import type { Block, Recognised } from './model';
import { blockNodes } from './to-rich-text';

/**
 * What an import will create, before anything is written: items with the ids
 * they will have, in the order they must be written (what is linked to first).
 * Both `--as document` and `--as library` build one; the pipeline previews it
 * or writes it in one transaction.
 */
export interface PlannedItem<K extends Kind = Kind> {
  kind: K;
  id: string;
  title: string;
  data: KindInput<K>;
}

export interface ImportPlan {
  items: PlannedItem[];
  /** The document made, for `--as document`. */
  documentId: string | null;
  warnings: string[];
}

/** What converters need from outside: new ids and today's date, so they stay pure. */
export interface PlanContext {
  fileName: string;
  newId: () => string;
  /** Today as YYYY-MM-DD. */
  today: string;
}

export function planned<K extends Kind>(kind: K, id: string, title: string, data: KindInput<K>): PlannedItem {
  return { kind, id, title, data } as PlannedItem;
}

/** The file's name without its folder or extension, for a title when the file has none. */
export function fileTitle(fileName: string): string {
  return basename(fileName, extname(fileName)).replace(/[_-]+/g, ' ').trim() || 'Imported file';
}

/** The source every imported item links to: the file itself. */
export function sourceFor(recognised: Recognised, context: PlanContext): PlannedItem<'source'> {
  const title = recognised.title || fileTitle(context.fileName);
  const declaration = recognised.blocks.some((block) => block.kind === 'commitment');
  return planned('source', context.newId(), title, {
    title,
    type: declaration ? 'declaration' : 'other',
    summary: `Imported from ${basename(context.fileName)} on ${context.today}.`,
  }) as PlannedItem<'source'>;
}

/** A recognised lesson as a library lesson drawing on the file's source. */
export function lessonFor(lesson: Extract<Block, { kind: 'lesson' }>, recognised: Recognised, sourceId: string, context: PlanContext): PlannedItem<'lesson'> {
  const title = lesson.title || `Lesson ${lesson.number ?? ''}`.trim();
  return planned('lesson', context.newId(), title, {
    title,
    quote: lesson.quote ? { text: lesson.quote.text, attribution: lesson.quote.attribution } : null,
    body: richTextRoot(lesson.body.flatMap((block) => blockNodes(block, recognised.footnotes))),
    sourceIds: [sourceId],
  }) as PlannedItem<'lesson'>;
}
