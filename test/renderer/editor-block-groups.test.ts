import fc from 'fast-check';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  $getSelection,
  DELETE_CHARACTER_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { registerMarkdownShortcuts } from '@lexical/markdown';
import { describe, expect, it } from 'vitest';
import { documentState, heading3, paragraph, section } from '../../electron/core/briefing/build';
import { newDocumentState } from '../../electron/core/briefing/new-document';
import { sampleDocuments } from '../../electron/core/library/sample/documents';
import type { RichText, RichTextNode } from '../../shared/richtext';
import { GROUP_SIZE, MAX_GROUP_SIZE, withBlockGroups, withoutBlockGroups } from '../../renderer/src/editor/block-groups';
import type { BriefingState } from '../../renderer/src/editor/BriefEditor';
import { MARKDOWN_SHORTCUTS } from '../../renderer/src/editor/markdown-shortcuts';
import { $isBlockGroupNode } from '../../renderer/src/editor/nodes';
import { $appendBlock, $blocksOf } from '../../renderer/src/editor/sections';
import { $section, briefEditor, heldState, POLICY_TEMPLATE, storedState } from './brief-editor';

// In the editor a section's blocks sit in groups of about twenty, so that
// Chromium can skip the ones out of view whole (bench/typing). The writer must
// never notice them: what is stored, and what editing does at a group's edge,
// are as if there were none.

const paragraphs = (count: number, prefix = 'Paragraph') => Array.from({ length: count }, (_, index) => paragraph(`${prefix} ${index + 1}`));
const grouped = (state: RichText) => withBlockGroups(state as unknown as BriefingState) as unknown as RichText;
const ungrouped = (state: RichText) => withoutBlockGroups(state as unknown as BriefingState) as unknown as RichText;

function groupsOf(state: RichText, sectionId: string): RichTextNode[][] {
  const found = state.root.children.find((node) => node.sectionId === sectionId);
  return (found?.children ?? []).map((group) => {
    expect(group.type).toBe('block-group');
    return group.children ?? [];
  });
}

const textOf = (node: RichTextNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));

function $text(content: string): TextNode {
  const found = $getRoot()
    .getAllTextNodes()
    .find((node) => node.getTextContent() === content);
  if (!found) throw new Error(`no text "${content}"`);
  return found;
}

function select(editor: LexicalEditor, from: [string, number], to: [string, number]): void {
  editor.update(
    () => {
      const selection = $createRangeSelection();
      selection.anchor.set($text(from[0]).getKey(), from[1], 'text');
      selection.focus.set($text(to[0]).getKey(), to[1], 'text');
      $setSelection(selection);
    },
    { discrete: true },
  );
}

const longIntroduction = () =>
  documentState(section('title', [paragraph('A brief')]), section('introduction', paragraphs(GROUP_SIZE + 5)), section('lessons', [paragraph('')]));

describe('block groups in the stored document', () => {
  const blockArbitrary = fc.oneof(
    fc.string({ maxLength: 12 }).map((text) => paragraph(text)),
    fc.string({ minLength: 1, maxLength: 12 }).map((text) => heading3(text)),
  );
  const stateArbitrary = fc
    .array(fc.array(blockArbitrary, { maxLength: 130 }), { minLength: 1, maxLength: 4 })
    .map((sections) => documentState(...sections.map((blocks, index) => section(`s${index}`, blocks))));

  it('are taken out again exactly as they were put in, in groups no bigger than the most, starting at a paragraph where one comes', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const held = grouped(state);
        expect(ungrouped(held)).toStrictEqual(state);
        for (const node of held.root.children) {
          const groups = groupsOf(held, node.sectionId as string);
          for (const [index, group] of groups.entries()) {
            expect(group.length).toBeGreaterThan(0);
            expect(group.length).toBeLessThanOrEqual(MAX_GROUP_SIZE);
            // A group after the first starts with a paragraph unless the one before had to stop at the most.
            if (index > 0 && group[0]!.type !== 'paragraph') expect(groups[index - 1]!.length).toBe(MAX_GROUP_SIZE);
          }
        }
      }),
    );
  });

  it.each(sampleDocuments.flatMap((item) => (item.kind === 'document' ? [[item.data.title, item.data.state] as const] : [])))(
    'leave the sample document "%s" as it is when the editor loads and gives it back',
    (_title, state) => {
      const json = JSON.parse(JSON.stringify(state)) as RichText;
      expect(storedState(briefEditor(json, { keepSections: false }))).toStrictEqual(json);
    },
  );

  it('never reach the stored state, even for a section the editor emptied and filled again', () => {
    const editor = briefEditor(newDocumentState(POLICY_TEMPLATE, { title: 'Delivery in Sindh' }));
    editor.update(() => $section('introduction').clear(), { discrete: true });
    const state = storedState(editor);
    expect(JSON.stringify(state)).not.toContain('block-group');
    expect(state.root.children.find((node) => node.sectionId === 'introduction')?.children).toMatchObject([{ type: 'paragraph', children: [] }]);
  });
});

