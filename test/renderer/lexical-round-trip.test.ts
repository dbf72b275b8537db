import { createHeadlessEditor } from '@lexical/headless';
import { $createTextNode, $getRoot, $isParagraphNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BRIEFING_NODES, briefingNodeProblems } from '../../shared/briefing';
import { richText, RichTextSchema, type RichText, type RichTextNode } from '../../shared/richtext';
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
import { newDocumentState } from '../../electron/core/briefing/new-document';
import { TEMPLATES } from '../../electron/core/briefing/templates';
import { sampleDocuments } from '../../electron/core/library/sample/documents';
import {
  $createFootnoteNode,
  $createPullQuoteNode,
  $isSectionNode,
  BRIEFING_EDITOR_NODES,
} from '../../renderer/src/editor/nodes';

// The stored state of a document is Lexical's own: the editor loads it and
// writes back exactly what was stored, so opening and saving a document
// changes nothing, and what the editor saves is what the exporters read.

function briefingEditor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: BRIEFING_EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

/** The JSON a state is stored as. */
function stored(state: unknown): RichText {
  return RichTextSchema.parse(JSON.parse(JSON.stringify(state)));
}

/** What the editor writes after loading a stored state. */
function loadAndSave(state: RichText): RichText {
  const editor = briefingEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return stored(editor.getEditorState().toJSON());
}

function nodesOf(node: RichTextNode, found: RichTextNode[] = []): RichTextNode[] {
  found.push(node);
  for (const child of node.children ?? []) nodesOf(child, found);
  return found;
}

/** Pinned lessons keep their body as rich text of its own, which the editor will load too. */
function pinnedBodies(state: RichText): RichText[] {
  return nodesOf(state.root).flatMap((node) => {
    const pinned = node.type === 'lesson' ? (node.pinned as { body: RichText } | null) : null;
    return pinned ? [pinned.body] : [];
  });
}

function expectLexicalWritesItBack(state: RichText): void {
  const json = stored(state);
  expect(loadAndSave(json)).toStrictEqual(json);
  for (const body of pinnedBodies(json)) expect(loadAndSave(body)).toStrictEqual(body);
}

const documents = sampleDocuments.flatMap((item) =>
  item.kind === 'document' ? [{ title: item.data.title, state: stored(item.data.state) }] : [],
);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('a document as Lexical reads and writes it', () => {
  it.each(documents.map((document) => [document.title, document.state] as const))('sample document "%s"', (_title, state) => {
    expectLexicalWritesItBack(state);
  });

  it('the sample documents between them hold every briefing node', () => {
    const types = new Set(documents.flatMap((document) => nodesOf(document.state.root).map((node) => node.type)));
    expect(Object.keys(BRIEFING_NODES).filter((type) => !types.has(type))).toEqual([]);
  });

  it.each(TEMPLATES.map((template) => [template.id, template] as const))('a new document from the template "%s"', (_id, template) => {
    expectLexicalWritesItBack(newDocumentState(template, { title: 'From Policy to Action', subtitle: 'Six lessons' }));
  });

  it('a document made with every builder', () => {
    expectLexicalWritesItBack(
      documentState(
        section(
          'introduction',
          [
            paragraph('Delivery units drive **priorities**', footnote('As defined here.', id(1)), ' across *government*. ', 'More.'),
            paragraph('See ', link('https://example.org/report', 'the **report**'), lineBreak(), 'for more.'),
            heading3('Provincial *experience*'),
            bulletList(['Routines', ['Data ', footnote('From the units.')]]),
            numberedList(['Set priorities', 'Track them']),
            pullQuote('Delivery is the *end goal*.', 'A minister'),
            table([
              ['Unit', 'Approach'],
              ['SMU', [paragraph('Stocktakes'), bulletList(['monthly', 'with the chief minister'])]],
            ]),
            table([['no header']], { header: false }),
          ],
          'Why delivery',
        ),
        section('lessons', [
          lessonRef(id(2)),
          pinnedLesson({ title: 'Lesson', quote: { text: 'Focus.' }, body: richText('One **two** *three*', '- a\n- b') }, id(3)),
          comparisonTable(id(4), { unitIds: [id(5)], questionIds: ['q1'], transposed: true, caption: 'SMU and SSU' }),
          dataTable(id(6), 'Financial achievements'),
          commitmentsTable([id(7)]),
          eventDetails(id(8)),
          readingList([id(9)]),
        ]),
      ),
    );
  });
});

describe('an edit in the Lexical editor', () => {
  it('saves a footnote in a paragraph and a pull quote after it as valid briefing nodes', () => {
    const template = TEMPLATES.find((candidate) => candidate.id === 'from-policy-to-action')!;
    const editor = briefingEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(newDocumentState(template, { title: 'From Policy to Action' }))));

    editor.update(
      () => {
        const introduction = $getRoot()
          .getChildren()
          .find((node) => $isSectionNode(node) && node.getSectionId() === 'introduction');
        const paragraph = $isSectionNode(introduction) ? introduction.getFirstChild() : null;
        if (!$isParagraphNode(paragraph)) throw new Error('the introduction should start with an empty paragraph');
        paragraph.append(
          $createTextNode('Delivery units drive priorities'),
          $createFootnoteNode('Policy execution, as defined here.', id(1)),
          $createTextNode(' across government.'),
        );
        paragraph.insertAfter($createPullQuoteNode('A minister').append($createTextNode('Delivery is the end goal.')));
      },
      { discrete: true },
    );

    const state = stored(editor.getEditorState().toJSON());
    expect(briefingNodeProblems(state.root)).toEqual([]);
    const introduction = state.root.children.find((node) => node.sectionId === 'introduction');
    expect(introduction?.children).toMatchObject([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Delivery units drive priorities' },
          { type: 'footnote', version: 1, note: 'Policy execution, as defined here.', sourceId: id(1) },
          { type: 'text', text: ' across government.' },
        ],
      },
      { type: 'pullquote', version: 1, attribution: 'A minister', children: [{ type: 'text', text: 'Delivery is the end goal.' }] },
    ]);
  });
});
