// The readers the DOCX conformance tests rely on, proved on files pandoc itself
// writes, so that a failing export test points at the exporter, not at them.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openWithPythonDocx,
  pandocView,
  pdfPages,
  pdfText,
  readersAvailable,
  readWithPandoc,
  renderWithLibreOffice,
  requireReaders,
  pythonWithDocx,
  type PandocDocument,
  type PandocElement,
} from '../helpers/docx-readers';

const exec = promisify(execFile);

const BRIEF = `---
title: Delivery units in Latin America
---

# Lessons from the field

Delivery units work *when* the **centre of government** backs them,
as [the review](https://example.org/review) found.[^review]

## Where they were set up

| Country | Unit | Year |
|---------|------|------|
| Chile   | DU   | 2014 |
| Peru    | PMO  | 2016 |

### What they did

+---------+-----------------------+
| Country | Routines              |
+=========+=======================+
| Chile   | - stocktakes          |
|         | - delivery plans      |
+---------+-----------------------+
| Peru    | Monthly reviews.[^pe] |
+---------+-----------------------+

- Start small
- Publish the targets

> Without the president's time, the unit is a reporting office.

[^review]: Review of delivery units, 2019.
[^pe]: Stopped in 2018.
`;

const dir = mkdtempSync(join(tmpdir(), 'rapporteur-readers-'));
const docx = join(dir, 'brief.docx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await requireReaders();
  writeFileSync(join(dir, 'brief.md'), BRIEF);
  await exec('pandoc', [join(dir, 'brief.md'), '-o', docx]);
});

