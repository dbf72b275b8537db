// A headless editor holding a document as the app's editor holds it: sections'
// blocks in groups, kept so by the same transforms and commands (SectionsPlugin).
import { createHeadlessEditor } from '@lexical/headless';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, RootNode, type LexicalEditor } from 'lexical';
import { TEMPLATES } from '../../electron/core/briefing/templates';
import type { RichText } from '../../shared/richtext';
import type { Template } from '../../shared/template';
import { withBlockGroups, withoutBlockGroups } from '../../renderer/src/editor/block-groups';
import type { BriefingState } from '../../renderer/src/editor/BriefEditor';
import { $isSectionNode, BRIEFING_EDITOR_NODES, type SectionNode } from '../../renderer/src/editor/nodes';
import { registerSectionKeeping } from '../../renderer/src/editor/plugins/SectionsPlugin';
import { $keepRootAsSections } from '../../renderer/src/editor/sections';

export const POLICY_TEMPLATE: Template = TEMPLATES.find((candidate) => candidate.id === 'from-policy-to-action')!;

export function briefEditor(state: RichText, { template = POLICY_TEMPLATE, keepSections = true } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: BRIEFING_EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(withBlockGroups(state as unknown as BriefingState))));
  mergeRegister(
    registerRichText(editor),
    registerSectionKeeping(editor),
    keepSections ? editor.registerNodeTransform(RootNode, (root) => $keepRootAsSections(root, template)) : () => {},
  );
  return editor;
}

/** The state as the editor gives it for saving. */
export function storedState(editor: LexicalEditor): RichText {
  return JSON.parse(JSON.stringify(withoutBlockGroups(editor.getEditorState().toJSON() as unknown as BriefingState))) as RichText;
}

/** The state as the editor holds it, groups and all. */
export function heldState(editor: LexicalEditor): RichText {
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as RichText;
}

/** A template section of the document in the editor, by its id. */
export function $section(sectionId: string): SectionNode {
  const found = $getRoot()
    .getChildren()
    .find((node) => $isSectionNode(node) && node.getSectionId() === sectionId);
  if (!$isSectionNode(found)) throw new Error(`no section ${sectionId}`);
  return found;
}
