// Word files made elsewhere — by pandoc and by LibreOffice, as colleagues' files are —
// import with their structure: headings, nested lists, tables, footnotes, quotes, images.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemOf } from '../../shared/domain';
import type { Recognised } from '../../electron/core/import/model';
import { notesInOrder, ofKind, outline, text } from '../helpers/recognised';
import { readFile } from '../../electron/core/import/read';
import { pythonWithDocx, readWithPandoc, requireReaders, type PandocView } from '../helpers/docx-readers';
import { tempCore, tempDir } from '../helpers/temp-library';
import { documentXml, minimalDocx } from '../helpers/zip-writer';

const run = promisify(execFile);

/** A small red PNG, for a document with an image in it. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 255, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

async function importFile(path: string): Promise<Recognised> {
  return readFile({ name: path.split('/').pop()!, bytes: readFileSync(path) });
}

const headings = (recognised: Recognised) =>
  recognised.blocks.flatMap((block) => (block.kind === 'heading' ? [{ level: block.level, text: text(block.content) }] : []));

const BRIEF_MARKDOWN = `---
title: From Policy to Action
---

# Introduction

Delivery units in **Punjab** and *Khyber Pakhtunkhwa* were compared in 2017.[^1] See [the report](https://example.org/report) and [this](javascript:alert(1)).

## What the units did

- Set targets
    - for schools
    - for clinics
- Checked data monthly

1. Agree the priorities
2. Publish the results

> Routines beat plans.
>
> — A delivery unit head

### Results by district

: Scores in the 2017 stocktake

| District | Score |
|----------|-------|
| Lahore   | 82    |
| Peshawar | 74    |

![A chart of the scores](chart.png)

Closing paragraph with a second note.[^2]

[^1]: Workshop in Islamabad, November 2017.
[^2]: Figures from the stocktake.
`;

describe('a Word file made by pandoc', () => {
  let recognised: Recognised;
  let pandoc: PandocView;
  let docx: Buffer;
  beforeAll(async () => {
    await requireReaders('pandoc');
    const dir = tempDir();
    writeFileSync(join(dir, 'brief.md'), BRIEF_MARKDOWN);
    writeFileSync(join(dir, 'chart.png'), png());
    await run('pandoc', ['-f', 'markdown', '-o', 'brief.docx', 'brief.md'], { cwd: dir });
    docx = readFileSync(join(dir, 'brief.docx'));
    recognised = await importFile(join(dir, 'brief.docx'));
    pandoc = await readWithPandoc(join(dir, 'brief.docx'));
  });

  it('keeps the title and the headings at their levels, as pandoc reads them back', () => {
    expect(recognised.title).toBe('From Policy to Action');
    expect(headings(recognised)).toEqual([
      { level: 1, text: 'Introduction' },
      { level: 2, text: 'What the units did' },
      { level: 3, text: 'Results by district' },
    ]);
    expect(headings(recognised)).toEqual(pandoc.headings);
  });

  it('keeps bold, italic and safe links, and keeps only the text of unsafe ones', () => {
    const first = ofKind(recognised, 'paragraph')[0]!.content;
    expect(first).toContainEqual({ kind: 'text', text: 'Punjab', bold: true });
    expect(first).toContainEqual({ kind: 'text', text: 'Khyber Pakhtunkhwa', italic: true });
    expect(first).toContainEqual({ kind: 'link', url: 'https://example.org/report', text: 'the report' });
    expect(first.some((inline) => inline.kind === 'link' && inline.url.startsWith('javascript'))).toBe(false);
    expect(text(first)).toContain('and this.');
  });

  it('keeps nested lists, bulleted and numbered', () => {
    const lists = ofKind(recognised, 'list');
    expect(lists.map((list) => list.ordered)).toEqual([false, true]);
    expect(outline(lists[0]!)).toEqual([['Set targets', [['for schools'], ['for clinics']]], ['Checked data monthly']]);
    expect(outline(lists[1]!)).toEqual([['Agree the priorities'], ['Publish the results']]);
  });

  it('keeps the nested list when imported as a document, through to its export', async () => {
    const core = tempCore();
    const made = await core.api['import.run']({ name: 'brief.docx', base64: docx.toString('base64'), as: 'document' });
    const exported = await core.api['documents.export']({ documentId: made.documentId!, format: 'md' });
    const markdown = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(markdown).toMatch(/^- +Set targets\n(\s*\n)?[ \t]+- +for schools\n[ \t]+- +for clinics\n(\s*\n)?- +Checked data monthly$/m);
  });

  it('keeps the footnotes, in order, with their texts', () => {
    expect(notesInOrder(recognised)).toEqual(['Workshop in Islamabad, November 2017.', 'Figures from the stocktake.']);
    expect(notesInOrder(recognised)).toEqual(pandoc.footnotes);
  });

  it('keeps the table with its header row, cells and caption', () => {
    const [table] = ofKind(recognised, 'table');
    expect(table).toEqual({
      kind: 'table',
      caption: 'Scores in the 2017 stocktake',
      header: true,
      rows: [
        ['District', 'Score'],
        ['Lahore', '82'],
        ['Peshawar', '74'],
      ],
    });
    expect(table!.rows).toEqual([...pandoc.tables[0]!.header, ...pandoc.tables[0]!.rows]);
  });

  it('makes the block quote a quote with its attribution', () => {
    expect(ofKind(recognised, 'quote')).toEqual([{ kind: 'quote', text: 'Routines beat plans.', attribution: 'A delivery unit head' }]);
  });

  it('leaves the image out and says so', () => {
    expect(recognised.warnings).toEqual(['1 image was left out']);
  });
});

/** A LibreOffice document written as flat XML, as LibreOffice users' files are made. */
function flatOdt(image: Buffer): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Quotations" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">Delivery in Punjab</text:h>
<text:p>The unit met <text:span text:style-name="B">every month</text:span> with the <text:span text:style-name="I">Chief Minister</text:span>.<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Interview with the unit head, 2017.</text:p></text:note-body></text:note></text:p>
<text:h text:style-name="Heading_20_2" text:outline-level="2">What it did</text:h>
<text:list><text:list-item><text:p>Set targets</text:p><text:list><text:list-item><text:p>for schools</text:p></text:list-item><text:list-item><text:p>for clinics</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Checked data</text:p></text:list-item></text:list>
<text:p text:style-name="Quotations">Routines beat plans.</text:p>
<table:table table:name="Scores"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>District</text:p></table:table-cell><table:table-cell><text:p>Score</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Lahore</text:p></table:table-cell><table:table-cell><text:p>82</text:p></table:table-cell></table:table-row>
</table:table>
<text:p><draw:frame draw:name="chart" svg:width="1cm" svg:height="1cm" text:anchor-type="as-char"><draw:image><office:binary-data>${image.toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>
</office:text></office:body></office:document>
`;
}

describe('a Word file made by LibreOffice', () => {
  let recognised: Recognised;
  beforeAll(async () => {
    await requireReaders('soffice');
    const dir = tempDir();
    writeFileSync(join(dir, 'unit.fodt'), flatOdt(png()));
    // A profile of its own: two soffice processes sharing one wait on its lock.
    const profile = await mkdtemp(join(tmpdir(), 'rapporteur-soffice-'));
    try {
      await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'docx', '--outdir', dir, join(dir, 'unit.fodt')], {
        timeout: 180_000,
      });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    if (!existsSync(join(dir, 'unit.docx'))) throw new Error('soffice made no unit.docx from unit.fodt');
    recognised = await importFile(join(dir, 'unit.docx'));
  }, 200_000);

  it('keeps headings, bold and italic, and the footnote', () => {
    expect(recognised.title).toBe('Delivery in Punjab');
    expect(headings(recognised)).toEqual([
      { level: 1, text: 'Delivery in Punjab' },
      { level: 2, text: 'What it did' },
    ]);
    const paragraph = ofKind(recognised, 'paragraph')[0]!.content;
    expect(paragraph).toContainEqual({ kind: 'text', text: 'every month', bold: true });
    expect(paragraph).toContainEqual({ kind: 'text', text: 'Chief Minister', italic: true });
    expect(notesInOrder(recognised)).toEqual(['Interview with the unit head, 2017.']);
  });

  it('keeps the nested list, the quotation and the table', () => {
    expect(outline(ofKind(recognised, 'list')[0]!)).toEqual([['Set targets', [['for schools'], ['for clinics']]], ['Checked data']]);
    expect(ofKind(recognised, 'quote')).toEqual([{ kind: 'quote', text: 'Routines beat plans.', attribution: '' }]);
    expect(ofKind(recognised, 'table')[0]!.rows).toEqual([
      ['District', 'Score'],
      ['Lahore', '82'],
    ]);
  });

  it('leaves the image out and says so', () => {
    expect(recognised.warnings).toEqual(['1 image was left out']);
  });
});

describe('a Word file pointing outside itself', () => {
  it('never opens a linked file, and keeps only the text of a file:// link', async () => {
    const dir = tempDir();
    const secret = join(dir, 'secret.png');
    writeFileSync(secret, png());
    const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>Before the picture.</w:t></w:r><w:r><w:pict><v:shape><v:imagedata r:id="rId9"/></v:shape></w:pict></w:r></w:p><w:p><w:hyperlink r:id="rId8"><w:r><w:t>the password file</w:t></w:r></w:hyperlink></w:p></w:body></w:document>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${pathToFileURL(secret).href}" TargetMode="External"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`;
    const bytes = minimalDocx({ document, extra: [{ name: 'word/_rels/document.xml.rels', data: Buffer.from(rels) }] });
    const recognised = await readFile({ name: 'linked.docx', bytes });
    expect(recognised.blocks).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Before the picture.' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'the password file' }] },
    ]);
    expect(recognised.warnings).toEqual(['1 image was left out']);
  });
});

