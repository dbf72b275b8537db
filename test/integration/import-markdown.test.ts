// Markdown as pandoc writes it imports with its structure; pandoc's own reading of the
// same file is the independent check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Recognised } from '../../electron/core/import/model';
import { notesInOrder, ofKind, outline, text } from '../helpers/recognised';
import { MAX_MARKDOWN_BYTES } from '../../electron/core/import/admit';
import { readMarkdown } from '../../electron/core/import/markdown';
import { readFile } from '../../electron/core/import/read';
import { readWithPandoc, requireReaders, type PandocView } from '../helpers/docx-readers';
import { tempDir } from '../helpers/temp-library';


const COURSE_NOTES = `% Coordination in Social Protection
% Course module 3

# Why coordination matters

BISP, PPAF and PBM each reach the poor;[^bisp] **coordination** decides whether they reach the *same* poor twice.[^overlap]

## Lessons for the module

1. Share one registry
    * the National Socio-Economic Registry
    * updated every five years
2. Agree who pays for what

> Coordination is a habit before it is a structure.
>
> -- Workshop participant, Islamabad

| Programme | Budget (Rs bn) | Beneficiaries (m) |
|:----------|---------------:|------------------:|
| BISP      | 121            | 5.7               |
| PBM       | 4              | 0.3               |

Table: Programmes compared, 2019

Read [the thesis][thesis] or write to [the author](mailto:author@example.org). ![logo](logo.png)

[thesis]: https://example.org/thesis
[^bisp]: Benazir Income Support Programme, founded 2008.
[^overlap]: Overlap was estimated at
    twelve per cent.
`;

describe('Markdown written for pandoc', () => {
  let recognised: Recognised;
  let pandoc: PandocView;
  beforeAll(async () => {
    await requireReaders('pandoc');
    const file = join(tempDir(), 'module-3.md');
    writeFileSync(file, COURSE_NOTES);
    recognised = await readFile({ name: 'module-3.md', bytes: Buffer.from(COURSE_NOTES) });
    pandoc = await readWithPandoc(file, 'markdown');
  });

  it('takes the title from the % title block, and keeps the headings as pandoc reads them', () => {
    expect(recognised.title).toBe('Coordination in Social Protection');
    expect(pandoc.meta.title).toBe(recognised.title);
    const headings = ofKind(recognised, 'heading').map((heading) => ({ level: heading.level, text: text(heading.content) }));
    expect(headings).toEqual(pandoc.headings);
    expect(headings).toEqual([
      { level: 1, text: 'Why coordination matters' },
      { level: 2, text: 'Lessons for the module' },
    ]);
  });

  it('keeps bold and italic, and the footnotes in order with their texts', () => {
    const first = ofKind(recognised, 'paragraph')[0]!.content;
    expect(first).toContainEqual({ kind: 'text', text: 'coordination', bold: true });
    expect(first).toContainEqual({ kind: 'text', text: 'same', italic: true });
    expect(notesInOrder(recognised)).toEqual(['Benazir Income Support Programme, founded 2008.', 'Overlap was estimated at twelve per cent.']);
    expect(notesInOrder(recognised)).toEqual(pandoc.footnotes);
  });

  it('keeps the nested list', () => {
    const [list] = ofKind(recognised, 'list');
    expect(list!.ordered).toBe(true);
    expect(outline(list!)).toEqual([['Share one registry', [['the National Socio-Economic Registry'], ['updated every five years']]], ['Agree who pays for what']]);
  });

  it('keeps the table with its caption, as pandoc reads it', () => {
    const [table] = ofKind(recognised, 'table');
    expect(table!.caption).toBe('Programmes compared, 2019');
    expect(table!.caption).toBe(pandoc.tables[0]!.caption);
    expect(table!.header).toBe(true);
    expect(table!.rows).toEqual([...pandoc.tables[0]!.header, ...pandoc.tables[0]!.rows]);
  });

  it('makes the block quote a quote with its attribution', () => {
    expect(ofKind(recognised, 'quote')).toEqual([{ kind: 'quote', text: 'Coordination is a habit before it is a structure.', attribution: 'Workshop participant, Islamabad' }]);
  });

  it('keeps links, reference-style ones too, and leaves the image out with a warning', () => {
    const links = ofKind(recognised, 'paragraph').flatMap((paragraph) => paragraph.content.filter((inline) => inline.kind === 'link'));
    expect(links).toEqual([
      { kind: 'link', url: 'https://example.org/thesis', text: 'the thesis' },
      { kind: 'link', url: 'mailto:author@example.org', text: 'the author' },
    ]);
    expect(recognised.warnings).toEqual(['1 image was left out']);
  });
});

