// The DOCX export as a user opens it: styles they can change in Word, real footnotes,
// lists and tables, landscape annexes, page numbers, and an organisation's own styles
// from a reference document. Checked in the file's XML parts and by pandoc.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { KINDS, type Item } from '../../shared/domain';
import { MAX_REFERENCE_DOC_BYTES } from '../../shared/briefing';
import { ApiError } from '../../shared/errors';
import type { Template } from '../../shared/template';
import type { Block, ResolvedDocument, ResolvedSection } from '../../electron/core/briefing/model';
import { resolveDocument } from '../../electron/core/briefing/resolve';
import { getTemplate } from '../../electron/core/briefing/templates';
import { exportDocx } from '../../electron/core/export/docx';
import { SAMPLE_LIBRARY, POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample';
import { openWithPythonDocx, readWithPandoc, requireReaders, type PandocView } from '../helpers/docx-readers';
import { briefing, bullets, cell, lesson, numbered, paragraph, section, text, textCell } from '../helpers/resolved';
import { tempDir } from '../helpers/temp-library';
import { zipOf } from '../helpers/zip-writer';

// ---------------------------------------------------------------------------
// A small brief in the export model

function brief(template: Template = getTemplate('from-policy-to-action')): ResolvedDocument {
  // A section of the template, with the template's spec for it.
  const part = (id: string, heading: string, blocks: Block[], options: Partial<ResolvedSection> = {}) =>
    section(heading, blocks, { sectionId: id, spec: template.sections.find((candidate) => candidate.id === id), ...options });
  return briefing(
    [
      part(
        'title',
        'Title',
        [
          { type: 'paragraph', role: 'title', inlines: [text('From Policy to Action')] },
          { type: 'paragraph', role: 'subtitle', inlines: [text('Lessons from Pakistan’s delivery units')] },
        ],
        { printHeading: false },
      ),
      part('introduction', 'Introduction', [
        paragraph(
          'Delivery units ',
          text('matter', { bold: true }),
          { type: 'footnote', number: 1, text: 'A unit is a small team at the centre of government.' },
          ' to governments; see ',
          { type: 'link', url: 'https://example.org/units', children: [text('the study')] },
          '.',
          { type: 'footnote', number: 2, text: 'Barber (2015), p. 12.' },
        ),
        { type: 'list', ordered: true, items: [[paragraph('First step'), bullets('A detail', 'Another detail')], [paragraph('Second step')]] },
        numbered('A new list', 'Its second item'),
        { type: 'heading', level: 3, inlines: [text('Why now')] },
        { type: 'pullquote', inlines: [text('Data is king.')], attribution: 'A provincial minister' },
      ]),
      part('lessons', 'Lessons', [
        lesson('Leadership matters', [paragraph('The body of the first lesson.')], {
          quote: { text: 'Without the chief minister nothing moves.', attribution: 'An official' },
        }),
        { type: 'missing', reference: { id: 'gone', kind: 'lesson' }, text: '[Missing lesson: gone]' },
      ]),
      part(
        'annex',
        'Annex: comparison of delivery units',
        [
          {
            type: 'table',
            role: 'comparison',
            caption: 'Table 1: SMU and SSU compared',
            header: true,
            numericColumns: [2],
            note: 'Source: workshop notes.',
            rows: [
              [textCell('Question'), textCell('SMU (Punjab)'), textCell('Staff')],
              [textCell('Who leads it?'), cell(bullets('The chief minister', 'A secretary')), textCell('1,200')],
            ],
          },
        ],
        { orientation: 'landscape' },
      ),
      part('next-steps', 'Next steps', [paragraph('After the annex, portrait again.')]),
      part('readings', 'Further reading', [{ type: 'references', entries: [[text('Barber, M. (2015). How to Run a Government.')]] }]),
    ],
    {
      title: 'From Policy to Action',
      subtitle: 'Lessons from Pakistan’s delivery units',
      author: 'A. Rapporteur',
      subject: 'Delivery units',
      template,
      footnoteCount: 2,
    },
  );
}

// ---------------------------------------------------------------------------
// Reading the output

/** Every part of a zip, as text. */
function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const parts = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function exported(document: ResolvedDocument, options: Parameters<typeof exportDocx>[1] = {}) {
  const bytes = await exportDocx(document, options);
  const parts = await unzip(bytes);
  const part = (path: string) => {
    const found = parts.get(path);
    if (found === undefined) throw new Error(`the export has no ${path}; it has ${[...parts.keys()].join(', ')}`);
    return found;
  };
  return { bytes, parts, part, document: part('word/document.xml'), styles: part('word/styles.xml') };
}

function unescapeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

interface WordParagraph {
  style: string | null;
  text: string;
  xml: string;
}

/** The paragraphs of a part, in order, with their style and text. */
function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([whole, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(inner)?.[1] ?? null,
    text: unescapeXml([...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')),
    xml: whole,
  }));
}

function paragraphWith(xml: string, value: string): WordParagraph {
  const found = paragraphs(xml).find((paragraph) => paragraph.text === value);
  if (!found) throw new Error(`no paragraph reads "${value}"`);
  return found;
}

/** A style's XML from styles.xml, by id. */
function styleXml(styles: string, id: string): string {
  const found = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
  if (!found) throw new Error(`styles.xml has no style ${id}`);
  return found;
}

function fontOf(xml: string): string | null {
  return /<w:rFonts\b[^>]*w:ascii="([^"]*)"/.exec(xml)?.[1] ?? null;
}