describe('a Word file using Word’s own style names', () => {
  it('reads the Title as the title, Quote and Intense Quote paragraphs as quotes, and deep headings as level 3', async () => {
    const paragraphStyles = ['Title', 'Quote', 'Intense Quote'].map((name) => ({ id: name.replace(' ', ''), name, run: { italics: name !== 'Title' } }));
    const bytes = await Packer.toBuffer(
      new Document({
        styles: { paragraphStyles },
        sections: [
          {
            children: [
              new Paragraph({ text: 'Intelligent Partnerships', style: 'Title' }),
              new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: 'Partnerships outlast programmes.', style: 'Quote' }),
              new Paragraph({ text: '— Conference chair', style: 'Quote' }),
              new Paragraph({ text: 'Annex detail', heading: HeadingLevel.HEADING_5 }),
              new Paragraph({ text: 'Trust is built slowly.', style: 'IntenseQuote' }),
            ],
          },
        ],
      }),
    );
    const recognised = await readFile({ name: 'partnerships.docx', bytes });
    expect(recognised.title).toBe('Intelligent Partnerships');
    expect(recognised.blocks).toEqual([
      { kind: 'heading', level: 1, content: [{ kind: 'text', text: 'Summary' }] },
      { kind: 'quote', text: 'Partnerships outlast programmes.', attribution: 'Conference chair' },
      { kind: 'heading', level: 3, content: [{ kind: 'text', text: 'Annex detail' }] },
      { kind: 'quote', text: 'Trust is built slowly.', attribution: '' },
    ]);
  });
});

