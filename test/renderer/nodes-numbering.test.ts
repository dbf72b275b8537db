import { createHeadlessEditor } from '@lexical/headless';
import { $getNodeByKey, $getRoot, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { documentState, footnote, lessonRef, paragraph, section } from '../../electron/core/briefing/build';
import {
  $createFootnoteNode,
  $createLessonNode,
  $isFootnoteNode,
  $isLessonNode,
  BRIEFING_EDITOR_NODES,
} from '../../renderer/src/editor/nodes';
import { lessonHeading } from '../../renderer/src/editor/nodes/components/LessonCard';
import { noteStart } from '../../renderer/src/editor/nodes/components/FootnoteMarker';
import { $numberedNodes, DocumentNumbering, NumberStore } from '../../renderer/src/editor/nodes/numbering';

// Lessons and footnotes are numbered by where they stand in the document, and
// a change wakes only the markers whose number changed.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function editorWith(state: ReturnType<typeof documentState>): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: BRIEFING_EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

/** What each node's marker would show: the note's words or the lesson's id, with its number. */
function numbered(editor: LexicalEditor, numbering: DocumentNumbering): { lessons: string[]; footnotes: string[] } {
  return editor.getEditorState().read(() => {
    const { lessons, footnotes } = $numberedNodes();
    return {
      lessons: lessons.map((key) => {
        const node = $getNodeByKey(key);
        return `${numbering.lessons.number(key)}: ${$isLessonNode(node) ? node.getData().lessonId : '?'}`;
      }),
      footnotes: footnotes.map((key) => {
        const node = $getNodeByKey(key);
        return `${numbering.footnotes.number(key)}: ${$isFootnoteNode(node) ? node.getData().note : '?'}`;
      }),
    };
  });
}

describe('numbering lessons and footnotes', () => {
  const state = documentState(
    section('introduction', [
      paragraph('Delivery', footnote('First note.'), ' units', footnote('Second note.')),
      paragraph('More', footnote('Third note.')),
    ]),
    section('lessons', [lessonRef(id(1)), paragraph('Between', footnote('Fourth note.')), lessonRef(id(2))]),
  );

  it('numbers them in reading order, across sections and paragraphs', () => {
    const editor = editorWith(state);
    const numbering = new DocumentNumbering(editor);
    numbering.renumber();
    expect(numbered(editor, numbering)).toEqual({
      lessons: [`1: ${id(1)}`, `2: ${id(2)}`],
      footnotes: ['1: First note.', '2: Second note.', '3: Third note.', '4: Fourth note.'],
    });
  });

  it('renumbers after a footnote is added early and a lesson is moved to the front', () => {
    const editor = editorWith(state);
    const numbering = new DocumentNumbering(editor);
    numbering.renumber();
    editor.update(
      () => {
        const [introduction, lessons] = $getRoot().getChildren<ElementNode>();
        if (!introduction || !lessons) throw new Error('the document should have two sections');
        introduction.getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow().insertBefore($createFootnoteNode('New first note.'));
        lessons.getFirstChildOrThrow().insertBefore(lessons.getLastChildOrThrow());
        lessons.append($createLessonNode(id(3)));
      },
      { discrete: true },
    );
    numbering.renumber();
    expect(numbered(editor, numbering)).toEqual({
      lessons: [`1: ${id(2)}`, `2: ${id(1)}`, `3: ${id(3)}`],
      footnotes: ['1: New first note.', '2: First note.', '3: Second note.', '4: Third note.', '5: Fourth note.'],
    });
  });
});

describe('the number store', () => {
  it('tells only the markers whose number changed', () => {
    const store = new NumberStore();
    store.setOrder(['a', 'b', 'c', 'd']);
    const woken: string[] = [];
    for (const key of ['a', 'b', 'c', 'd']) store.subscribe(key, () => woken.push(key));

    // "c" removed: "a" and "b" keep 1 and 2; "d" becomes 3.
    expect(store.setOrder(['a', 'b', 'd'])).toEqual(['d', 'c']);
    expect(woken).toEqual(['d', 'c']);
    expect([store.number('a'), store.number('d'), store.number('c')]).toEqual([1, 3, null]);
  });

  it('wakes no one when the order is unchanged, and stops waking a marker that unsubscribed', () => {
    const store = new NumberStore();
    store.setOrder(['a', 'b']);
    let wakes = 0;
    const stop = store.subscribe('a', () => wakes++);
    expect(store.setOrder(['a', 'b'])).toEqual([]);
    stop();
    store.setOrder(['b', 'a']);
    expect(wakes).toBe(0);
    expect(store.number('a')).toBe(2);
  });
});

describe('what a lesson card and a footnote marker are called', () => {
  it('labels a lesson by the template’s numbering', () => {
    expect(lessonHeading('Lesson {n}:', 2, 'Build trust')).toBe('Lesson 2: Build trust');
    expect(lessonHeading('Module lesson {n} –', 10, 'Data')).toBe('Module lesson 10 – Data');
    expect(lessonHeading('', 3, 'Just the title')).toBe('Just the title');
  });

  it('names a footnote by the start of its note', () => {
    expect(noteStart('  Policy   execution, as defined here. ')).toBe('Policy execution, as defined here.');
    const long = 'Delivery units were set up in Punjab in 2014 and in Khyber Pakhtunkhwa soon after that.';
    expect(noteStart(long)).toBe('Delivery units were set up in Punjab in 2014 and in Khyber…');
    expect(noteStart(long).length).toBeLessThanOrEqual(60);
  });
});
