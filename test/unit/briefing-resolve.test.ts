import { describe, expect, it } from 'vitest';
import type { Item, KindInput } from '../../shared/domain';
import { KINDS, type Kind } from '../../shared/domain';
import { richText, type RichTextNode } from '../../shared/richtext';
import {
  bulletList,
  commitmentsTable,
  comparisonTable,
  dataTable,
  documentState,
  eventDetails,
  footnote,
  lessonRef,
  link,
  paragraph,
  pinnedLesson,
  readingList,
  section,
  table,
} from '../../electron/core/briefing/build';
import type { Block, LessonBlock, ListBlock, TableBlock } from '../../electron/core/briefing/model';
import { dateRange } from '../../shared/dates';
import { inlineText, resolveDocument } from '../../electron/core/briefing/resolve';
import { getTemplate } from '../../electron/core/briefing/templates';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A library of a few items, looked up by id as the store would. */
function library(...items: [number, Kind, KindInput<Kind>][]) {
  const byId = new Map<string, Item>(
    items.map(([n, kind, data]) => [
      ID(n),
      { id: ID(n), kind, data: KINDS[kind].data.parse(data), createdAt: '', updatedAt: '' } as Item,
    ]),
  );
  return { get: (id: string) => byId.get(id) };
}

function resolve(sections: RichTextNode[], lookup = library(), templateId = 'from-policy-to-action') {
  const state = documentState(...sections);
  return resolveDocument({ title: 'Stored title', templateId, state, author: 'A. Writer', subject: '', tags: [], sourceIds: [] }, getTemplate(templateId), lookup);
}

function blocksOf(sections: RichTextNode[], lookup = library()): Block[] {
  return resolve(sections, lookup).sections.flatMap((s) => s.blocks);
}

const LESSON = (title: string, quote: string | null = 'A quote.') => ({
  title,
  quote: quote ? { text: quote, attribution: 'A participant' } : null,
  body: richText('Body text.'),
});