/** A Word file made by python-docx: `script` builds `document` (a docx.Document), which is saved. */
async function madeByPythonDocx(script: string): Promise<Buffer> {
  await requireReaders('pythonDocx');
  const dir = tempDir();
  const path = join(dir, 'made.docx');
  await run((await pythonWithDocx())!, ['-c', `import sys, docx\nfrom docx.oxml import OxmlElement\ndocument = docx.Document()\n${script}\ndocument.save(sys.argv[1])`, path]);
  return readFileSync(path);
}

/** python-docx lines making a table of these texts, merging cells as `merges` says ([row, column, to row, to column]). */
function pythonTable(rows: string[][], merges: number[][], headerRow: boolean): string {
  return [
    `table = document.add_table(rows=${rows.length}, cols=${rows[0]!.length})`,
    ...merges.map(([r, c, toR, toC]) => `table.cell(${r}, ${c}).merge(table.cell(${toR}, ${toC}))`),
    ...rows.flatMap((row, r) => row.flatMap((cell, c) => (cell ? [`table.cell(${r}, ${c}).text = ${JSON.stringify(cell)}`] : []))),
    ...(headerRow ? ["table.rows[0]._tr.get_or_add_trPr().append(OxmlElement('w:tblHeader'))"] : []),
  ].join('\n');
}

