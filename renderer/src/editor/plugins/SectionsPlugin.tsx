import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
  type LexicalCommand,
  type LexicalEditor,
  type NodeKey,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import type { Template, TemplateSection } from '../../../../shared/template';
import { countWords } from '../../../../shared/words';
import { $sectionBlockOf } from '../insert';
import { $joinAtGroupEdge, $joinGroupsAcross, $keepBlocksInGroups, $keepGroupInBounds } from '../block-groups';
import { $isSectionNode, BlockGroupNode, SectionNode } from '../nodes';
import { $blocksOf, $isEmptySection, $keepRootAsSections } from '../sections';

/**
 * Runs `join` (block-groups.ts) before Lexical handles `command`, which then
 * joins blocks across groups as it joins blocks within one.
 */
function registerJoining<P>(editor: LexicalEditor, command: LexicalCommand<P>, join: (selection: RangeSelection, payload: P) => void): () => void {
  return editor.registerCommand(
    command,
    (payload) => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) join(selection, payload);
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
}

/**
 * How long typing must pause before word counts are brought up to date. Not
 * during typing: a new count re-lays out its section, which in a long document
 * costs a keystroke's frame.
 */
const WORD_COUNT_DELAY_MS = 300;

/**
 * Keeps each section's blocks in groups (block-groups.ts): stray blocks join a
 * group, grown groups split, and deleting or typing over a selection, or
 * deleting at a group's edge, joins blocks across groups as within one.
 */
export function registerSectionKeeping(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(SectionNode, $keepBlocksInGroups),
    editor.registerNodeTransform(BlockGroupNode, $keepGroupInBounds),
    registerJoining(editor, CONTROLLED_TEXT_INSERTION_COMMAND, $joinGroupsAcross),
    registerJoining(editor, INSERT_PARAGRAPH_COMMAND, $joinGroupsAcross),
    registerJoining(editor, INSERT_LINE_BREAK_COMMAND, $joinGroupsAcross),
    registerJoining(editor, PASTE_COMMAND, $joinGroupsAcross),
    registerJoining(editor, CUT_COMMAND, $joinGroupsAcross),
    registerJoining(editor, DROP_COMMAND, $joinGroupsAcross),
    registerJoining(editor, REMOVE_TEXT_COMMAND, $joinGroupsAcross),
    ...[DELETE_CHARACTER_COMMAND, DELETE_WORD_COMMAND, DELETE_LINE_COMMAND].map((command) => registerJoining(editor, command, $joinAtGroupEdge)),
  );
}

/**
 * Keeps a document's top level as its template's sections and shows, on each
 * section, its heading, its guidance and word budget while it is empty, and
 * its word count against the budget. The hints are attributes and classes on
 * the sections' own elements, drawn by editor.css; the stored state is untouched.
 */
export function SectionsPlugin({ template, editable }: { template: Template; editable: boolean }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!editable) return;
    return mergeRegister(
      // The root is dirty on every change, so this runs each time: it only looks at the few sections.
      editor.registerNodeTransform(RootNode, (root) => $keepRootAsSections(root, template)),
      registerSectionKeeping(editor),
    );
  }, [editor, template, editable]);

  useEffect(() => {
    const specs = new Map(template.sections.map((spec) => [spec.id, spec]));
    // Words per block of a section, so a section's count after an edit re-counts only the edited block.
    const blockWords = new Map<NodeKey, number>();
    const stale = new Set<NodeKey>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const countStale = () => {
      timer = undefined;
      editor.getEditorState().read(() => {
        for (const key of stale) {
          const section = $getNodeByKey(key);
          const element = editor.getElementByKey(key);
          if (!$isSectionNode(section) || !element) continue;
          let words = 0;
          for (const block of $blocksOf(section)) {
            let count = blockWords.get(block.getKey());
            if (count === undefined) {
              count = countWords(block.getTextContent());
              blockWords.set(block.getKey(), count);
            }
            words += count;
          }
          showWordCount(element, words, specs.get(section.getSectionId()));
        }
      });
      stale.clear();
    };

    const sectionChanged = (section: SectionNode) => {
      const element = editor.getElementByKey(section.getKey());
      if (element) element.classList.toggle('is-empty', $isEmptySection(section));
      stale.add(section.getKey());
    };

    const schedule = () => {
      if (stale.size === 0) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(countStale, WORD_COUNT_DELAY_MS);
    };

    const unregister = mergeRegister(
      editor.registerMutationListener(SectionNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') {
              stale.delete(key);
              continue;
            }
            const section = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if (!$isSectionNode(section) || !element) continue;
            showSection(element, section, specs.get(section.getSectionId()));
            sectionChanged(section);
          }
        });
        schedule();
      }),
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        editorState.read(() => {
          // Only the changed nodes and their ancestors: a keystroke touches one block of one section.
          for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
            const node = $getNodeByKey(key);
            const found = node ? $sectionBlockOf(node) : null;
            if (!found) continue;
            if (found.block) blockWords.delete(found.block.getKey());
            sectionChanged(found.section);
          }
        });
        schedule();
      }),
    );
    return () => {
      unregister();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor, template]);

  return null;
}

/** The heading, guidance and budget of a section, on its element (editor.css shows them). */
function showSection(element: HTMLElement, section: SectionNode, spec: TemplateSection | undefined): void {
  const heading = section.getHeading() || spec?.heading || '';
  element.classList.add('brief-section');
  if (spec?.printHeading === false) delete element.dataset.heading;
  else element.dataset.heading = heading;
  const hint = [spec?.guidance, spec?.wordBudget ? `Up to ${spec.wordBudget} words.` : ''].filter(Boolean).join(' ');
  // A custom property, unlike attr(), reaches the empty paragraph inside, where the hint is drawn.
  if (hint) element.style.setProperty('--section-hint', JSON.stringify(hint));
  else element.style.removeProperty('--section-hint');
}

function showWordCount(element: HTMLElement, words: number, spec: TemplateSection | undefined): void {
  const budget = spec?.wordBudget ?? null;
  if (budget === null) {
    delete element.dataset.words;
    return;
  }
  element.dataset.words = `${words} of ${budget} words`;
  element.classList.toggle('over-budget', words > budget);
}