describe('resolving a document for export and checking', () => {
  it('takes the title and subtitle from the title section, and numbers lessons in document order', () => {
    const lookup = library([1, 'lesson', LESSON('First')], [2, 'lesson', LESSON('Second')]);
    const resolved = resolve(
      [
        section('title', [paragraph('Printed title'), paragraph('Its subtitle')]),
        section('lessons', [lessonRef(ID(2)), pinnedLesson(LESSON('Pinned'), ID(1)), lessonRef(ID(1))]),
      ],
      lookup,
    );
    expect(resolved.title).toBe('Printed title');
    expect(resolved.subtitle).toBe('Its subtitle');
    const lessons = resolved.sections[1]!.blocks as LessonBlock[];
    expect(lessons.map((lesson) => [lesson.label, lesson.title, lesson.pinned])).toEqual([
      ['Lesson 1:', 'Second', false],
      ['Lesson 2:', 'Pinned', true],
      ['Lesson 3:', 'First', false],
    ]);
  });

  it('falls back to the stored title, and uses the template’s heading unless the section has its own', () => {
    const resolved = resolve([section('introduction', [paragraph('Text.')]), section('lessons', [], 'Six lessons')]);
    expect(resolved.title).toBe('Stored title');
    expect(resolved.sections.map((s) => s.heading)).toEqual(['Introduction', 'Six lessons']);
  });

  it('numbers footnotes across the document, inside lessons and table cells too, and cites their source', () => {
    const lookup = library(
      [1, 'source', { title: 'A report', type: 'report', authors: ['Ayesha Khan'], date: '2017-11', publisher: 'DFID' }],
      [2, 'lesson', { ...LESSON('With a note'), body: { root: { ...richText('x').root, children: [paragraph('Body', footnote('In the lesson.'))] } } }],
    );
    const resolved = resolve(
      [
        section('introduction', [paragraph('One', footnote('First note.'), ' two', footnote('Second note', ID(1)))]),
        section('lessons', [lessonRef(ID(2))]),
        section('annex', [table([['Head'], [[paragraph('Cell', footnote('In a cell.'))]]])]),
      ],
      lookup,
    );
    expect(resolved.footnoteCount).toBe(4);
    const notes: string[] = [];
    const collect = (blocks: Block[]): void => {
      for (const block of blocks) {
        if (block.type === 'paragraph') for (const run of block.inlines) if (run.type === 'footnote') notes.push(`${run.number} ${run.text}`);
        if (block.type === 'lesson') collect(block.body);
        if (block.type === 'table') block.rows.flat().forEach((cell) => collect(cell.blocks));
      }
    };
    resolved.sections.forEach((s) => collect(s.blocks));
    expect(notes).toEqual(['1 First note.', '2 Second note. Source: Ayesha Khan (2017). A report. DFID.', '3 In the lesson.', '4 In a cell.']);
  });

  it('keeps nested lists under their item, as Lexical nests them', () => {
    const nested: RichTextNode = {
      ...bulletList(['Parent', 'Sibling']),
    };
    const inner = bulletList(['Child']);
    nested.children!.splice(1, 0, { type: 'listitem', version: 1, children: [inner], direction: 'ltr', format: '', indent: 0, value: 2 });
    const [list] = blocksOf([section('next-steps', [nested])]) as ListBlock[];
    expect(list!.items).toHaveLength(2);
    expect(list!.items[0]!.map((block) => block.type)).toEqual(['paragraph', 'list']);
    expect((list!.items[0]![1] as ListBlock).items[0]![0]).toEqual({ type: 'paragraph', role: 'body', inlines: [{ type: 'text', text: 'Child' }] });
  });

  it('exports only web and mail links; other schemes become plain text', () => {
    const [block] = blocksOf([
      section('introduction', [paragraph(link('https://example.org', 'web'), ' ', link('javascript:alert(1)', 'script'), ' ', link('mailto:a@b.org', 'mail'))]),
    ]);
    const runs = block!.type === 'paragraph' ? block!.inlines : [];
    expect(runs.map((run) => run.type)).toEqual(['link', 'text', 'text', 'text', 'link']);
    expect(inlineText(runs)).toBe('web script mail');
  });

  it('sets out a comparison as a row per question and a column per unit, or transposed', () => {
    const lookup = library(
      [1, 'unit', { name: 'Special Monitoring Unit', government: 'Government of Punjab', level: 'provincial' }],
      [2, 'unit', { name: 'Strategic Support Unit', government: 'Government of Khyber Pakhtunkhwa', level: 'provincial' }],
      [
        3,
        'comparison',
        {
          title: 'SMU and SSU',
          unitIds: [ID(1), ID(2)],
          questions: [
            { id: 'q1', text: 'Where does it sit?', cells: { [ID(1)]: { points: ['CM office'] }, [ID(2)]: { points: ['CM office', 'Peshawar'] } } },
            { id: 'q2', text: 'Who funds it?', cells: { [ID(1)]: { points: ['Punjab'] } } },
          ],
        },
      ],
    );
    const [plain] = blocksOf([section('annex', [comparisonTable(ID(3), { questionIds: ['q2', 'q1'], unitIds: [ID(2), ID(1)] })])], lookup) as TableBlock[];
    const text = (table: TableBlock) => table.rows.map((row) => row.map((cell) => cell.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.inlines) : b.type === 'list' ? `[${b.items.length} points]` : '')).join(' / ')));
    expect(text(plain!)).toEqual([
      ['Question', 'Strategic Support Unit / Government of Khyber Pakhtunkhwa', 'Special Monitoring Unit / Government of Punjab'],
      ['Who funds it?', '', '[1 points]'],
      ['Where does it sit?', '[2 points]', '[1 points]'],
    ]);
    expect(plain!.caption).toBe('SMU and SSU');
    const [transposed] = blocksOf([section('annex', [comparisonTable(ID(3), { transposed: true })])], lookup) as TableBlock[];
    expect(text(transposed!)[0]).toEqual(['Delivery unit', 'Where does it sit?', 'Who funds it?']);
    expect(transposed!.rows).toHaveLength(3);
  });

  it('formats data tables with units and numbers, commitments with owners, and a workshop’s facts', () => {
    const lookup = library(
      [1, 'table', { title: 'BISP', columns: [{ label: 'Year' }, { label: 'Released', unit: 'Rs billion', type: 'number' }], rows: [['2019-20', 214.1], ['2020-21', 1234567.5]], notes: 'Source: survey.' }],
      [2, 'commitment', { number: 1, text: 'Form a committee.', owner: 'Provinces', frequency: 'Quarterly', details: ['Meet often'] }],
      [3, 'workshop', { title: 'Islamabad workshop', startDate: '2017-11-13', endDate: '2017-11-14', place: 'Islamabad', organisers: ['UK Cabinet Office'] }],
    );
    const blocks = blocksOf(
      [section('annex', [dataTable(ID(1)), commitmentsTable([ID(2)]), eventDetails(ID(3))])],
      lookup,
    ) as TableBlock[];
    const cellText = (table: TableBlock, row: number, column: number) =>
      table.rows[row]![column]!.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.inlines) : b.type)).join(' + ');
    expect(cellText(blocks[0]!, 0, 1)).toBe('Released (Rs billion)');
    expect(cellText(blocks[0]!, 2, 1)).toBe('1,234,567.5');
    expect(blocks[0]!.numericColumns).toEqual([1]);
    expect(blocks[0]!.note).toBe('Source: survey.');
    expect(cellText(blocks[1]!, 1, 1)).toBe('Form a committee. + list');
    expect([cellText(blocks[1]!, 1, 2), cellText(blocks[1]!, 1, 3), cellText(blocks[1]!, 1, 4)]).toEqual(['Provinces', 'Quarterly', 'Agreed']);
    expect(cellText(blocks[2]!, 1, 1)).toBe('13–14 November 2017');
  });

  it('shows a missing library item as a placeholder and records it as broken, with its section', () => {
    const lookup = library([1, 'source', { title: 'Not a lesson', type: 'other' }]);
    const resolved = resolve([section('lessons', [lessonRef(ID(9)), lessonRef(ID(1))]), section('reading', [readingList([ID(9)])])], lookup);
    expect(resolved.sections[0]!.blocks.map((block) => block.type)).toEqual(['missing', 'missing']);
    expect(resolved.broken.map((broken) => [broken.sectionId, broken.kind, broken.problem])).toEqual([
      ['lessons', 'lesson', `refers to a lesson (${ID(9)}) that is not in the library`],
      ['lessons', 'lesson', `refers to ${ID(1)}, which is a source, not a lesson`],
      ['reading', 'source', `refers to a source (${ID(9)}) that is not in the library`],
    ]);
  });

  it('writes date ranges as people do', () => {
    expect(dateRange('2017-11-13', '2017-11-14')).toBe('13–14 November 2017');
    expect(dateRange('2017-11-13', '2017-11-13')).toBe('13 November 2017');
    expect(dateRange('2017-11-30', '2017-12-02')).toBe('30 November – 2 December 2017');
    expect(dateRange('2017-12-30', '2018-01-02')).toBe('30 December 2017 – 2 January 2018');
  });

  it('keeps the content of element nodes it does not know, and drops empty paragraphs', () => {
    const unknown: RichTextNode = { type: 'collapsible-container', version: 1, children: [paragraph('Kept text.'), paragraph()] };
    const blocks = blocksOf([section('introduction', [unknown, paragraph('  ')])]);
    expect(blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.inlines) : block.type))).toEqual(['Kept text.']);
  });
});