function sizeOf(xml: string): number | null {
  const size = /<w:sz w:val="(\d+)"/.exec(xml)?.[1];
  return size === undefined ? null : Number(size) / 2;
}

// ---------------------------------------------------------------------------
// Making reference documents, good and bad


const STYLES_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';

/** A house style made in Word's way: every paragraph in Courier New. */
async function courierReference(): Promise<Buffer> {
  const courier = (size: number, bold = false) => ({ font: 'Courier New', size, bold });
  return Packer.toBuffer(
    new Document({
      styles: {
        default: { document: { run: { font: 'Courier New' } } },
        paragraphStyles: [
          { id: 'Normal', name: 'Normal', run: courier(22) },
          { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: courier(36, true) },
          { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', run: courier(28, true) },
        ],
      },
      sections: [{ children: [new Paragraph('House style')] }],
    }),
  );
}

async function refusal(bytes: Uint8Array, name: string): Promise<ApiError> {
  try {
    await exportDocx(brief(), { referenceDoc: bytes, referenceDocName: name });
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error(`${name} was accepted`);
}

// ---------------------------------------------------------------------------

describe('DOCX export: styles', () => {
  let out: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    out = await exported(brief());
  });

  it('defines the template’s styles as Word paragraph styles with its fonts and sizes', () => {
    const { styles } = getTemplate('from-policy-to-action');
    const expected: [string, string, (typeof styles)[keyof typeof styles]][] = [
      ['Normal', 'Normal', styles.body],
      ['Title', 'Title', styles.title],
      ['Subtitle', 'Subtitle', styles.subtitle],
      ['Heading1', 'heading 1', styles.heading1],
      ['Heading2', 'heading 2', styles.heading2],
      ['Heading3', 'heading 3', styles.heading3],
      ['Quote', 'Quote', styles.pullQuote],
      ['FootnoteText', 'footnote text', styles.footnoteText],
      ['Caption', 'caption', styles.caption],
      ['TableText', 'Table Text', styles.tableText],
      ['TableHeader', 'Table Header', styles.tableHeader],
    ];
    for (const [id, name, look] of expected) {
      const xml = styleXml(out.styles, id);
      expect(xml, id).toContain(`w:type="paragraph"`);
      expect(xml, id).toContain(`<w:name w:val="${name}"/>`);
      expect(fontOf(xml), id).toBe(look.font);
      expect(sizeOf(xml), id).toBe(look.size);
      expect(xml, id).toContain(`<w:color w:val="${look.color.toUpperCase()}"/>`);
    }
    expect(styleXml(out.styles, 'Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(styleXml(out.styles, 'TableHeader')).toMatch(/<w:b\/>/);
    expect(styleXml(out.styles, 'Attribution')).toContain('<w:basedOn w:val="Quote"/>');
  });

  it('gives each paragraph its style: title, headings, lesson headings, pull quotes, captions', () => {
    const doc = out.document;
    expect(paragraphWith(doc, 'From Policy to Action').style).toBe('Title');
    expect(paragraphWith(doc, 'Lessons from Pakistan’s delivery units').style).toBe('Subtitle');
    expect(paragraphWith(doc, 'Introduction').style).toBe('Heading1');
    expect(paragraphWith(doc, 'Why now').style).toBe('Heading3');
    expect(paragraphWith(doc, 'Lesson 1: Leadership matters').style).toBe('Heading2');
    expect(paragraphWith(doc, 'Without the chief minister nothing moves.').style).toBe('Quote');
    expect(paragraphWith(doc, '— An official').style).toBe('Attribution');
    expect(paragraphWith(doc, 'Data is king.').style).toBe('Quote');
    expect(paragraphWith(doc, 'Table 1: SMU and SSU compared').style).toBe('Caption');
    expect(paragraphWith(doc, 'Source: workshop notes.').style).toBe('TableNote');
    expect(paragraphWith(doc, 'Barber, M. (2015). How to Run a Government.').style).toBe('Bibliography');
    // The title section's heading is not printed.
    expect(paragraphs(doc).some((paragraph) => paragraph.text === 'Title')).toBe(false);
  });

  it('numbers section headings when the template numbers sections', async () => {
    const document = brief();
    document.sections[1]!.number = 1;
    document.sections[2]!.number = 2;
    const { document: xml } = await exported(document);
    expect(paragraphWith(xml, '1. Introduction').style).toBe('Heading1');
    expect(paragraphWith(xml, '2. Lessons').style).toBe('Heading1');
  });

  it('shows a missing library item as red italic text', () => {
    const missing = paragraphWith(out.document, '[Missing lesson: gone]');
    expect(missing.xml).toContain('<w:i/>');
    expect(missing.xml).toContain('<w:color w:val="C00000"/>');
  });

  it('writes links as hyperlinks', () => {
    expect(out.document).toMatch(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>[\s\S]*?the study/);
    expect(out.part('word/_rels/document.xml.rels')).toMatch(/Target="https:\/\/example\.org\/units" TargetMode="External"/);
  });

  it('sets the document properties', () => {
    const core = out.part('docProps/core.xml');
    expect(core).toContain('<dc:title>From Policy to Action</dc:title>');
    expect(core).toContain('<dc:creator>A. Rapporteur</dc:creator>');
    expect(core).toContain('<dc:subject>Delivery units</dc:subject>');
    expect(core).toContain('<dc:description>Lessons from Pakistan’s delivery units</dc:description>');
  });
});

describe('DOCX export: footnotes, lists and tables', () => {
  let out: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    out = await exported(brief());
  });

  it('writes real footnotes, numbered in document order, in the footnote text style', () => {
    const references = [...out.document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(references).toEqual([1, 2]);
    const notes = out.part('word/footnotes.xml');
    for (const [id, note] of [
      [1, 'A unit is a small team at the centre of government.'],
      [2, 'Barber (2015), p. 12.'],
    ] as const) {
      const footnote = new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(notes)?.[1] ?? '';
      const [paragraph] = paragraphs(footnote);
      expect(paragraph?.style).toBe('FootnoteText');
      expect(paragraph?.text.trim()).toBe(note);
    }
  });

  it('writes lists with Word numbering, each numbered list starting at 1, nested lists one level down', () => {
    const numbering = out.part('word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    const numbered = (value: string) => {
      const xml = paragraphWith(out.document, value).xml;
      return { level: Number(/<w:ilvl w:val="(\d+)"\/>/.exec(xml)?.[1]), list: /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1] };
    };
    expect(numbered('First step')).toEqual({ level: 0, list: numbered('Second step').list });
    expect(numbered('A detail').level).toBe(1);
    const second = numbered('A new list');
    expect(second.level).toBe(0);
    expect(second.list).not.toBe(numbered('First step').list);
    // A list of its own restarts: its numbering instance overrides the start.
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${second.list}">[\\s\\S]*?<w:startOverride w:val="1"/>`));
  });

  it('writes tables at full width with a repeated, shaded header row, captions, notes and right-aligned numbers', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(out.document)?.[0] ?? '';
    expect(table).toContain('<w:tblW w:type="pct" w:w="5000"/>');
    expect(table).toContain('<w:tblBorders>');
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(rows[1]).not.toContain('tblHeader');
    expect(rows[0]).toMatch(/<w:shd [^>]*w:fill="[0-9A-F]{6}"/);
    expect(paragraphs(rows[0]!).map((paragraph) => paragraph.style)).toEqual(['TableHeader', 'TableHeader', 'TableHeader']);
    expect(paragraphWith(rows[1]!, 'Who leads it?').style).toBe('TableText');
    expect(paragraphWith(rows[1]!, '1,200').xml).toContain('<w:jc w:val="right"/>');
    expect(paragraphWith(rows[0]!, 'Staff').xml).toContain('<w:jc w:val="right"/>');
    // Caption above, note below.
    const caption = out.document.indexOf('Table 1: SMU and SSU compared');
    expect(caption).toBeLessThan(out.document.indexOf('<w:tbl>'));
    expect(out.document.indexOf('Source: workshop notes.')).toBeGreaterThan(out.document.indexOf('</w:tbl>'));
  });

  it('uses Word numbering for lists inside table cells, in the table text style', () => {
    const item = paragraphWith(out.document, 'The chief minister');
    expect(item.style).toBe('TableText');
    expect(item.xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });
});

