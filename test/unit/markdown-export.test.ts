// Markdown exports as pandoc reads them back: what a user converting the file
// to Word, a website or a PDF gets.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Inline, ResolvedDocument, TableBlock, TextRun } from '../../electron/core/briefing/model';
import { getTemplate } from '../../electron/core/briefing/templates';
import { exportMarkdown } from '../../electron/core/export/markdown';
import { type PandocElement, type PandocView, readWithPandoc, requireReaders } from '../helpers/docx-readers';
import { briefing, bullets, cell, lesson, numbered, paragraph, section, text, textCell } from '../helpers/resolved';
import { tempDir } from '../helpers/temp-library';

const template = getTemplate('from-policy-to-action');

beforeAll(() => requireReaders('pandoc'));

async function readBack(document: ResolvedDocument): Promise<PandocView> {
  const file = join(tempDir(), 'export.md');
  writeFileSync(file, exportMarkdown(document), 'utf8');
  return readWithPandoc(file, 'markdown');
}

/** Every element of a kind anywhere in pandoc's AST. */
function elements(node: unknown, kind: string): PandocElement[] {
  if (Array.isArray(node)) return node.flatMap((child) => elements(child, kind));
  if (!node || typeof node !== 'object') return [];
  const element = node as PandocElement;
  return [...(element.t === kind ? [element] : []), ...elements(element.c, kind)];
}

/** The words of inline elements, as `Str`s and spaces. */
function words(node: unknown): string {
  if (Array.isArray(node)) return node.map(words).join('');
  if (!node || typeof node !== 'object') return '';
  const element = node as PandocElement;
  if (element.t === 'Str') return element.c as string;
  if (element.t === 'Space' || element.t === 'SoftBreak') return ' ';
  if (element.t === 'LineBreak') return '\n';
  if (element.t === 'Code') return (element.c as [unknown, string])[1];
  if (element.t === 'Note') return '';
  return words(element.c);
}

const FORMATS: Record<string, string> = {
  Strong: 'bold',
  Emph: 'italic',
  Strikeout: 'strike',
  Underline: 'underline',
  Superscript: 'superscript',
  Subscript: 'subscript',
  Link: 'link',
};

/** Each visible character with its formatting, e.g. "a:bold+italic". */
function formatted(inlines: Inline[], outer: string[] = []): string[] {
  return inlines.flatMap((run) => {
    if (run.type === 'link') {
      return run.children.some((child) => child.text.trim()) ? formatted(run.children, ['link']) : formatted([{ type: 'text', text: run.url }], ['link']);
    }
    if (run.type !== 'text') return [];
    const formats = [...outer, ...Object.values(FORMATS).filter((format) => run[format as keyof TextRun]), ...(run.code ? ['code'] : [])];
    return [...run.text.replace(/\s/g, '')].map((char) => `${char}:${formats.sort().join('+')}`);
  });
}

function formattedFromPandoc(inlines: PandocElement[], outer: string[] = []): string[] {
  return inlines.flatMap((inline) => {
    const format = FORMATS[inline.t];
    if (inline.t === 'Str') return [...(inline.c as string).replace(/[\s\u00a0]/g, '')].map((char) => `${char}:${[...outer].sort().join('+')}`);
    if (inline.t === 'Code') return formattedFromPandoc([{ t: 'Str', c: (inline.c as [unknown, string])[1] }], [...outer, 'code']);
    if (inline.t === 'Link') return formattedFromPandoc((inline.c as [unknown, PandocElement[]])[1], [...outer, 'link']);
    if (inline.t === 'Span') return formattedFromPandoc((inline.c as [unknown, PandocElement[]])[1], outer);
    if (format) return formattedFromPandoc(inline.c as PandocElement[], [...outer, format]);
    return [];
  });
}

