import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { createEditor, type EditorState } from 'lexical';
import { memo, useMemo, useRef, useState, type Ref } from 'react';
import type { KindData } from '../../../shared/domain';
import type { Kind } from '../../../shared/kinds';
import type { Template } from '../../../shared/template';
import { useReportError } from '../ErrorReports';
import { withBlockGroups } from './block-groups';
import { BriefContext } from './brief-context';
import { isSafeLinkUrl } from './links';
import { MARKDOWN_SHORTCUTS } from './markdown-shortcuts';
import { BRIEFING_EDITOR_NODES, BriefingNodePlugins } from './nodes';
import { DropPlugin } from './plugins/DropPlugin';
import { EditorHandlePlugin } from './plugins/EditorHandlePlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { ListIndentPlugin } from './plugins/ListIndentPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { SectionsPlugin } from './plugins/SectionsPlugin';
import { editorTheme } from './theme';
import { Toolbar } from './toolbar/Toolbar';
import './editor.css';
import { messageOf } from '../../../shared/errors';

/** A document's content as stored: Lexical's serialized state of sections. */
export type BriefingState = KindData<'document'>['state'];

export interface BriefEditorHandle {
  focus(): void;
  /** Inserts a library item at the caret (or at the end of the section the caret is in) as its node; false if that kind cannot go into a document. */
  insertItem(item: { id: string; kind: Kind; title: string }): boolean;
  /** Scrolls to a template section and puts the caret at its start. */
  goToSection(sectionId: string): void;
  /** The state as stored (Lexical serialized JSON), for saving. */
  getState(): BriefingState;
  /** Replaces the whole content (restoring a version) as one undoable step. */
  setState(state: BriefingState): void;
}

export interface BriefEditorProps {
  documentId: string;
  template: Template;
  initialState: BriefingState;
  /**
   * Each change of content (not selection-only changes). Must stay cheap: do not serialize here.
   * Never called when the stored state could not be loaded (the editor then shows why, in
   * role=alert text, instead of the text), so an autosave driven by it cannot overwrite a
   * document the editor could not read.
   */
  onChange(editorState: EditorState): void;
  /** Shows a state without editing (a saved version in the history dialog): no toolbar, not editable, no onChange. */
  readOnly?: boolean;
  ref?: Ref<BriefEditorHandle>;
}

/** A state as the editor reads it, or why it cannot: checked before the editor is made, so a bad one is never half-loaded. */
export function readBriefingState(state: BriefingState): { state: EditorState } | { problem: string } {
  try {
    const reader = createEditor({
      namespace: 'briefing-check',
      nodes: BRIEFING_EDITOR_NODES,
      onError: (error) => {
        throw error;
      },
    });
    return { state: reader.parseEditorState(JSON.stringify(withBlockGroups(state))) };
  } catch (error) {
    return { problem: messageOf(error) };
  }
}

/**
 * The document editor: the template's sections, the writer's text and the library's items in it.
 * Memoized: the screen around it re-renders (title, save state) without touching a long document.
 */
export const BriefEditor = memo(function BriefEditor({ documentId, template, initialState, onChange, readOnly = false, ref }: BriefEditorProps) {
  const brief = useMemo(() => ({ documentId, template }), [documentId, template]);
  const report = useReportError();
  const reportRef = useRef(report);
  reportRef.current = report;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // One listener for the editor's life, whatever function the screen passes on each render.
  const [emitChange] = useState(() => (state: EditorState) => onChangeRef.current(state));
  // The first state only: later ones come in through the handle's setState, as undoable edits.
  const [loaded] = useState(() => readBriefingState(initialState));
  // Made once per editor: Lexical reads its configuration only when it starts.
  const [initialConfig] = useState<InitialConfigType | null>(
    () =>
      'state' in loaded
        ? {
            namespace: 'briefing',
            nodes: BRIEFING_EDITOR_NODES,
            theme: editorTheme,
            editable: !readOnly,
            editorState: loaded.state,
            onError: (error) => {
              console.error(error);
              reportRef.current(`editor:${documentId}`, `The editor hit a problem and may not have kept your last change: ${error.message}`);
            },
          }
        : null,
  );

  if ('problem' in loaded || !initialConfig) {
    return (
      <div className="brief-editor brief-editor-failed" role="alert">
        <p>
          This document cannot be shown in the editor: {'problem' in loaded ? loaded.problem : 'its content is not readable'}.
        </p>
        <p>Its saved content is kept exactly as it was and nothing will be saved over it. Restore an earlier version, or export it to look at its text.</p>
      </div>
    );
  }

  return (
    <BriefContext value={brief}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className={readOnly ? 'brief-editor read-only' : 'brief-editor'}>
          {readOnly ? null : <Toolbar />}
          <div className="brief-page">
            <RichTextPlugin
              contentEditable={<ContentEditable className="brief-content" aria-label="Document text" spellCheck />}
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <EditablePlugin editable={!readOnly} />
          <SectionsPlugin template={template} editable={!readOnly} />
          <BriefingNodePlugins />
          <ListPlugin />
          <LinkPlugin validateUrl={isSafeLinkUrl} />
          <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
          <EditorHandlePlugin ref={ref} template={template} />
          {readOnly ? null : (
            <>
              <HistoryPlugin />
              <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
              <ListIndentPlugin />
              <PastePlugin />
              <DropPlugin template={template} />
              <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={emitChange} />
            </>
          )}
        </div>
      </LexicalComposer>
    </BriefContext>
  );
});