describe('Markdown details', () => {
  const read = (markdown: string, name = 'notes.md') => readFile({ name, bytes: Buffer.from(markdown) });

  it('takes the title from a YAML metadata block, which does not become a heading', async () => {
    const recognised = await read('---\ntitle: "Next steps"\nauthor: Rapporteur\n---\n\nThe text.\n');
    expect(recognised.title).toBe('Next steps');
    expect(recognised.blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: 'The text.' }] }]);
  });

  it('takes the first heading as the title when there is no metadata', async () => {
    expect((await read('Intro line.\n\n## Lesson 1: Start small\n')).title).toBe('Lesson 1: Start small');
  });

  it('keeps only the text of links that are not web or mail links, and drops raw HTML', async () => {
    const recognised = await read('A [trap](javascript:alert(1)) and [a file](file:///etc/passwd).<script>alert(1)</script>\n\n<div>block html</div>\n');
    expect(recognised.blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: 'A trap and a file.alert(1)' }] }]);
  });

  it('takes pandoc\'s inline notes as footnotes, numbered with the others in the order of the text', async () => {
    const recognised = await read('First.^[An inline note.] Second.[^b]\n\n[^b]: A labelled note.\n');
    expect(recognised.blocks[0]).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'First.' }, { kind: 'footnote', id: '1' }, { kind: 'text', text: ' Second.' }, { kind: 'footnote', id: '2' }] });
    expect(notesInOrder(recognised)).toEqual(['An inline note.', 'A labelled note.']);
  });

  // Each of these once cost the reader time growing with the square of the file: a file
  // near the size limit took hours. It is read in full, as any other file.
  it('reads a file near the size limit made of thousands of block quotes, nested lists and notes', async () => {
    const unit = (i: number) => `> Quote ${i}.\n>\n> -- Speaker ${i}\n\n- Item ${i}\n    - Point ${i}\n\nSaid[^n${i}].\n\n[^n${i}]: Note ${i}.\n\n`;
    const units: string[] = [];
    for (let size = 0, i = 0; size + unit(i).length < MAX_MARKDOWN_BYTES; i++) {
      units.push(unit(i));
      size += unit(i).length;
    }
    // The reader itself: what one import may bring in is bounded after reading (import-limits.test.ts).
    const recognised = readMarkdown({ name: 'crafted.md', bytes: Buffer.from(units.join('')) });
    expect(ofKind(recognised, 'quote')).toHaveLength(units.length);
    expect(ofKind(recognised, 'quote').at(-1)).toEqual({ kind: 'quote', text: `Quote ${units.length - 1}.`, attribution: `Speaker ${units.length - 1}` });
    expect(ofKind(recognised, 'list')).toHaveLength(units.length);
    expect(notesInOrder(recognised).at(-1)).toBe(`Note ${units.length - 1}.`);
    expect(notesInOrder(recognised)).toHaveLength(units.length);
  });

  it('makes "Lesson N: …" headings lessons: the quotation under one is its pull quote, the text up to the next heading its body', async () => {
    const recognised = await read(
      '# Lessons\n\n## Lesson 1: Start small\n\n> Small wins build trust.\n>\n> -- A secretary\n\nThe unit began with two targets.\n\n**Lesson 2: Keep the routine**\n\nMonthly stocktakes.\n\n# Annex\n\nTables.\n',
    );
    const paragraph = (words: string) => ({ kind: 'paragraph', content: [{ kind: 'text', text: words }] });
    expect(ofKind(recognised, 'lesson')).toEqual([
      { kind: 'lesson', number: 1, title: 'Start small', quote: { text: 'Small wins build trust.', attribution: 'A secretary' }, body: [paragraph('The unit began with two targets.')] },
      { kind: 'lesson', number: 2, title: 'Keep the routine', quote: null, body: [paragraph('Monthly stocktakes.')] },
    ]);
    expect(ofKind(recognised, 'heading').map((heading) => text(heading.content))).toEqual(['Lessons', 'Annex']);
  });

  it('is recognised as Markdown by its look when its name says nothing', async () => {
    const recognised = await read('# Declaration\n\nWe commit to *act*.\n', 'pasted');
    expect(recognised.blocks[0]).toEqual({ kind: 'heading', level: 1, content: [{ kind: 'text', text: 'Declaration' }] });
  });
});
