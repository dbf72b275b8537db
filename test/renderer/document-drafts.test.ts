import { describe, expect, it } from 'vitest';
import { richText } from '../../shared/richtext';
import { draftKey, planRecovery, readDraft, removeDraft, writeDraft, type Draft, type DraftStorage } from '../../renderer/src/document/drafts';

// Nothing typed is lost: the local draft outlives a crash, and opening the
// document again brings it back without overwriting what was stored meanwhile.

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const stored = { state: richText('The stored text.'), title: 'Delivery in Sindh', author: '', subject: '', tags: [], updatedAt: '2026-11-24T10:00:00.000Z' };

function draft(overrides: Partial<Draft> = {}): Draft {
  const { updatedAt: _stamp, ...content } = stored;
  return { ...content, state: richText('The stored text, and more typed.'), baseUpdatedAt: stored.updatedAt, savedAt: '2026-11-24T10:05:00.000Z', ...overrides };
}

describe('document drafts', () => {
  it('round-trips through storage under the document’s key, and goes once removed', () => {
    const storage = memoryStorage();
    const key = draftKey('7d3f0c9e-0000-4000-8000-000000000000');
    expect(key).toBe('rapporteur.draft.7d3f0c9e-0000-4000-8000-000000000000');
    expect(writeDraft(storage, key, draft())).toBe(true);
    expect(readDraft(storage, key)).toEqual(draft());
    removeDraft(storage, key);
    expect(readDraft(storage, key)).toBeNull();
  });

  it('ignores a damaged draft instead of failing to open the document', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"state": 3');
    expect(readDraft(storage, 'k')).toBeNull();
    storage.setItem('k', JSON.stringify({ title: 'no state' }));
    expect(readDraft(storage, 'k')).toBeNull();
  });

  it('says when storage refuses, so the save to the core still goes ahead', () => {
    const full: DraftStorage = { getItem: () => null, removeItem: () => {}, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeDraft(full, 'k', draft())).toBe(false);
  });

  it('resumes a draft made on the stored copy', () => {
    expect(planRecovery(draft(), stored)).toEqual({ kind: 'resume', draft: draft() });
  });

  it('keeps the stored copy first when it changed after the draft was made', () => {
    const older = draft({ baseUpdatedAt: '2026-11-24T09:00:00.000Z' });
    expect(planRecovery(older, stored)).toEqual({ kind: 'keep-stored-first', draft: older });
  });

  it('drops a draft the core already has, whatever the order of its keys', () => {
    const reordered = { root: Object.fromEntries(Object.entries(stored.state.root).reverse()) } as typeof stored.state;
    expect(planRecovery(draft({ state: reordered }), stored)).toEqual({ kind: 'none', stale: true });
    expect(planRecovery(null, stored)).toEqual({ kind: 'none', stale: false });
  });

  it('counts a changed title or tag as something to recover', () => {
    expect(planRecovery(draft({ state: stored.state, title: 'Delivery in Sindh, revised' }), stored).kind).toBe('resume');
    expect(planRecovery(draft({ state: stored.state, tags: ['education'] }), stored).kind).toBe('resume');
  });
});