describe('readersAvailable', () => {
  it('finds every reader on this machine', async () => {
    expect(await readersAvailable()).toEqual({ pandoc: true, soffice: true, pdfinfo: true, pdftotext: true, pythonDocx: true });
  });

  it('says what to install when a reader is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      await expect(requireReaders('pandoc')).rejects.toThrow('pandoc is not installed (Debian package pandoc): run npm run setup:test');
      await expect(readWithPandoc(docx)).rejects.toThrow('pandoc is not installed');
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('readWithPandoc', () => {
  it('reads headings, paragraphs, lists, quotes and the title', async () => {
    const view = await readWithPandoc(docx);
    expect(view.meta.title).toBe('Delivery units in Latin America');
    expect(view.headings).toEqual([
      { level: 1, text: 'Lessons from the field' },
      { level: 2, text: 'Where they were set up' },
      { level: 3, text: 'What they did' },
    ]);
    expect(view.paragraphs).toEqual([
      'Delivery units work when the centre of government backs them, as the review found.',
      'Without the president’s time, the unit is a reporting office.',
    ]);
    expect(view.bulletLists).toEqual([['Start small', 'Publish the targets']]);
    expect(view.blockQuotes).toEqual(['Without the president’s time, the unit is a reporting office.']);
  });

  it('collects footnotes in order, including one in a table cell', async () => {
    const view = await readWithPandoc(docx);
    expect(view.footnotes).toEqual(['Review of delivery units, 2019.', 'Stopped in 2018.']);
    expect(view.text).toContain('Monthly reviews.\n');
    expect(view.text.endsWith('Review of delivery units, 2019.\nStopped in 2018.')).toBe(true);
  });

  it('reads tables as header and body cell texts, and shows a bullet list in a cell', async () => {
    const [years, routines] = (await readWithPandoc(docx)).tables;
    expect(years?.header).toEqual([['Country', 'Unit', 'Year']]);
    expect(years?.rows).toEqual([
      ['Chile', 'DU', '2014'],
      ['Peru', 'PMO', '2016'],
    ]);
    expect(routines?.rows).toEqual([
      ['Chile', 'stocktakes\ndelivery plans'],
      ['Peru', 'Monthly reviews.'],
    ]);
    expect(routines?.cells[0]?.[1]).toEqual({ text: 'stocktakes\ndelivery plans', blocks: ['BulletList'], bulletLists: [['stocktakes', 'delivery plans']] });
    expect(routines?.cells[1]?.[1]?.bulletLists).toEqual([]);
  });

  it('names the file and repeats what pandoc said when it cannot read it', async () => {
    const missing = join(dir, 'missing.docx');
    await expect(readWithPandoc(missing)).rejects.toThrow(new RegExp(`^pandoc could not read ${missing} \\(exit \\d+\\): .*does not exist`, 's'));
  });
});

describe('pandocView', () => {
  const str = (text: string): PandocElement => ({ t: 'Str', c: text });
  const attr = ['', [], []];
  const ast = (blocks: PandocElement[]): PandocDocument => ({ 'pandoc-api-version': [1, 22, 2, 1], meta: {}, blocks });

  it('flattens inlines as a reader sees them and keeps notes out of the line', () => {
    const para: PandocElement = {
      t: 'Para',
      c: [
        { t: 'Quoted', c: [{ t: 'DoubleQuote' }, [str('Deliver')]] },
        { t: 'SoftBreak' },
        { t: 'Span', c: [attr, [{ t: 'Emph', c: [str('or'), { t: 'Note', c: [{ t: 'Para', c: [str('A'), { t: 'Space' }, str('note.')] }] }] }]] },
        { t: 'Space' },
        { t: 'Link', c: [attr, [{ t: 'Quoted', c: [{ t: 'SingleQuote' }, [str('explain')]] }], ['https://example.org', '']] },
        { t: 'LineBreak' },
        { t: 'Image', c: [attr, [str('chart')], ['chart.png', '']] },
        { t: 'Code', c: [attr, 'x'] },
      ],
    };
    const view = pandocView(ast([para]));
    expect(view.paragraphs).toEqual(['“Deliver” or ‘explain’\nx']);
    expect(view.footnotes).toEqual(['A note.']);
    expect(view.text).toBe('“Deliver” or ‘explain’\nx\nA note.');
  });

  it('puts nested list items on lines of their own', () => {
    const plain = (text: string): PandocElement => ({ t: 'Plain', c: [str(text)] });
    const list: PandocElement = { t: 'BulletList', c: [[plain('one'), { t: 'BulletList', c: [[plain('one.a')], [plain('one.b')]] }], [plain('two')]] };
    expect(pandocView(ast([list])).bulletLists).toEqual([['one\none.a\none.b', 'two']]);
  });

  it('refuses an AST version it was not written for', () => {
    expect(() => pandocView({ ...ast([]), 'pandoc-api-version': [1, 17, 0] })).toThrow("pandoc's AST is version 1.17");
  });
});

describe('openWithPythonDocx', () => {
  it('counts paragraphs and tables and names the styles used, with their fonts', async () => {
    const view = await openWithPythonDocx(docx);
    expect(view.tables).toBe(2);
    expect(view.paragraphs).toBeGreaterThanOrEqual(7);
    expect(view.styles).toEqual(expect.arrayContaining(['Title', 'Heading 1', 'Heading 2', 'Heading 3', 'First Paragraph', 'Compact', 'Block Text']));
    // pandoc's own reference document takes its fonts from the theme.
    expect(view.fonts.default).toBe('Cambria');
    expect(view.fonts.styles['Heading 1']).toBe('Calibri');
    expect(view.fonts.styles['First Paragraph']).toBeNull();
  });

  it('sees the fonts of a reference document', async () => {
    const reference = join(dir, 'reference.docx');
    const withReference = join(dir, 'with-reference.docx');
    await exec('pandoc', ['-o', reference, '--print-default-data-file', 'reference.docx']);
    await setStyleFonts(reference, { Normal: 'Liberation Serif', 'Heading 1': 'Carlito' });
    await exec('pandoc', [join(dir, 'brief.md'), '--reference-doc', reference, '-o', withReference]);
    const { fonts } = await openWithPythonDocx(withReference);
    expect(fonts.styles['First Paragraph']).toBe('Liberation Serif');
    expect(fonts.styles['Heading 1']).toBe('Carlito');
    expect(fonts.styles['Heading 2']).toBe('Calibri');
  });

  it('names the file and repeats what python said when it is no DOCX', async () => {
    const notDocx = join(dir, 'notes.docx');
    writeFileSync(notDocx, 'plain text');
    await expect(openWithPythonDocx(notDocx)).rejects.toThrow(new RegExp(`^python-docx could not read ${notDocx} \\(exit 1\\): Traceback.*Package not found`, 's'));
  });
});

describe('renderWithLibreOffice', () => {
  let rendered: Awaited<ReturnType<typeof renderWithLibreOffice>>;
  beforeAll(async () => {
    rendered = await renderWithLibreOffice(docx, join(dir, 'pdf'));
  }, 180_000);

  it('lays the brief out on portrait A4 or Letter pages', () => {
    const a4 = { width: 595.3, height: 841.9 };
    const letter = { width: 612, height: 792 };
    expect(rendered.pdf).toBe(join(dir, 'pdf', 'brief.pdf'));
    expect(rendered.pages.length).toBeGreaterThanOrEqual(1);
    for (const page of rendered.pages) {
      expect(page.landscape).toBe(false);
      const size = [a4, letter].find((s) => Math.abs(s.width - page.width) < 1 && Math.abs(s.height - page.height) < 1);
      expect(size, `page of ${page.width} x ${page.height} pts`).toBeDefined();
    }
  });

  it('prints the text, footnotes included', async () => {
    const text = await pdfText(rendered.pdf);
    expect(text).toContain('Lessons from the field');
    expect(text).toMatch(/Chile\s+DU\s+2014/);
    expect(text).toContain('Review of delivery units, 2019.');
  });
});

describe('pdfPages', () => {
  it('tells landscape pages, turned or wide, from portrait ones', async () => {
    const pdf = join(dir, 'pages.pdf');
    writeFileSync(pdf, pdfOfPages(['/MediaBox [0 0 842 595]', '/MediaBox [0 0 595 842] /Rotate 90', '/MediaBox [0 0 595 842]']));
    expect(await pdfPages(pdf)).toEqual([
      { width: 842, height: 595, landscape: true },
      { width: 842, height: 595, landscape: true },
      { width: 595, height: 842, landscape: false },
    ]);
  });
});

/** A blank PDF, one page per entry of page attributes: LibreOffice cannot be asked for a turned page. */
function pdfOfPages(pages: string[]): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...pages.map((attributes) => `<< /Type /Page /Parent 2 0 R ${attributes} >>`),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

/** Gives styles of a reference document explicit fonts in place of theme fonts. */
async function setStyleFonts(file: string, fonts: Record<string, string>): Promise<void> {
  const script = `
import json, sys, docx
from docx.oxml.ns import qn
doc = docx.Document(sys.argv[1])
for name, font in json.loads(sys.argv[2]).items():
    style = next(s for s in doc.styles if s.name == name)  # pandoc's names, not python-docx's aliases
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.attrib.clear()
    rfonts.set(qn('w:ascii'), font)
    rfonts.set(qn('w:hAnsi'), font)
doc.save(sys.argv[1])
`;
  const python = await pythonWithDocx();
  if (!python) throw new Error('python-docx is not installed: run npm run setup:test');
  await exec(python, ['-c', script, file, JSON.stringify(fonts)]);
}
