import { describe, expect, it } from 'vitest';
import { briefingNodeProblems, references } from '../../shared/briefing';
import { KINDS } from '../../shared/domain';
import { richText, richTextToPlain, type RichTextNode } from '../../shared/richtext';
import {
  bulletList,
  commitmentsTable,
  comparisonTable,
  dataTable,
  documentState,
  eventDetails,
  footnote,
  heading3,
  lessonRef,
  lineBreak,
  link,
  numberedList,
  paragraph,
  pinnedLesson,
  pullQuote,
  readingList,
  section,
  table,
} from '../../electron/core/briefing/build';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [LESSON, PINNED, COMPARISON, UNIT, DATA, COMMITMENT, WORKSHOP, SOURCE] = [1, 2, 3, 4, 5, 6, 7, 8].map(id) as [
  string, string, string, string, string, string, string, string,
];

const state = documentState(
  section('title', [paragraph('From Policy to Action'), paragraph('How to drive *successful* policy execution')]),
  section('introduction', [
    paragraph('Delivery units drive **priorities**', footnote('Policy execution, as defined here.', SOURCE), ' across government.'),
    paragraph('See ', link('https://example.org/report', 'the report'), lineBreak(), 'for more.'),
  ]),
  section(
    'lessons',
    [
      lessonRef(LESSON),
      pinnedLesson({ title: 'Build the right team', quote: { text: 'Everyone wants to deliver something.' }, body: richText('A mix of skills.') }, PINNED),
    ],
    'Six lessons',
  ),
  section('sessions', [
    heading3('Closing session'),
    pullQuote('When Government fails to turn policy into action, it fails its citizens.', 'Joanna Reid CBE'),
    bulletList(['First question?', ['Second ', footnote('A note.'), 'question?']]),
    numberedList(['Step one', 'Step two']),
    table([
      ['Action', 'Owner'],
      ['Share the note', [paragraph('Organisers, with:'), bulletList(['the Federal Government', 'the provinces'])]],
    ]),
  ]),
  section('annex', [
    comparisonTable(COMPARISON, { unitIds: [UNIT], questionIds: ['q01'] }),
    dataTable(DATA, 'BISP transfers'),
    commitmentsTable([COMMITMENT]),
    eventDetails(WORKSHOP),
    readingList([SOURCE]),
  ]),
);

function walk(node: RichTextNode, visit: (node: RichTextNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

describe('document builders', () => {
  it('build nodes the briefing schemas accept, in a document that saves', () => {
    expect(briefingNodeProblems(state.root)).toEqual([]);
    const parsed = KINDS.document.data.safeParse({ title: 'Brief', templateId: 'from-policy-to-action', state });
    expect(parsed.error).toBeUndefined();
  });

  it('build Lexical’s serialized shape: versions, element fields, text fields', () => {
    walk(state.root, (node) => {
      expect(node.version, node.type).toBe(1);
      if (node.type === 'text') {
        expect(node).toMatchObject({ detail: 0, mode: 'normal', style: '', format: expect.any(Number) });
      } else if (node.children) {
        expect(node, node.type).toMatchObject({ direction: 'ltr', format: '', indent: 0 });
      }
    });
  });

  it('write text that plain-text reading gets back, bold and italic included', () => {
    const plain = richTextToPlain(state);
    expect(plain).toContain('From Policy to Action\nHow to drive successful policy execution');
    expect(plain).toContain('Delivery units drive priorities across government.');
    expect(plain).toContain('When Government fails to turn policy into action, it fails its citizens.');
    expect(plain).toContain('Second question?');
    expect(plain).toContain('Action\nOwner\nShare the note\nOrganisers, with:\nthe Federal Government\nthe provinces');
    const formats = new Map<string, unknown>();
    walk(state.root, (node) => {
      if (node.type === 'text' && node.text) formats.set(node.text, node.format);
    });
    expect(formats.get('priorities')).toBe(1);
    expect(formats.get('successful')).toBe(2);
  });

  it('mark the first row of a table as its header and hold lists in cells', () => {
    const rows = table([['Action', 'Owner'], ['Share', bulletList(['One', 'Two'])]]).children ?? [];
    expect(rows.map((row) => row.children?.map((cell) => cell.headerState))).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(rows[1]?.children?.[1]?.children?.[0]).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul' });
    expect(table([['a', 'b']], { header: false }).children?.[0]?.children?.[0]?.headerState).toBe(0);
  });

  it('number lists and keep a section’s heading override', () => {
    expect(numberedList(['a'])).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 1 });
    expect(state.root.children.map((node) => node.heading)).toEqual(['', '', 'Six lessons', '', '']);
  });

  it('record every library item they refer to, in document order (a pinned copy stands on its own)', () => {
    expect(references(state.root)).toEqual([
      { id: SOURCE, kind: 'source' },
      { id: LESSON, kind: 'lesson' },
      { id: COMPARISON, kind: 'comparison' },
      { id: DATA, kind: 'table' },
      { id: COMMITMENT, kind: 'commitment' },
      { id: WORKSHOP, kind: 'workshop' },
    ]);
  });

  it('leave mistakes to the schemas to report', () => {
    const broken = documentState(section('commitments', [commitmentsTable([]), footnote('   ')]));
    expect(briefingNodeProblems(broken.root).map((problem) => problem.message)).toEqual([
      expect.stringContaining('commitmentstable'),
      expect.stringContaining('footnote'),
    ]);
  });
});