describe('block groups while editing', () => {
  it('put a block added straight to a section into its last group', () => {
    const editor = briefEditor(longIntroduction());
    editor.update(() => $appendBlock($section('introduction'), $createParagraphNode().append($createTextNode('Last'))), { discrete: true });
    editor.update(() => $section('introduction').append($createParagraphNode().append($createTextNode('Stray'))), { discrete: true });
    const groups = groupsOf(heldState(editor), 'introduction');
    expect(groups.at(-1)!.slice(-2).map(textOf)).toEqual(['Last', 'Stray']);
    expect(groups.flat().map(textOf)).toEqual([...paragraphs(GROUP_SIZE + 5).map(textOf), 'Last', 'Stray']);
  });

  it('split a group that grows past the most, keeping the order of the blocks', () => {
    const editor = briefEditor(longIntroduction());
    editor.update(
      () => {
        const last = $section('introduction').getLastChild();
        if (!$isBlockGroupNode(last)) throw new Error('expected a group');
        for (let index = 0; index < MAX_GROUP_SIZE; index++) last.append($createParagraphNode().append($createTextNode(`New ${index + 1}`)));
      },
      { discrete: true },
    );
    const groups = groupsOf(heldState(editor), 'introduction');
    expect(groups.length).toBeGreaterThan(2);
    expect(Math.max(...groups.map((group) => group.length))).toBeLessThanOrEqual(MAX_GROUP_SIZE);
    expect(groups.flat().map(textOf)).toEqual([...paragraphs(GROUP_SIZE + 5).map(textOf), ...Array.from({ length: MAX_GROUP_SIZE }, (_, index) => `New ${index + 1}`)]);
  });

  it('go when their blocks are gone, and an emptied section gets a paragraph to type in', () => {
    const editor = briefEditor(longIntroduction());
    editor.update(() => $blocksOf($section('introduction')).slice(0, GROUP_SIZE).forEach((block) => block.remove()), { discrete: true });
    expect(groupsOf(heldState(editor), 'introduction').map((group) => group.length)).toEqual([5]);
    editor.update(() => $blocksOf($section('introduction')).forEach((block) => block.remove()), { discrete: true });
    expect(groupsOf(heldState(editor), 'introduction')).toMatchObject([[{ type: 'paragraph', children: [] }]]);
  });

  it('do not stop a selection that spans them from joining its first and last blocks when deleted', () => {
    const editor = briefEditor(longIntroduction());
    const last = `Paragraph ${GROUP_SIZE + 2}`;
    select(editor, ['Paragraph 3', 'Paragraph'.length], [last, 'Paragraph'.length]);
    editor.update(() => editor.dispatchCommand(REMOVE_TEXT_COMMAND, null), { discrete: true });
    const blocks = storedState(editor).root.children.find((node) => node.sectionId === 'introduction')!.children!;
    // "Paragraph 3" keeps its first word and takes the rest of the last block: one paragraph, as within one group.
    expect(blocks.map(textOf)).toEqual(['Paragraph 1', 'Paragraph 2', last, ...paragraphs(GROUP_SIZE + 5).slice(GROUP_SIZE + 2).map(textOf)]);
    expect(JSON.stringify(heldState(editor))).toContain('block-group');
  });

  it('let Backspace at the start of a group join its first block to the block before it', () => {
    const editor = briefEditor(longIntroduction());
    const held = heldState(editor);
    const secondGroupFirst = textOf(groupsOf(held, 'introduction')[1]![0]!);
    const before = textOf(groupsOf(held, 'introduction')[0]!.at(-1)!);
    select(editor, [secondGroupFirst, 0], [secondGroupFirst, 0]);
    editor.update(() => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true), { discrete: true });
    const texts = storedState(editor).root.children.find((node) => node.sectionId === 'introduction')!.children!.map(textOf);
    expect(texts).toContain(`${before}${secondGroupFirst}`);
    expect(texts).toHaveLength(GROUP_SIZE + 4);
  });

  it('let Delete at the end of a group join the first block of the next group to its last', () => {
    const editor = briefEditor(longIntroduction());
    const held = heldState(editor);
    const lastOfFirst = textOf(groupsOf(held, 'introduction')[0]!.at(-1)!);
    const firstOfNext = textOf(groupsOf(held, 'introduction')[1]![0]!);
    select(editor, [lastOfFirst, lastOfFirst.length], [lastOfFirst, lastOfFirst.length]);
    editor.update(() => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false), { discrete: true });
    const texts = storedState(editor).root.children.find((node) => node.sectionId === 'introduction')!.children!.map(textOf);
    expect(texts).toContain(`${lastOfFirst}${firstOfNext}`);
    expect(texts).toHaveLength(GROUP_SIZE + 4);
  });

  it('leave markdown shortcuts working in the blocks they hold: "## " starts a heading', () => {
    const editor = briefEditor(longIntroduction());
    registerMarkdownShortcuts(editor, MARKDOWN_SHORTCUTS);
    const target = `Paragraph ${GROUP_SIZE + 3}`;
    editor.update(
      () => {
        const paragraph = $text(target).getParentOrThrow();
        paragraph.clear().append($createTextNode('##'));
        paragraph.selectEnd();
      },
      { discrete: true },
    );
    editor.update(() => $getSelection()?.insertText(' '), { discrete: true });
    editor.update(() => $getSelection()?.insertText('Findings'), { discrete: true });
    const blocks = storedState(editor).root.children.find((node) => node.sectionId === 'introduction')!.children!;
    expect(blocks[GROUP_SIZE + 2]).toMatchObject({ type: 'heading', tag: 'h2', children: [{ text: 'Findings' }] });
  });
});
