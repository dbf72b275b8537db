// Exported DOCX read back by independent programs: pandoc, LibreOffice and
// python-docx see what Word would show a reader.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/briefing';
import type { ItemOf } from '../../shared/domain';
import { richTextToPlain } from '../../shared/richtext';
import { sampleDocuments } from '../../electron/core/library/sample/documents';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { getTemplate } from '../../electron/core/briefing/templates';
import { createCore } from '../../electron/core/container';
import {
  openWithPythonDocx,
  pdfText,
  readWithPandoc,
  renderWithLibreOffice,
  requireReaders,
  type PandocView,
} from '../helpers/docx-readers';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';
import { tempCore, tempDir } from '../helpers/temp-library';

type Core = ReturnType<typeof createCore>;

async function exportTo(core: Core, documentId: string, format: ExportFormat, dir: string): Promise<string> {
  const exported = await core.api['documents.export']({ documentId, format });
  const file = join(dir, `${documentId}.${format}`);
  writeFileSync(file, Buffer.from(exported.base64, 'base64'));
  return file;
}

/** Text with typographic quotes and spaces made plain, as readers differ on them. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('the sample "From Policy to Action" brief as Word reads it', () => {
  let core: Core;
  let dir: string;
  let docx: string;
  let view: PandocView;

  beforeAll(async () => {
    await requireReaders();
    // tempCore and tempDir are cleaned after each test; this suite shares one export.
    dir = mkdtempSync(join(tmpdir(), 'rapporteur-conformance-'));
    core = createCore({ libraryPath: join(dir, 'library.sqlite'), onInternalError: () => undefined });
    docx = await exportTo(core, POLICY_TO_ACTION_DOCUMENT_ID, 'docx', dir);
    view = await readWithPandoc(docx);
  });

  afterAll(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the six lessons as headings, in order, with their titles', () => {
    const lessons = view.headings.filter((heading) => /^Lesson \d+:/.test(heading.text));
    expect(lessons.map((heading) => heading.text)).toEqual(BRIEFING_LESSON_TITLES.map((title, index) => `Lesson ${index + 1}: ${title}`));
    expect(new Set(lessons.map((heading) => heading.level)).size).toBe(1);
    const sections = view.headings.filter((heading) => heading.level < lessons[0]!.level).map((heading) => heading.text);
    expect(sections).toEqual([
      'Introduction',
      'Six lessons from Pakistan’s Delivery Units',
      'Contribution to the global debate',
      'Next steps',
      'Annex: comparison of delivery units',
    ]);
  });

  it('has the six lessons’ pull quotes', async () => {
    const { items } = await core.api['items.list']({ kind: 'lesson', sourceId: undefined, limit: 1000 });
    const quotes: string[] = [];
    for (const summary of items.filter((item) => BRIEFING_LESSON_TITLES.includes(item.title))) {
      const lesson = (await core.api['items.get']({ id: summary.id, kind: 'lesson' })) as ItemOf<'lesson'>;
      if (lesson.data.quote) quotes.push(plain(lesson.data.quote.text));
    }
    expect(quotes).toHaveLength(6);
    const read = view.blockQuotes.map(plain);
    for (const quote of quotes) expect(read.some((text) => text.includes(quote)), quote).toBe(true);
  });

  it('keeps the introduction’s notes as real footnotes', () => {
    expect(view.footnotes.length).toBeGreaterThanOrEqual(3);
    expect(view.footnotes[1]).toBe('The China Pakistan Economic Corridor.');
    expect(view.footnotes.some((note) => note.includes('13 and 14 November 2017'))).toBe(true);
    expect(view.text).not.toContain('China Pakistan Economic Corridor.\nThe');
  });

  it('asks the three open questions and lists the three next steps', async () => {
    const { items } = await core.api['items.list']({ kind: 'note', limit: 1000 });
    const notes = await Promise.all(items.map(async (item) => (await core.api['items.get']({ id: item.id, kind: 'note' })) as ItemOf<'note'>));
    const questions = notes.filter((note) => note.data.noteType === 'question').map((note) => plain(note.data.text));
    const actions = notes.filter((note) => note.data.session === 'Next steps').map((note) => plain(note.data.text));
    expect(questions).toHaveLength(3);
    expect(actions).toHaveLength(3);
    const lists = view.bulletLists.map((list) => list.map(plain));
    expect(lists).toContainEqual(expect.arrayContaining(questions));
    expect(lists.find((list) => list.includes(questions[0]!))).toHaveLength(3);
    expect(lists.find((list) => list.includes(actions[0]!))?.sort()).toEqual([...actions].sort());
  });

  it('ends with the place and date line before the annex', () => {
    expect(view.paragraphs.map(plain)).toContain('Islamabad 2018');
    const text = view.text;
    expect(text.indexOf('Islamabad 2018')).toBeLessThan(text.indexOf('Annex: comparison of delivery units'));
  });

  it('sets out the annex as one table: a row per question, a column per unit', async () => {
    const comparisons = await core.api['items.list']({ kind: 'comparison' });
    const summary = comparisons.items.find((item) => item.title.includes('SMU') || item.title.includes('Special Monitoring'))!;
    const comparison = (await core.api['items.get']({ id: summary.id, kind: 'comparison' })) as ItemOf<'comparison'>;
    expect(view.tables).toHaveLength(1);
    const [table] = view.tables;
    const header = table!.header[0]!.map(plain);
    expect(header).toHaveLength(1 + comparison.data.unitIds.length);
    expect(header[1]).toContain('Special Monitoring Unit');
    expect(header[2]).toContain('Strategic Support Unit');
    expect(table!.rows).toHaveLength(comparison.data.questions.length);
    expect(table!.rows.map((row) => plain(row[0]!))).toEqual(comparison.data.questions.map((question) => plain(question.text)));
    // Each answer is a list of points inside its cell.
    expect(table!.cells.slice(1).some((row) => row.slice(1).some((cell) => cell.blocks.includes('BulletList')))).toBe(true);
  });

  it('renders in LibreOffice to at least four pages, the annex on landscape pages', async () => {
    const { pdf, pages } = await renderWithLibreOffice(docx, dir);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const firstLandscape = pages.findIndex((page) => page.landscape);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(pages.slice(0, firstLandscape).every((page) => !page.landscape)).toBe(true);
    expect(pages.slice(firstLandscape).every((page) => page.landscape)).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain('Page 1 of');
    expect(text).toMatch(/Annex: comparison of\s+delivery units/);
  }, 120_000);

  it('opens in python-docx with its styles', async () => {
    const opened = await openWithPythonDocx(docx);
    expect(opened.tables).toBe(1);
    expect(opened.styles).toEqual(expect.arrayContaining(['Title', 'Heading 1', 'Heading 2', 'Quote']));
    expect(opened.fonts.styles['Title']).toBe(getTemplate('from-policy-to-action').styles.title.font);
  });
});

describe('every template’s sample document', () => {
  const samples = sampleDocuments.flatMap((document) => (document.kind === 'document' ? [[document.data.templateId, document.id] as const] : []));
  it.each(samples)(
    '%s exports to DOCX that pandoc reads with its headings, and to Markdown and HTML',
    async (templateId, documentId) => {
      await requireReaders('pandoc');
      const core = tempCore();
      const dir = tempDir();
      const template = getTemplate(templateId);
      const document = (await core.api['items.get']({ id: documentId, kind: 'document' })) as ItemOf<'document'>;
      const printed = document.data.state.root.children
        .map((node) => ({ node, spec: template.sections.find((spec) => spec.id === node.sectionId) }))
        .filter(({ spec }) => spec?.printHeading)
        .map(({ node, spec }) => plain(String(node.heading || spec!.heading)));

      const docx = await readWithPandoc(await exportTo(core, documentId, 'docx', dir));
      const headings = docx.headings.filter((heading) => heading.level === 1).map((heading) => plain(heading.text.replace(/^\d+\.\s*/, '')));
      expect(headings).toEqual(printed);
      // pandoc reads the title into the metadata; the body starts with the first section after it.
      const firstSection = document.data.state.root.children.find((node) => node.sectionId !== 'title')!;
      const firstWords = plain(richTextToPlain(firstSection)).split(' ').slice(0, 6).join(' ');
      expect(plain(docx.text)).toContain(firstWords);

      const md = await readWithPandoc(await exportTo(core, documentId, 'md', dir), 'markdown');
      expect(md.headings.filter((heading) => heading.level === 1).map((heading) => plain(heading.text.replace(/^\d+\.\s*/, '')))).toEqual(printed);
      expect(md.footnotes).toEqual(docx.footnotes);

      const html = await readWithPandoc(await exportTo(core, documentId, 'html', dir), 'html');
      expect(plain(html.text)).toContain(firstWords);
      expect(html.tables).toHaveLength(docx.tables.length);
    },
    60_000,
  );
});