describe('a briefing exported to Markdown', () => {
  const comparison: TableBlock = {
    type: 'table',
    role: 'comparison',
    caption: 'How the units compare',
    header: true,
    numericColumns: [],
    note: '',
    rows: [
      [textCell('Question'), textCell('Punjab'), textCell('Chile')],
      [
        textCell('What routines did the unit run with the ministries it worked with, and how often?'),
        cell(bullets('Monthly stocktakes with the chief minister', 'Delivery plans per department')),
        cell(paragraph('Quarterly reviews.'), paragraph('A public dashboard.')),
      ],
    ],
  };
  const data: TableBlock = {
    type: 'table',
    role: 'data',
    caption: 'Staff by unit',
    header: true,
    numericColumns: [1],
    note: 'Source: unit records, 2018.',
    rows: [
      [cell(paragraph(text('Unit', { bold: true }))), textCell('Staff')],
      [textCell('Punjab | Lahore'), textCell('1,200')],
      [textCell('Chile'), textCell('12')],
    ],
  };
  const document = briefing(
    [
      section('Title', [{ type: 'paragraph', role: 'title', inlines: [text('Delivery units')] }], {
        spec: { ...template.sections[0]!, kind: 'title' },
        printHeading: false,
      }),
      section('Introduction', [
        paragraph('Units work when the centre backs them', { type: 'footnote', number: 1, text: 'Barber (2015), *Deliverology* [p. 4].' }, '.'),
        paragraph('Three things matter:'),
        {
          type: 'list',
          ordered: false,
          items: [
            [paragraph('Routines'), numbered('stocktakes', 'plans')],
            [paragraph('Data')],
          ],
        },
        numbered('A second list'),
      ], { number: 1 }),
      section('Lessons', [
        lesson('Start with the premier’s time', [paragraph('The body of the lesson', { type: 'footnote', number: 2, text: '1. Interview, Lahore.' })], {
          quote: { text: 'Without the premier, the unit is a reporting office.', attribution: 'A former head of unit' },
        }),
      ], { number: 2 }),
      section('Place and date', [paragraph('Islamabad, 2018')], { printHeading: false }),
      section('Annex: comparison', [comparison, data], { orientation: 'landscape' }),
    ],
    { title: 'Delivery units: *what* works [2018]', subtitle: 'Notes from "the" workshop', author: 'O\'Neil & Khan', subject: '1. Delivery' },
  );
  let view: PandocView;
  let markdown: string;

  beforeAll(async () => {
    markdown = exportMarkdown(document);
    view = await readBack(document);
  });

  it('has the title, subtitle, author and subject as metadata, word for word', () => {
    expect(view.meta).toMatchObject({
      title: 'Delivery units: *what* works [2018]',
      subtitle: 'Notes from "the" workshop',
      author: "O'Neil & Khan",
      subject: '1. Delivery',
    });
  });

  it('has a heading per printed section, numbered as the template numbers them, and the lesson beneath', () => {
    expect(view.headings).toEqual([
      { level: 1, text: '1. Introduction' },
      { level: 1, text: '2. Lessons' },
      { level: 2, text: 'Lesson 1: Start with the premier’s time' },
      { level: 1, text: 'Annex: comparison' },
    ]);
    // The title is metadata, not a paragraph of the body.
    expect(view.paragraphs).not.toContain('Delivery units');
    expect(view.paragraphs).toContain('Islamabad, 2018');
  });

  it('has real footnotes with their text as written', () => {
    expect(elements(view.ast.blocks, 'Note')).toHaveLength(2);
    expect(view.footnotes).toEqual(['Barber (2015), *Deliverology* [p. 4].', '1. Interview, Lahore.']);
    expect(view.paragraphs[0]).toBe('Units work when the centre backs them.');
  });

  it('has the lesson’s pull quote as a block quote with its attribution', () => {
    expect(view.blockQuotes).toEqual(['Without the premier, the unit is a reporting office.\n— A former head of unit']);
  });

  it('has lists with their nesting, and two lists in a row stay two', () => {
    const [outer] = elements(view.ast.blocks, 'BulletList');
    const items = outer!.c as PandocElement[][];
    expect(items.map((item) => item.map((block) => block.t))).toEqual([['Plain', 'OrderedList'], ['Plain']]);
    expect(words(items[0]![1])).toBe('stocktakesplans');
    expect(view.orderedLists).toEqual([['A second list']]);
  });

  it('has the comparison as a table with its header row, caption and a list inside a cell', () => {
    const table = view.tables[0]!;
    expect(table.caption).toBe('How the units compare');
    expect(table.header).toEqual([['Question', 'Punjab', 'Chile']]);
    expect(table.rows[0]![0]).toBe('What routines did the unit run with the ministries it worked with, and how often?');
    expect(table.cells[0]![1]!.bulletLists).toEqual([['Monthly stocktakes with the chief minister', 'Delivery plans per department']]);
    expect(table.cells[0]![2]!.blocks).toEqual(['Para', 'Para']);
    expect(markdown).toMatch(/^\+=+\+=+\+=+\+$/m);
  });

  it('has the data table as a pipe table with its numbers aligned right, its caption and its note', () => {
    const table = view.tables[1]!;
    expect(table.caption).toBe('Staff by unit');
    expect(table.header).toEqual([['Unit', 'Staff']]);
    expect(table.rows).toEqual([
      ['Punjab | Lahore', '1,200'],
      ['Chile', '12'],
    ]);
    const [, , columns] = elements(view.ast.blocks, 'Table')[1]!.c as [unknown, unknown, [PandocElement, unknown][]];
    expect(columns.map(([alignment]) => alignment.t)).toEqual(['AlignDefault', 'AlignRight']);
    expect(view.paragraphs).toContain('Source: unit records, 2018.');
    expect(markdown).toMatch(/^\|-+\|-+:\|$/m);
  });
});