describe('DOCX export: pages', () => {
  let out: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    out = await exported(brief());
  });

  /** Each Word section's properties, in order. */
  function sections(xml: string): { width: number; height: number; landscape: boolean; xml: string }[] {
    return [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([sectPr]) => {
      const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"(?: w:orient="(\w+)")?\/>/.exec(sectPr);
      return { width: Number(size?.[1]), height: Number(size?.[2]), landscape: size?.[3] === 'landscape', xml: sectPr };
    });
  }

  it('puts a landscape section on landscape pages, and what follows on portrait pages again', () => {
    const [before, annex, after] = sections(out.document);
    expect(sections(out.document)).toHaveLength(3);
    expect(before).toMatchObject({ width: 11906, height: 16838, landscape: false });
    expect(annex).toMatchObject({ width: 16838, height: 11906, landscape: true });
    expect(after).toMatchObject({ width: 11906, height: 16838, landscape: false });
    // Word ends a section with the paragraph holding its properties: the annex's is its table's note.
    const closing = paragraphs(out.document).find((paragraph) => paragraph.xml.includes(annex!.xml));
    expect(closing?.text).toBe('Source: workshop notes.');
    expect(out.document.indexOf('Next steps')).toBeGreaterThan(out.document.indexOf(annex!.xml));
  });

  it('takes the page size and margins from the template', async () => {
    const template = getTemplate('from-policy-to-action');
    const letter: Template = { ...template, page: { ...template.page, size: 'Letter', margins: { top: 25.4, right: 20, bottom: 25.4, left: 30 } } };
    const [first] = sections((await exported(brief(letter))).document);
    expect(first).toMatchObject({ width: 12240, height: 15840 });
    expect(first!.xml).toMatch(/<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1701"/);
  });

  it('has the running header with the title, and "Page X of Y" fields in the footer, in every section', () => {
    for (const { xml } of sections(out.document)) {
      const header = /<w:headerReference w:type="default" r:id="(\w+)"\/>/.exec(xml)?.[1];
      const footer = /<w:footerReference w:type="default" r:id="(\w+)"\/>/.exec(xml)?.[1];
      const rels = out.part('word/_rels/document.xml.rels');
      const target = (id: string | undefined) => `word/${new RegExp(`Id="${id}" [^>]*Target="([^"]+)"`).exec(rels)?.[1]}`;
      expect(paragraphs(out.part(target(header)))[0]?.text).toBe('From Policy to Action');
      const footerXml = out.part(target(footer));
      expect(paragraphs(footerXml)[0]?.text).toBe('Page  of ');
      expect(footerXml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    }
  });

  it('writes an empty document as one empty page', async () => {
    const empty: ResolvedDocument = { ...brief(), sections: [] };
    const { document } = await exported(empty);
    expect(paragraphs(document)).toHaveLength(1);
    expect(sections(document)).toHaveLength(1);
  });

  it('adds a table of contents after the title when asked, or when the template wants one', async () => {
    expect(out.document).not.toContain('TOC \\');
    const withContents = await exported(brief(), { tableOfContents: true });
    const instruction = withContents.document.indexOf('TOC \\h \\o &quot;1-3&quot;');
    expect(instruction).toBeGreaterThan(withContents.document.indexOf('Lessons from Pakistan’s delivery units'));
    expect(instruction).toBeLessThan(withContents.document.indexOf('<w:t xml:space="preserve">Introduction</w:t>'));
    expect(withContents.part('word/settings.xml')).toContain('<w:updateFields/>');

    const courseTemplate = getTemplate('course-module');
    expect(courseTemplate.tableOfContents).toBe(true);
    expect((await exported(brief(courseTemplate))).document).toContain('TOC \\h');
    expect((await exported(brief(courseTemplate), { tableOfContents: false })).document).not.toContain('TOC \\h');
  });
});

