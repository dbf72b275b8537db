import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, $parseSerializedNode, HISTORY_PUSH_TAG, type SerializedLexicalNode } from 'lexical';
import { useId, useImperativeHandle, type Ref } from 'react';
import type { Template } from '../../../../shared/template';
import { useReportError } from '../../ErrorReports';
import { withBlockGroups, withoutBlockGroups } from '../block-groups';
import { readBriefingState, type BriefEditorHandle, type BriefingState } from '../BriefEditor';
import { useLibraryInsert } from '../library-insert';
import { $isSectionNode } from '../nodes';

/** What the document screen may ask of the editor (BriefEditorHandle). */
export function EditorHandlePlugin({ ref, template }: { ref: Ref<BriefEditorHandle> | undefined; template: Template }) {
  const [editor] = useLexicalComposerContext();
  const insert = useLibraryInsert(template);
  const report = useReportError();
  const source = useId();

  useImperativeHandle(
    ref,
    (): BriefEditorHandle => ({
      focus: () => editor.focus(),
      insertItem: (item) => insert(item),
      goToSection: (sectionId) => {
        editor.update(
          () => {
            const section = $getRoot()
              .getChildren()
              .find((node) => $isSectionNode(node) && node.getSectionId() === sectionId);
            if (!$isSectionNode(section)) return;
            const first = section.getFirstChild();
            if ($isElementNode(first)) first.selectStart();
            else section.select(0, 0);
          },
          {
            onUpdate: () => {
              const key = editor.getEditorState().read(() =>
                $getRoot()
                  .getChildren()
                  .find((node) => $isSectionNode(node) && node.getSectionId() === sectionId)
                  ?.getKey(),
              );
              const element = key ? editor.getElementByKey(key) : null;
              editor.focus(() => element?.scrollIntoView({ block: 'start' }));
            },
          },
        );
      },
      getState: () => withoutBlockGroups(editor.getEditorState().toJSON() as unknown as BriefingState),
      setState: (state) => {
        const read = readBriefingState(state);
        if ('problem' in read) {
          report(source, `That version cannot be shown in the editor: ${read.problem}. The document is as it was.`);
          return;
        }
        report(source, null);
        editor.update(
          () => {
            const root = $getRoot();
            root.clear();
            for (const section of withBlockGroups(state).root.children) root.append($parseSerializedNode(section as unknown as SerializedLexicalNode));
            root.selectStart();
          },
          // One entry in the history, so Undo brings back what was there before.
          { tag: HISTORY_PUSH_TAG },
        );
      },
    }),
    [editor, insert, report, source],
  );
  return null;
}
