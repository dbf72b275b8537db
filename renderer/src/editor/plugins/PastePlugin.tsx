import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { $joinGroupsAcross } from '../block-groups';
import { useEffect } from 'react';
import { $keepOnlySafeLinks } from '../links';
import { cleanPastedHtml, withoutInlineStyles } from '../paste/clean-html';

/** Lexical's own clipboard type: a copy from this editor keeps its lessons, footnotes and tables as they are. */
const LEXICAL_MIME = 'application/x-lexical-editor';

/** Pasted HTML (Word, the web) comes in cleaned: its structure, none of its styling (paste/clean-html.ts). */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(LinkNode, $keepOnlySafeLinks),
        editor.registerNodeTransform(AutoLinkNode, $keepOnlySafeLinks),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = 'clipboardData' in event ? event.clipboardData : null;
            const html = data?.getData('text/html');
            if (!data || !html || data.types.includes(LEXICAL_MIME)) return false;
            event.preventDefault();
            const cleaned = cleanPastedHtml(new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html'));
            editor.update(
              () => {
                const selection = $getSelection();
                if ($isRangeSelection(selection)) $joinGroupsAcross(selection);
                if (selection) $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, cleaned), selection);
              },
              { tag: PASTE_TAG },
            );
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