describe('DOCX export: a reference document’s styles', () => {
  it('uses the reference’s fonts for Normal and headings, and adds the template’s other styles without a font', async () => {
    const reference = await courierReference();
    const own = await exported(brief());
    const out = await exported(brief(), { referenceDoc: reference, referenceDocName: 'house-style.docx' });

    expect(fontOf(styleXml(own.styles, 'Normal'))).toBe('Calibri');
    expect(fontOf(styleXml(own.styles, 'Heading1'))).toBe('Georgia');

    expect(fontOf(styleXml(out.styles, 'Normal'))).toBe('Courier New');
    expect(fontOf(styleXml(out.styles, 'Heading1'))).toBe('Courier New');
    expect(fontOf(styleXml(out.styles, 'Heading2'))).toBe('Courier New');
    expect(fontOf(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(out.styles)?.[0] ?? '')).toBe('Courier New');
    for (const added of ['TableText', 'TableHeader', 'Quote', 'Attribution', 'Caption']) {
      expect(fontOf(styleXml(out.styles, added)), added).toBeNull();
    }
    // The template's sizes still apply where the reference has no such style.
    expect(sizeOf(styleXml(out.styles, 'TableText'))).toBe(getTemplate('from-policy-to-action').styles.tableText.size);
    // Each style is defined once, the reference's winning.
    expect(out.styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);
  });

  it('shows the reference’s fonts where python-docx looks (Word’s view of the styles in use)', async () => {
    await requireReaders('pythonDocx');
    const dir = tempDir();
    const file = join(dir, 'with-reference.docx');
    writeFileSync(file, await exportDocx(brief(), { referenceDoc: await courierReference(), referenceDocName: 'house-style.docx' }));
    const view = await openWithPythonDocx(file);
    expect(view.fonts.styles['Normal']).toBe('Courier New');
    expect(view.fonts.styles['heading 1'] ?? view.fonts.styles['Heading 1']).toBe('Courier New');
    expect(view.fonts.styles['Table Text']).toBe('Courier New');
  });

  it('finds the reference’s styles by name when its ids differ (Word in another language), without their list numbering', async () => {
    const styles =
      `${STYLES_HEAD}<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>` +
      `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>`;
    const reference = zipOf([{ name: 'word/styles.xml', data: Buffer.from(styles) }]);
    const out = await exported(brief(), { referenceDoc: reference, referenceDocName: 'Vorlage.docx' });
    expect(paragraphWith(out.document, 'Introduction').style).toBe('berschrift1');
    expect(styleXml(out.styles, 'TableText')).toContain('<w:basedOn w:val="Standard"/>');
    // Its heading numbering refers to lists the export does not have: left out, so headings get no bullets.
    expect(styleXml(out.styles, 'berschrift1')).not.toContain('numPr');
  });

  it('refuses a file that is not a Word document, naming it', async () => {
    const error = await refusal(Buffer.from('not a zip at all'), 'notes.txt');
    expect(error.type).toBe('invalid-input');
    expect(error.message).toMatch(/^notes\.txt .*not a Word document/);
  });

  it('refuses a zip without word/styles.xml', async () => {
    const error = await refusal(zipOf([{ name: 'hello.txt', data: Buffer.from('hello') }]), 'archive.zip');
    expect(error.message).toMatch(/^archive\.zip .*word\/styles\.xml/);
  });

  it('refuses styles with a DOCTYPE or entity declarations', async () => {
    const styles = `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${STYLES_HEAD.replace(/^<\?xml[^>]*>/, '')}</w:styles>`;
    const error = await refusal(zipOf([{ name: 'word/styles.xml', data: Buffer.from(styles) }]), 'laughs.docx');
    expect(error.message).toMatch(/^laughs\.docx .*DOCTYPE/);
  });

  it('refuses styles that are not well-formed XML', async () => {
    const styles = `${STYLES_HEAD}<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:styles>`;
    const error = await refusal(zipOf([{ name: 'word/styles.xml', data: Buffer.from(styles) }]), 'broken.docx');
    expect(error.message).toMatch(/^broken\.docx .*word\/styles\.xml/);
  });

  it('refuses styles that inflate beyond 8 MB, even when the zip claims they are small', async () => {
    const huge = Buffer.concat([Buffer.from(STYLES_HEAD), Buffer.alloc(9 * 1024 * 1024, 0x20), Buffer.from('</w:styles>')]);
    const honest = await refusal(zipOf([{ name: 'word/styles.xml', data: huge }]), 'big.docx');
    expect(honest.message).toMatch(/^big\.docx .*8 MB/);
    const lying = await refusal(zipOf([{ name: 'word/styles.xml', data: huge, size: 2048 }]), 'bomb.docx');
    expect(lying.message).toMatch(/^bomb\.docx .*8 MB/);
  });

  it('refuses a file over 20 MB', async () => {
    const error = await refusal(new Uint8Array(MAX_REFERENCE_DOC_BYTES + 1), 'scan.docx');
    expect(error.message).toMatch(/^scan\.docx .*20 MB/);
  });
});