describe('text with Markdown’s special characters', () => {
  const literal = [
    '*not emphasis* and _not either_ and **nor this**',
    '[x] and [link](http://example.org) and ![image](a.png)',
    'a|b, <b>bold?</b> and <!-- no comment -->',
    '`not code` and \\ a backslash and \\*',
    '#hashtag and C# and a heading closer #',
    '@citation and someone@example.org',
    '$x$ maths, ~sub~, ^sup^, ~~strike~~',
    '&amp; stays an entity written out, R&D stays R&D',
    '"straight quotes", don\'t, -- and --- and ...',
    'e.g. p. 4 (pp. 5–6), Mr. Ph.D. and c. 1990 stay as typed',
    '{.class} and [^1] and ^[inline note]',
  ];
  const lineStarts = [
    '1. not a list',
    '2) nor this',
    '(a) nor this',
    'a. nor this',
    'iv. nor this',
    '(iv) nor this',
    '- not a bullet',
    '+ not a bullet',
    '* not a bullet',
    '> not a quote',
    '# not a heading',
    '| not a line block',
    ': not a definition',
    '%not a title block',
    '---',
    '===',
    '    not code',
    'Table: not a caption',
  ];

  it('comes back word for word, in paragraphs, headings, cells and notes', async () => {
    const table: TableBlock = {
      type: 'table',
      role: 'plain',
      caption: 'Caption with *stars* | and a bar',
      header: true,
      numericColumns: [],
      note: '',
      rows: [[textCell('Header | bar'), textCell('*h*')], ...literal.map((line) => [textCell(line), textCell('x')])],
    };
    const view = await readBack(
      briefing([
        section('Text', [
          ...literal.map((line) => paragraph(line)),
          table,
          ...lineStarts.map((line) => paragraph(line)),
          ...literal.map((line): Block => ({ type: 'heading', level: 2, inlines: [text(line)] })),
          paragraph('A note', { type: 'footnote', number: 1, text: lineStarts.join(' / ') }),
        ]),
      ]),
    );
    expect(view.paragraphs.slice(0, literal.length)).toEqual(literal);
    expect(view.paragraphs.slice(literal.length, literal.length + lineStarts.length)).toEqual(lineStarts.map((line) => line.trim()));
    expect(view.tables[0]!.rows.map((row) => row[0])).toEqual(literal);
    expect(view.tables[0]!.header).toEqual([['Header | bar', '*h*']]);
    expect(view.tables[0]!.caption).toBe('Caption with *stars* | and a bar');
    expect(view.headings.slice(1).map((heading) => heading.text)).toEqual(literal);
    expect(view.footnotes).toEqual([lineStarts.map((line) => line.trim()).join(' / ')]);
  });

  it('keeps formatting, links and line breaks as pandoc elements', async () => {
    const view = await readBack(
      briefing([
        section('Formats', [
          paragraph(
            text('bold', { bold: true }),
            ' ',
            text('both', { bold: true, italic: true }),
            text('italic', { italic: true }),
            ' ',
            text('struck', { strike: true }),
            text('sub', { strike: true, subscript: true }),
            ' m',
            text('2 up', { superscript: true }),
            ' ',
            text('under', { underline: true }),
            ' ',
            text('a `tick`', { code: true }),
            { type: 'break' },
            { type: 'link', url: 'https://example.org/a_(b)?c=1&d=2', children: [text('the '), text('review', { italic: true })] },
          ),
        ]),
      ]),
    );
    const found = (kind: string) => elements(view.ast.blocks, kind).map((element) => words(element.c));
    // Bold stays open across the space between "bold" and "both".
    expect(found('Strong')).toEqual(['bold both']);
    expect(found('Emph')).toEqual(['both', 'italic', 'review']);
    expect(found('Strikeout')).toEqual(['strucksub']);
    expect(found('Subscript')).toEqual(['sub']);
    expect(found('Superscript')).toEqual(['2\u00a0up']);
    expect(found('Underline')).toEqual(['under']);
    expect(elements(view.ast.blocks, 'Code').map((code) => (code.c as [unknown, string])[1])).toEqual(['a `tick`']);
    expect(elements(view.ast.blocks, 'LineBreak')).toHaveLength(1);
    const [link] = elements(view.ast.blocks, 'Link');
    const [, children, [url]] = link!.c as [unknown, PandocElement[], [string]];
    expect(url).toBe('https://example.org/a_(b)?c=1&d=2');
    expect(words(children)).toBe('the review');
  });

  // Each case through pandoc would take a second; one document holding a few
  // hundred generated cases takes one call, and a failure names its case.
  it('comes back word for word whatever the text, in runs of any formatting, links and footnotes', async () => {
    const alphabet = fc.constantFrom(
      ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCZabcnpxyz[\\]^_`{|}~'.split(''),
      '\n',
      'é',
      'ß',
      '中',
      '—',
      '‘',
      '’',
      '“',
      '”',
    );
    // Markdown's own characters most of the time, any other character now and then.
    const chars = fc.string({ unit: fc.oneof({ arbitrary: alphabet, weight: 3 }, { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 }), minLength: 1, maxLength: 12 });
    const formats = ['bold', 'italic', 'strike', 'underline', 'code', 'superscript', 'subscript'] as const;
    const textRun = fc
      .record({ text: chars, format: fc.subarray([...formats], { maxLength: 2 }) })
      .map(({ text: value, format }) => text(value, Object.fromEntries(format.map((key) => [key, true]))));
    const inline: fc.Arbitrary<Inline> = fc.oneof(
      { arbitrary: textRun, weight: 6 },
      { arbitrary: fc.array(textRun, { minLength: 1, maxLength: 2 }).map((children): Inline => ({ type: 'link', url: 'https://example.org/(a)', children })), weight: 1 },
      { arbitrary: chars.map((note): Inline => ({ type: 'footnote', number: 0, text: note })), weight: 1 },
    );
    const cases = fc.sample(fc.array(inline, { minLength: 1, maxLength: 4 }), { numRuns: 300, seed: 20180 });
    const view = await readBack(briefing([section('Cases', cases.map((inlines) => paragraph(...inlines)))]));

    // Markdown keeps no runs of spaces, nor spaces at a paragraph's ends; sub- and superscripts hold no-break spaces.
    const normal = (value: string) => value.replace(/[\s\u00a0]+/g, ' ').trim();
    const runText = (run: Inline): string => {
      if (run.type === 'text') return run.text;
      if (run.type === 'link') return run.children.some((child) => child.text.trim()) ? run.children.map(runText).join('') : run.url;
      return '';
    };
    // A paragraph prints if it holds more than spaces, tabs and line ends, or a footnote with words.
    const printed = (inlines: Inline[]) => inlines.some((run) => (run.type === 'footnote' ? normal(run.text) !== '' : /[^ \t\r\n]/.test(runText(run))));
    const expected = cases.filter(printed).map((inlines) => ({ inlines, text: normal(inlines.map(runText).join('')) }));
    const paragraphs = view.ast.blocks.filter((block) => block.t === 'Para');
    const actual = paragraphs.map((block) => normal(words(block.c)));
    expect(actual).toHaveLength(expected.length);
    actual.forEach((value, index) => expect(value, JSON.stringify(expected[index]!.inlines)).toBe(expected[index]!.text));
    // And each character keeps its formatting.
    paragraphs.forEach((block, index) => {
      const { inlines } = expected[index]!;
      expect(formattedFromPandoc(block.c as PandocElement[]), JSON.stringify(inlines)).toEqual(formatted(inlines));
    });
    const notes = cases.flat().flatMap((run) => (run.type === 'footnote' && normal(run.text) ? [normal(run.text)] : []));
    expect(view.footnotes.map(normal)).toEqual(notes);
    expect(paragraphs.some((block) => elements(block.c, 'LineBreak').length > 0)).toBe(true);
  });

  it('keeps grid tables whole whatever the cells hold, wide and combining characters included', async () => {
    // Any character at all now and then: pandoc measures some symbols and scripts differently from version to version.
    const alphabet = fc.oneof(
      { arbitrary: fc.constantFrom(...'ab |+-=:*#\\`'.split(''), '中', '文', 'é', '\u0301', '한', '👍🏽', '➲', 'क्षि'), weight: 3 },
      { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
    );
    const cellText = fc.string({ unit: alphabet, minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
    const table = fc.integer({ min: 1, max: 3 }).chain((columns) =>
      fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { minLength: 2, maxLength: 3 }),
    );
    const tables = fc.sample(table, { numRuns: 60, seed: 2018 });
    const view = await readBack(
      briefing([
        section(
          'Tables',
          tables.map((rows): TableBlock => ({
            type: 'table',
            role: 'comparison',
            caption: '',
            header: true,
            numericColumns: [0],
            note: '',
            // A list in a cell makes every one of them a grid table. (Not in a header cell: pandoc 2.17 reads none there.)
            rows: rows.map((row, index) => row.map((value, column) => (index === 1 && column === 0 ? cell(bullets(value)) : textCell(value)))),
          })),
        ),
      ]),
    );
    const normal = (value: string) => value.replace(/\s+/g, ' ').trim();
    expect(view.tables).toHaveLength(tables.length);
    view.tables.forEach((read, index) => {
      const rows = tables[index]!.map((row) => row.map(normal));
      expect([...read.header, ...read.rows].map((row) => row.map(normal)), `table ${index}: ${JSON.stringify(tables[index])}`).toEqual(rows);
    });
  });
});

describe('Markdown’s shape', () => {
  it('starts with a YAML block and ends its footnotes with definitions after the body', () => {
    const markdown = exportMarkdown(
      briefing([section('Notes', [paragraph('Said', { type: 'footnote', number: 1, text: 'A source.' }, ' and', { type: 'footnote', number: 2, text: '  ' })])]),
    );
    expect(markdown.startsWith('---\ntitle: "A briefing"\n---\n\n# Notes\n')).toBe(true);
    // A note with no words prints no marker and no definition.
    expect(markdown).toContain('Said[^1] and\n\n[^1]: A source.\n');
    expect(markdown).not.toContain('[^2]');
  });

  // Wrapping once re-measured the line for every word: this took minutes, and now takes well under the test's timeout.
  it('writes a paragraph of 50,000 words in time for pandoc to read back every word', async () => {
    const long = Array.from({ length: 50_000 }, (_, index) => `w${index}`).join(' ');
    const view = await readBack(briefing([section('Long', [paragraph(long)])]));
    expect(view.paragraphs).toEqual([long]);
  });

  it('numbers footnotes in a grid table row by row, as they are read', () => {
    const noted = (value: string) => cell(paragraph(value, { type: 'footnote', number: 0, text: `Note on ${value}` }));
    const markdown = exportMarkdown(
      briefing([
        section('Notes', [
          { type: 'table', role: 'plain', caption: '', header: false, numericColumns: [], note: '', rows: [[noted('a'), noted('b')], [noted('c'), cell(bullets('d'))]] },
        ]),
      ]),
    );
    expect(markdown).toContain('| a[^1] | b[^2] |');
    expect(markdown).toContain('| c[^3] | -   d |');
    expect(markdown).toContain('[^1]: Note on a\n\n[^2]: Note on b\n\n[^3]: Note on c\n');
  });

  it('leaves out an empty table and a heading the template does not print', () => {
    const markdown = exportMarkdown(
      briefing([
        section('Hidden', [paragraph('Visible')], { printHeading: false }),
        section('Tables', [{ type: 'table', role: 'plain', caption: '', header: true, numericColumns: [], note: '', rows: [] }]),
      ]),
    );
    expect(markdown).not.toContain('Hidden');
    expect(markdown.trimEnd().endsWith('# Tables')).toBe(true);
  });
});
