import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, HISTORY_PUSH_TAG, type NodeKey } from 'lexical';
import { useCallback, useId } from 'react';
import { KIND_INFO, type Kind } from '../../../shared/kinds';
import type { Template } from '../../../shared/template';
import { useApi } from '../ApiContext';
import { useReportError } from '../ErrorReports';
import { $insertLibraryItem, $placeAtSelection, $sectionBlockOf, isInsertableKind, type InsertableItem, type Place } from './insert';
import { $isSectionNode } from './nodes';
import { messageOf } from '../../../shared/errors';

/** Why an item cannot go into a document, in words for the writer. */
export function notInsertable(kind: Kind): string {
  return `A ${KIND_INFO[kind].label} cannot go into a document: insert a lesson, comparison, data table, commitment, workshop, source or workshop note.`;
}

/** A place remembered by node keys, to be found again when a looked-up item arrives. */
export interface PlaceKeys {
  sectionKey: NodeKey;
  blockKey: NodeKey | null;
  before: boolean;
}

export function placeKeys(place: Place): PlaceKeys {
  return { sectionKey: place.section.getKey(), blockKey: place.block?.getKey() ?? null, before: place.before };
}

function $placeFrom(keys: PlaceKeys | null, kind: InsertableItem['kind'], template: Template): Place | null {
  if (keys) {
    const section = $getNodeByKey(keys.sectionKey);
    const block = keys.blockKey === null ? null : $getNodeByKey(keys.blockKey);
    if ($isSectionNode(section) && (keys.blockKey === null || (block !== null && $sectionBlockOf(block)?.section === section))) {
      return { section, block, before: keys.before };
    }
  }
  return $placeAtSelection(kind, template);
}

/**
 * Inserts a library item into the editor as its node (at a place, or at the
 * caret), as one undo step. A workshop note is copied, so it is looked up
 * first. False when items of that kind cannot go into a document.
 */
export function useLibraryInsert(template: Template): (item: { id: string; kind: Kind }, at?: PlaceKeys | null) => boolean {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const report = useReportError();
  const source = useId();
  return useCallback(
    (item, at = null) => {
      const { kind, id } = item;
      if (!isInsertableKind(kind)) return false;
      const insert = (insertable: InsertableItem) =>
        editor.update(
          () => {
            const place = $placeFrom(at, insertable.kind, template);
            if (place) $insertLibraryItem(insertable, place);
          },
          { tag: HISTORY_PUSH_TAG },
        );
      if (kind !== 'note') {
        insert({ kind, id });
        return true;
      }
      api['items.get']({ id, kind: 'note' }).then(
        (found) => {
          report(source, null);
          if (found.kind === 'note') insert({ kind: 'note', id, note: found.data });
        },
        (error: unknown) => report(source, `The workshop note could not be inserted: ${messageOf(error)}`),
      );
      return true;
    },
    [editor, api, report, source, template],
  );
}