describe('DOCX export read back by pandoc', () => {
  let view: PandocView;
  beforeAll(async () => {
    await requireReaders('pandoc');
    const file = join(tempDir(), 'brief.docx');
    writeFileSync(file, await exportDocx(brief()));
    view = await readWithPandoc(file);
  });

  it('reads the headings, with lesson titles in them', () => {
    expect(view.headings).toEqual([
      { level: 1, text: 'Introduction' },
      { level: 3, text: 'Why now' },
      { level: 1, text: 'Lessons' },
      { level: 2, text: 'Lesson 1: Leadership matters' },
      { level: 1, text: 'Annex: comparison of delivery units' },
      { level: 1, text: 'Next steps' },
      { level: 1, text: 'Further reading' },
    ]);
  });

  it('reads the footnotes, the pull quotes as block quotes, and the lists', () => {
    expect(view.footnotes).toEqual(['A unit is a small team at the centre of government.', 'Barber (2015), p. 12.']);
    expect(view.blockQuotes).toEqual(['Data is king.\n— A provincial minister', 'Without the chief minister nothing moves.\n— An official']);
    expect(view.orderedLists).toEqual([['First step\nA detail\nAnother detail', 'Second step'], ['A new list', 'Its second item']]);
    expect(view.meta['title']).toBe('From Policy to Action');
  });

  it('reads the table with its header row and the list in a cell', () => {
    expect(view.tables).toHaveLength(1);
    const [table] = view.tables;
    expect(table!.header).toEqual([['Question', 'SMU (Punjab)', 'Staff']]);
    expect(table!.rows).toEqual([['Who leads it?', 'The chief minister\nA secretary', '1,200']]);
    expect(table!.cells[0]![1]!.bulletLists).toEqual([['The chief minister', 'A secretary']]);
  });
});

describe('DOCX export of the sample brief', () => {
  it('exports the resolved "From Policy to Action" brief with every footnote and its landscape annex', async () => {
    const items = new Map<string, Item>(
      SAMPLE_LIBRARY.map((sample) => [
        sample.id,
        { id: sample.id, kind: sample.kind, data: KINDS[sample.kind].data.parse(sample.data), createdAt: '', updatedAt: '' } as Item,
      ]),
    );
    const document = items.get(POLICY_TO_ACTION_DOCUMENT_ID);
    if (document?.kind !== 'document') throw new Error('the sample library has no brief');
    const resolved = resolveDocument(document.data, getTemplate(document.data.templateId), items);
    expect(resolved.broken).toEqual([]);

    const out = await exported(resolved);
    const notes = out.part('word/footnotes.xml').match(/<w:footnote w:id="\d+">/g) ?? [];
    expect(notes).toHaveLength(resolved.footnoteCount);
    expect(out.document).toContain('w:orient="landscape"');
    const lessons = paragraphs(out.document).filter((paragraph) => /^Lesson \d+:/.test(paragraph.text));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    expect(new Set(lessons.map((paragraph) => paragraph.style))).toEqual(new Set(['Heading2']));
  });
});
