import type { Block, ResolvedDocument } from '../../briefing/model';
import { bodySections, FootnoteNumbering, sectionHeading } from '../text';
import { blocksToMarkdown } from './blocks';
import { plainLine } from './inlines';
import { yamlString } from './escape';

/**
 * A document as pandoc-flavoured Markdown: a YAML metadata block, a level-1
 * heading per printed section heading, pandoc footnotes defined at the end,
 * and tables pandoc reads back as tables.
 */
export function exportMarkdown(document: ResolvedDocument): string {
  const notes = new FootnoteNumbering();
  const blocks: Block[] = bodySections(document).flatMap((section) => {
    const heading = sectionHeading(section);
    return heading ? [{ type: 'heading', level: 1, inlines: [{ type: 'text', text: heading }] }, ...section.blocks] : section.blocks;
  });
  const body = blocksToMarkdown(blocks, { width: Infinity, columns: false, notes });
  const footnotes = notes.notes.map(({ number, text }) => `[^${number}]: ${plainLine(text, notes)}`).join('\n\n');
  return `${[metadata(document, notes), body, footnotes].filter(Boolean).join('\n\n')}\n`;
}

/** Pandoc reads metadata values as Markdown, so they are escaped twice: as Markdown, then as YAML. */
function metadata(document: ResolvedDocument, notes: FootnoteNumbering): string {
  const fields = (['title', 'subtitle', 'author', 'subject'] as const)
    .filter((field) => document[field].trim())
    .map((field) => `${field}: ${yamlString(plainLine(document[field], notes))}`);
  return fields.length > 0 ? ['---', ...fields, '---'].join('\n') : '';
}
