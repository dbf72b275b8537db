// What one file may bring in, whatever its format: deep lists, huge tables and files of
// tens of thousands of blocks are bounded as soon as they are read, so making a document
// or library items from them stays within memory and never overflows the stack.
import { describe, expect, it } from 'vitest';
import type { ItemOf } from '../../shared/domain';
import type { RichTextNode } from '../../shared/richtext';
import { MAX_DOCUMENT_TABLE_CELLS, MAX_IMPORT_BLOCKS, MAX_LIST_DEPTH, MAX_TABLE_CELLS } from '../../electron/core/import/limits';
import type { Block } from '../../electron/core/import/model';
import { readFile } from '../../electron/core/import/read';
import { fingerprint, tempCore } from '../helpers/temp-library';

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });
const base64 = (text: string) => Buffer.from(text).toString('base64');

function listDepth(blocks: Block[]): number {
  return Math.max(0, ...blocks.map((block) => (block.kind === 'list' ? 1 + Math.max(0, ...block.items.map(listDepth)) : 0)));
}

function richTextDepth(node: RichTextNode, type: string): number {
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as RichTextNode[]) : [];
  const below = Math.max(0, ...children.map((child) => richTextDepth(child, type)));
  return node.type === type ? 1 + below : below;
}

function allText(value: unknown): string {
  return JSON.stringify(value);
}

describe('what one file may bring in', () => {
  it('makes a list indented 400 levels deep a document, nesting it at most nine deep and keeping every item', async () => {
    const text = `Notes\n\n${Array.from({ length: 400 }, (_, level) => `${' '.repeat(level)}- item ${level}`).join('\n')}\n`;
    const recognised = await readFile(file('indented.txt', text));
    expect(listDepth(recognised.blocks)).toBe(MAX_LIST_DEPTH);
    const core = tempCore();
    const report = await core.api['import.run']({ name: 'indented.txt', base64: base64(text), as: 'document' });
    const document = core.library.get(report.documentId!, 'document') as ItemOf<'document'>;
    expect(richTextDepth(document.data.state.root as unknown as RichTextNode, 'list')).toBe(MAX_LIST_DEPTH);
    for (const level of [0, 8, 9, 250, 399]) expect(allText(document.data.state)).toContain(`"item ${level}"`);
  });

  it('keeps a Markdown table past the cells a file may bring in as lines of text, every cell kept', async () => {
    const columns = 50;
    const rows = MAX_TABLE_CELLS / columns + 100;
    const markdown = [`|${'h|'.repeat(columns)}`, `|${'-|'.repeat(columns)}`, ...Array.from({ length: rows }, (_, row) => `|${`r${row}|`.repeat(columns)}`)].join('\n');
    const recognised = await readFile(file('wide.md', markdown));
    const tables = recognised.blocks.filter((block) => block.kind === 'table');
    expect(tables.reduce((cells, table) => cells + table.rows.length * columns, 0)).toBeLessThanOrEqual(MAX_TABLE_CELLS);
    expect(allText(recognised.blocks)).toContain(`r${rows - 1}\\tr${rows - 1}`);
  });

  it('makes a 20,000-row table a data table with every row, and a document with its rows past 10,000 cells as text', async () => {
    const text = `Figures\n\n${Array.from({ length: 20_000 }, (_, row) => `district ${row}\t${row}`).join('\n')}\n`;
    const core = tempCore();
    const asLibrary = await core.api['import.run']({ name: 'figures.txt', base64: base64(text), as: 'library' });
    const table = core.library.get(asLibrary.created.find((item) => item.kind === 'table')!.id!, 'table') as ItemOf<'table'>;
    expect(table.data.rows).toHaveLength(20_000);

    const asDocument = await core.api['import.run']({ name: 'figures.txt', base64: base64(text), as: 'document' });
    const state = (core.library.get(asDocument.documentId!, 'document') as ItemOf<'document'>).data.state;
    const cells = allText(state).match(/"type":"tablecell"/g)?.length ?? 0;
    expect(cells).toBeGreaterThan(0);
    expect(cells).toBeLessThanOrEqual(MAX_DOCUMENT_TABLE_CELLS);
    expect(allText(state)).toContain('district 19999\\t19999');
  });

  it('refuses a file of more blocks than come in at once, naming it, and writes nothing', async () => {
    const text = `Title\n\n${Array.from({ length: MAX_IMPORT_BLOCKS + 1 }, (_, index) => `Heading Number ${index} Here`).join('\n\n')}\n`;
    const core = tempCore();
    const before = fingerprint(core.library.db);
    const answer = await core.call('import.run', { name: 'headings.txt', base64: base64(text), as: 'document' });
    expect(answer).toMatchObject({
      ok: false,
      error: { type: 'invalid-input', message: expect.stringMatching(/^headings\.txt cannot be imported: it holds 20,00\d paragraphs, headings, list items, tables and notes; at most 20,000 come in at once .*Split it/) },
    });
    expect(fingerprint(core.library.db)).toBe(before);
  });
});