describe('a Word table with merged cells', () => {
  it('keeps every row as wide as the table: a merged cell’s text in its first column and row, empty cells after and below', async () => {
    const bytes = await madeByPythonDocx(
      pythonTable(
        [
          ['Across two', '', 'C'],
          ['D', 'E', 'Down two'],
          ['G', 'H', ''],
        ],
        [
          [0, 0, 0, 1],
          [1, 2, 2, 2],
        ],
        false,
      ),
    );
    const [table] = ofKind(await readFile({ name: 'merged.docx', bytes }), 'table');
    expect(table!.rows).toEqual([
      ['Across two', '', 'C'],
      ['D', 'E', 'Down two'],
      ['G', 'H', ''],
    ]);
  });

  it('keeps each number in its own column of the data table it becomes', async () => {
    const bytes = await madeByPythonDocx(
      pythonTable(
        [
          ['District', 'Progress', 'Score'],
          ['Lahore, all tehsils', '', '82'],
          ['Peshawar', 'on target', '74'],
          ['Quetta', 'behind', '61'],
          ['Gwadar', '', '58'],
        ],
        [
          [1, 0, 1, 1],
          [3, 1, 4, 1],
        ],
        true,
      ),
    );
    const core = tempCore();
    const report = await core.api['import.run']({ name: 'districts.docx', base64: bytes.toString('base64'), as: 'library' });
    const tables = report.created.filter((created) => created.kind === 'table').map((created) => core.library.get(created.id!) as ItemOf<'table'>);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.data.columns.map((column) => [column.label, column.type])).toEqual([
      ['District', 'text'],
      ['Progress', 'text'],
      ['Score', 'number'],
    ]);
    expect(tables[0]!.data.rows).toEqual([
      ['Lahore, all tehsils', null, 82],
      ['Peshawar', 'on target', 74],
      ['Quetta', 'behind', 61],
      ['Gwadar', null, 58],
    ]);
  });
});

describe('a Word file with a footnote in a table cell', () => {
  it('keeps the note’s text in its cell, in brackets, says so, and numbers the other notes without a gap', async () => {
    await requireReaders('pandoc');
    const dir = tempDir();
    writeFileSync(
      join(dir, 'notes.md'),
      'The stocktake scored the districts.[^a]\n\n| District | Score |\n|----------|-------|\n| Lahore | 82[^b] |\n| Peshawar | 74 |\n\nClosing paragraph.[^c]\n\n[^a]: First note in the text.\n[^b]: Figures from the stocktake.\n[^c]: Second note in the text.\n',
    );
    await run('pandoc', ['-f', 'markdown', '-o', 'notes.docx', 'notes.md'], { cwd: dir });
    const recognised = await importFile(join(dir, 'notes.docx'));
    expect(ofKind(recognised, 'table')[0]!.rows).toEqual([
      ['District', 'Score'],
      ['Lahore', '82 [Figures from the stocktake.]'],
      ['Peshawar', '74'],
    ]);
    expect(notesInOrder(recognised)).toEqual(['First note in the text.', 'Second note in the text.']);
    expect(Object.keys(recognised.footnotes)).toEqual(['1', '2']);
    expect(recognised.warnings).toEqual(['1 footnote in a table was kept in its cell, as text in brackets (“Figures from the stocktake.”)']);
  });
});

describe('a Word file whose XML is in UTF-16', () => {
  const xml = documentXml(['Café in Lahore, 2017'], '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
  const littleEndian = Buffer.from(xml, 'utf16le');
  it.each([
    ['little-endian, with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), littleEndian])],
    ['big-endian, with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), littleEndian]).swap16()],
    ['little-endian, without a byte-order mark', littleEndian],
  ])('reads it, %s', async (_encoding, document) => {
    const recognised = await readFile({ name: 'wide.docx', bytes: minimalDocx({ document }) });
    expect(recognised.blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: 'Café in Lahore, 2017' }] }]);
  });
});
