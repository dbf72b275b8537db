import {
  $createParagraphNode,
  $createTextNode,
  $isParagraphNode,
  $setSelection,
  RootNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { commitmentsTable, documentState, paragraph, section } from '../../electron/core/briefing/build';
import { newDocumentState } from '../../electron/core/briefing/new-document';
import { TEMPLATES } from '../../electron/core/briefing/templates';
import { sampleDocuments } from '../../electron/core/library/sample/documents';
import { briefingNodeProblems } from '../../shared/briefing';
import type { RichText, RichTextNode } from '../../shared/richtext';
import { $insertLibraryItem, $placeAtSelection, isInsertableKind, type InsertableItem } from '../../renderer/src/editor/insert';
import { $appendBlock, $firstBlockOf, $keepRootAsSections, $lastBlockOf } from '../../renderer/src/editor/sections';
import { $section, briefEditor, storedState } from './brief-editor';

// What a writer gets when a library item goes into a brief (dropped, or
// inserted from the palette): the item's node, next to the block the caret is
// in, inside that block's template section, never loose at the top level.

const template = TEMPLATES.find((candidate) => candidate.id === 'from-policy-to-action')!;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function editorWith(state: RichText, { keepSections = false } = {}): LexicalEditor {
  return briefEditor(state, { template, keepSections });
}

const stored = storedState;

function sectionOf(state: RichText, sectionId: string): RichTextNode[] {
  return state.root.children.find((node) => node.sectionId === sectionId)?.children ?? [];
}

/** Inserts as the editor does: at the caret, in one update. */
function insertAtCaret(editor: LexicalEditor, item: InsertableItem, placeCaret?: () => void): void {
  editor.update(
    () => {
      if (placeCaret) placeCaret();
      else $setSelection(null);
      const place = $placeAtSelection(item.kind, template);
      if (place) $insertLibraryItem(item, place);
    },
    { discrete: true },
  );
}

const newBrief = () => newDocumentState(template, { title: 'Delivery in Sindh' });

describe('inserting a library item', () => {
  it('puts a lesson after the paragraph the caret is in, in the same section', () => {
    const editor = editorWith(documentState(section('title', [paragraph('A brief')]), section('introduction', [paragraph('First.'), paragraph('Second.')])));
    insertAtCaret(editor, { kind: 'lesson', id: id(1) }, () => {
      const first = $firstBlockOf($section('introduction'));
      if (!$isParagraphNode(first)) throw new Error('expected a paragraph');
      first.select(2, 2);
    });
    const state = stored(editor);
    expect(sectionOf(state, 'introduction').map((node) => node.type)).toEqual(['paragraph', 'lesson', 'paragraph']);
    expect(sectionOf(state, 'introduction')[1]).toMatchObject({ type: 'lesson', version: 1, lessonId: id(1), pinned: null });
    expect(state.root.children.every((node) => node.type === 'section')).toBe(true);
    expect(briefingNodeProblems(state.root)).toEqual([]);
  });

  it('keeps lessons put one after another into an empty section in order, with a line to type in after them', () => {
    const editor = editorWith(newBrief());
    const inLessons = () => ($firstBlockOf($section('lessons')) as ReturnType<typeof $createParagraphNode>).select();
    insertAtCaret(editor, { kind: 'lesson', id: id(1) }, inLessons);
    // The caret is now on the empty line after the first lesson, where the next one goes.
    insertAtCaret(editor, { kind: 'lesson', id: id(2) }, () => {});
    insertAtCaret(editor, { kind: 'lesson', id: id(3) }, () => {});
    const lessons = sectionOf(stored(editor), 'lessons');
    expect(lessons.map((node) => node.lessonId ?? node.type)).toEqual([id(1), id(2), id(3), 'paragraph']);
  });

  it('without a caret, puts an item in the section of the template made for it', () => {
    const editor = editorWith(newBrief());
    insertAtCaret(editor, { kind: 'lesson', id: id(1) });
    insertAtCaret(editor, { kind: 'comparison', id: id(2) });
    const state = stored(editor);
    expect(sectionOf(state, 'lessons')[0]).toMatchObject({ type: 'lesson', lessonId: id(1) });
    expect(sectionOf(state, 'annex')[0]).toMatchObject({
      type: 'comparisontable',
      comparisonId: id(2),
      unitIds: [],
      questionIds: [],
      transposed: false,
      caption: '',
    });
  });

  it('adds a commitment to the commitments table the caret is after, once', () => {
    const editor = editorWith(documentState(section('title', [paragraph('A brief')]), section('next-steps', [commitmentsTable([id(1)]), paragraph()])));
    const afterTable = () => ($lastBlockOf($section('next-steps')) as ReturnType<typeof $createParagraphNode>).select();
    insertAtCaret(editor, { kind: 'commitment', id: id(2) }, afterTable);
    insertAtCaret(editor, { kind: 'commitment', id: id(2) }, afterTable);
    expect(sectionOf(stored(editor), 'next-steps')).toMatchObject([{ type: 'commitmentstable', commitmentIds: [id(1), id(2)] }, { type: 'paragraph' }]);
  });

  it('quotes a workshop quote as a pull quote with its speaker, and copies a plain note as a paragraph', () => {
    const editor = editorWith(newBrief());
    const intro = () => ($firstBlockOf($section('introduction')) as ReturnType<typeof $createParagraphNode>).select();
    insertAtCaret(editor, { kind: 'note', id: id(1), note: { noteType: 'quote', text: 'Delivery is the end goal.', speaker: 'A minister' } }, intro);
    insertAtCaret(editor, { kind: 'note', id: id(2), note: { noteType: 'action', text: 'Share the stocktake format.', speaker: '' } }, () => {});
    expect(sectionOf(stored(editor), 'introduction')).toMatchObject([
      { type: 'pullquote', attribution: 'A minister', children: [{ type: 'text', text: 'Delivery is the end goal.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Share the stocktake format.' }] },
      { type: 'paragraph', children: [] },
    ]);
  });

  it('refuses documents and delivery units, which cannot go into a document', () => {
    expect(isInsertableKind('document')).toBe(false);
    expect(isInsertableKind('unit')).toBe(false);
    expect(['lesson', 'comparison', 'table', 'commitment', 'workshop', 'source', 'note'].every((kind) => isInsertableKind(kind as never))).toBe(true);
  });
});

describe('the sections of a document', () => {
  it.each(sampleDocuments.flatMap((item) => (item.kind === 'document' ? [[item.data.title, item.data.templateId, item.data.state] as const] : [])))(
    'are left as they are in the sample document "%s"',
    (_title, templateId, state) => {
      const json = JSON.parse(JSON.stringify(state)) as RichText;
      const own = TEMPLATES.find((candidate) => candidate.id === templateId)!;
      const editor = editorWith(json);
      editor.registerNodeTransform(RootNode, (root) => $keepRootAsSections(root, own));
      // Any edit runs the root's transform.
      editor.update(() => $appendBlock($section(json.root.children[0]!.sectionId as string), $createParagraphNode()), { discrete: true });
      editor.update(() => $lastBlockOf($section(json.root.children[0]!.sectionId as string))!.remove(), { discrete: true });
      expect(stored(editor)).toStrictEqual(json);
    },
  );

  it('take in a block that lands outside every section, and come back when a selection deleted one', () => {
    const editor = editorWith(newBrief(), { keepSections: true });
    editor.update(
      () => {
        $section('introduction').insertAfter($createParagraphNode().append($createTextNode('Stray')));
        $section('lessons').remove();
      },
      { discrete: true },
    );
    const state = stored(editor);
    expect(state.root.children.map((node) => node.sectionId)).toEqual(template.sections.map((spec) => spec.id));
    expect(sectionOf(state, 'introduction').at(-1)).toMatchObject({ type: 'paragraph', children: [{ text: 'Stray' }] });
    expect(sectionOf(state, 'lessons')).toMatchObject([{ type: 'paragraph', children: [] }]);
  });
});
