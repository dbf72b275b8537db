import { useEffect, useState } from 'react';
import type { ItemOf } from '../../../shared/domain';
import type { Template } from '../../../shared/template';
import { useApi } from '../ApiContext';
import { messageOf } from '../../../shared/errors';
import { draftKey, planRecovery, readDraft, removeDraft, type DocumentPayload } from './drafts';
import { lastSaveOf } from './useDocumentSaver';

export interface OpenDocument {
  item: ItemOf<'document'>;
  template: Template;
  /** What the editor and the fields start from: the stored copy, or a recovered draft. */
  initial: DocumentPayload;
  /** When a draft was recovered, the time it was written; it must be saved at once. */
  recoveredFrom: string | null;
}

export type Opening = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; document: OpenDocument };

export const BEFORE_RECOVERING = 'Before recovering unsaved changes';

function payloadOf(item: ItemOf<'document'>): DocumentPayload {
  const { state, title, author, subject, tags } = item.data;
  return { state, title, author, subject, tags };
}

/**
 * Loads a document and its template once (the editor is never remounted by a
 * later reload), bringing back a draft a crash or a closed window left behind.
 * When the stored copy changed since the draft was made, the stored text is
 * kept as a named version first, so recovering loses neither.
 */
export function useOpenDocument(id: string): Opening {
  const api = useApi();
  const [opening, setOpening] = useState<Opening>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    (async () => {
      // Reopened at once after leaving: the screen that closed may still be sending its last save.
      await lastSaveOf(id);
      const item = (await api['items.get']({ id, kind: 'document' })) as ItemOf<'document'>;
      const template = await api['templates.get']({ id: item.data.templateId });
      const key = draftKey(id);
      const plan = planRecovery(readDraft(localStorage, key), { ...payloadOf(item), updatedAt: item.updatedAt });
      if (plan.kind === 'none') {
        if (plan.stale) removeDraft(localStorage, key);
        return { item, template, initial: payloadOf(item), recoveredFrom: null };
      }
      if (plan.kind === 'keep-stored-first') await api['documents.snapshot']({ documentId: id, label: BEFORE_RECOVERING });
      const { state, title, author, subject, tags } = plan.draft;
      return { item, template, initial: { state, title, author, subject, tags }, recoveredFrom: plan.draft.savedAt };
    })().then(
      (document) => current && setOpening({ status: 'ready', document }),
      (error: unknown) => current && setOpening({ status: 'failed', message: `This document could not be opened: ${messageOf(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [api, id]);
  return opening;
}
