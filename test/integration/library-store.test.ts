import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { documentState, lessonRef, paragraph, section } from '../../electron/core/briefing/build';
import { richText } from '../../shared/richtext';
import { checkLibrary } from '../../electron/core/library/check';
import { Library } from '../../electron/core/library/library';
import { migrate } from '../../electron/core/library/migrate';
import { MIGRATIONS } from '../../electron/core/library/migrations';
import { SearchRepository } from '../../electron/core/library/search-repository';
import { fingerprint, tempDir } from '../helpers/temp-library';

function openEmpty(path = join(tempDir(), 'library.sqlite')): Library {
  return Library.open({ path });
}

function expectApiError(action: () => unknown, type: string, message?: RegExp): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).type).toBe(type);
    if (message) expect((error as ApiError).message).toMatch(message);
    return;
  }
  throw new Error(`expected a ${type} error`);
}

const source = { title: 'From Policy to Action', type: 'briefing' as const, date: '2018', place: 'Islamabad' };

function lesson(title: string, body: string, extra: Record<string, unknown> = {}) {
  return { title, body: richText(body), ...extra };
}

describe('opening and migrating a library', () => {
  it('creates every table of a new library, in WAL mode with foreign keys on', () => {
    const library = openEmpty();
    const steps = library.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(steps).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(library.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(library.items.counts().lesson).toBe(0);
    library.close();
  });

  it('upgrades a library written by an earlier version and keeps its items searchable', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new BetterSqlite3(path);
    migrate(old, MIGRATIONS.slice(0, 1));
    const data = { ...lesson('Keep focus on what matters', 'Avoid mission creep in the delivery unit.'), quote: null, themes: [], jurisdictions: [], tags: ['focus'], sourceIds: [], fromNoteId: null };
    old.prepare("INSERT INTO items (id, kind, title, body, data, created_at, updated_at) VALUES (?, 'lesson', ?, ?, ?, ?, ?)").run(
      '0b7a43c2-6c1e-4f51-9b0e-3d8f7f0c2a11', data.title, 'Avoid mission creep in the delivery unit.', JSON.stringify(data), '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z',
    );
    old.prepare("INSERT INTO item_facets (item_id, facet, value) VALUES (?, 'tag', 'focus')").run('0b7a43c2-6c1e-4f51-9b0e-3d8f7f0c2a11');
    old.close();

    const library = Library.open({ path });
    expect(library.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    expect(library.get('0b7a43c2-6c1e-4f51-9b0e-3d8f7f0c2a11', 'lesson').data.title).toBe('Keep focus on what matters');
    expect(library.search.search('mission creep', { limit: 5 }).map((result) => result.id)).toEqual(['0b7a43c2-6c1e-4f51-9b0e-3d8f7f0c2a11']);
    expect(library.items.counts().lesson).toBe(1);
    expect(checkLibrary(library)).toEqual([]);
    library.close();
  });

  it('refuses a library written by a newer version and leaves the file as it was', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const library = openEmpty(path);
    library.db.prepare("INSERT INTO schema_migrations VALUES (99, 'from-the-future', 'x', '2030-01-01')").run();
    library.close();
    const before = readFileSync(path);
    expectApiError(() => Library.open({ path }), 'library-too-new', /newer version of Rapporteur.*Update Rapporteur/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a library whose recorded schema step differs from this version’s', () => {
    const path = join(tempDir(), 'edited.sqlite');
    openEmpty(path).close();
    const edited = MIGRATIONS.map((migration, index) => (index === 0 ? { ...migration, sql: `${migration.sql}\n-- edited` } : migration));
    expectApiError(() => Library.open({ path, migrations: edited }), 'library-damaged', /schema step 1/);
  });

  it('refuses another program’s database without adding tables to it', () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new BetterSqlite3(path);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    expectApiError(() => Library.open({ path }), 'library-damaged', /another program/);
    const check = new BetterSqlite3(path, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['invoices']);
    check.close();
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200));
    const before = readFileSync(path);
    expectApiError(() => Library.open({ path }), 'library-damaged', /notes\.sqlite/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('items', () => {
  it('creates, reads, updates and deletes an item with its links', () => {
    const library = openEmpty();
    const briefing = library.create('source', source);
    const created = library.create('lesson', lesson('Build the right team', 'Skills matter.', { sourceIds: [briefing.id], themes: ['teams'] }));
    expect(library.get(created.id, 'lesson').data).toMatchObject({ title: 'Build the right team', sourceIds: [briefing.id], themes: ['teams'] });
    expect(library.items.usedBy(briefing.id)).toEqual([expect.objectContaining({ id: created.id, role: 'source' })]);

    const updated = library.update('lesson', created.id, { title: 'Build the right team early' }, created.updatedAt);
    expect(updated.data.title).toBe('Build the right team early');
    expect(updated.data.sourceIds).toEqual([briefing.id]);
    expect(updated.updatedAt > created.updatedAt).toBe(true);

    library.delete('lesson', created.id);
    expectApiError(() => library.get(created.id), 'not-found');
    expect(library.items.usedBy(briefing.id)).toEqual([]);
  });

  it('refuses links to items that are missing or of the wrong kind, writing nothing', () => {
    const library = openEmpty();
    const briefing = library.create('source', source);
    const note = library.create('lesson', lesson('A lesson', 'Text.'));
    const before = fingerprint(library.db);
    expectApiError(() => library.create('lesson', lesson('Orphan', 'Text.', { sourceIds: ['6f1d6f1e-0000-4000-8000-000000000000'] })), 'invalid-input', /source .* is not in the library/);
    expectApiError(() => library.create('lesson', lesson('Mislinked', 'Text.', { sourceIds: [note.id] })), 'invalid-input', /is a lesson, not a source/);
    expectApiError(() => library.update('lesson', note.id, { sourceIds: [briefing.id, '6f1d6f1e-0000-4000-8000-000000000000'] }), 'invalid-input');
    expect(fingerprint(library.db)).toBe(before);
  });

  it('will not delete an item others link to, and says which', () => {
    const library = openEmpty();
    const briefing = library.create('source', source);
    library.create('lesson', lesson('Build the right team', 'Skills matter.', { sourceIds: [briefing.id] }));
    const before = fingerprint(library.db);
    expectApiError(() => library.delete('source', briefing.id), 'in-use', /used by lesson "Build the right team"/);
    expect(fingerprint(library.db)).toBe(before);
  });

  it('reports a conflict instead of overwriting a newer change', () => {
    const library = openEmpty();
    const created = library.create('lesson', lesson('Version one', 'Text.'));
    library.update('lesson', created.id, { title: 'Changed elsewhere' });
    expectApiError(() => library.update('lesson', created.id, { title: 'Stale edit' }, created.updatedAt), 'conflict', /Reload/);
    expect(library.get(created.id, 'lesson').data.title).toBe('Changed elsewhere');
  });

  it('rejects unknown fields and changes that would make the item invalid', () => {
    const library = openEmpty();
    const created = library.create('lesson', lesson('Valid', 'Text.'));
    expectApiError(() => library.update('lesson', created.id, { titel: 'typo' }), 'invalid-input', /titel/);
    expectApiError(() => library.update('lesson', created.id, { title: '   ' }), 'invalid-input', /title: a title is required/);
    expect(library.get(created.id, 'lesson').data.title).toBe('Valid');
  });

  it('links a document to a lesson it embeds that is added after the document', () => {
    const library = openEmpty();
    const lessonId = '3c9e2a71-5d4b-4e8f-a1b2-7f6e5d4c3b2a';
    const state = documentState(section('lessons', [paragraph('The lesson below comes later.'), lessonRef(lessonId)]));
    const document = library.create('document', { title: 'Brief', templateId: 'from-policy-to-action', state });
    const other = library.create('document', { title: 'Unrelated', templateId: 'from-policy-to-action', state: richText('No lessons.') });
    expect(library.items.usedBy(document.id)).toEqual([]);

    library.create('lesson', lesson('Arrives late', 'Text.'), lessonId);
    expect(library.items.usedBy(lessonId)).toEqual([expect.objectContaining({ id: document.id, role: 'embeds' })]);
    expect(library.get(document.id, 'document').updatedAt).toBe(document.updatedAt);
    expect(library.get(other.id, 'document').updatedAt).toBe(other.updatedAt);
    expect(checkLibrary(library)).toEqual([]);
    const before = fingerprint(library.db);
    expectApiError(() => library.delete('lesson', lessonId), 'in-use', /used by document "Brief"/);
    expect(fingerprint(library.db)).toBe(before);
  });

  it('names the right kind when an id belongs to another kind', () => {
    const library = openEmpty();
    const briefing = library.create('source', source);
    expectApiError(() => library.get(briefing.id, 'lesson'), 'not-found', /is a source, not a lesson/);
  });
});

describe('search', () => {
  function searchable() {
    const library = openEmpty();
    const briefing = library.create('source', source);
    const other = library.create('source', { title: 'Conference report', type: 'report' });
    const titled = library.create('lesson', lesson('Stocktake meetings drive progress', 'Chief ministers chair them.', { themes: ['routines'], jurisdictions: ['Punjab'], tags: ['stocktakes'], sourceIds: [briefing.id] }));
    const mentioned = library.create('lesson', lesson('Build the right team', 'The team prepares each stocktake with data from the departments.', { themes: ['teams'], jurisdictions: ['Khyber Pakhtunkhwa'], sourceIds: [other.id] }));
    const commitment = library.create('commitment', { text: 'Hold a quarterly stocktake of the coordination committee.', owner: 'Coordination Committee' });
    return { library, briefing, titled, mentioned, commitment };
  }

  it('ranks a match in the title above a match in the body, with highlighted snippets', () => {
    const { library, titled, mentioned } = searchable();
    const results = library.search.search('stocktake', { limit: 10 });
    expect(results[0]?.id).toBe(titled.id);
    expect(results.map((result) => result.id)).toContain(mentioned.id);
    const snippet = results.find((result) => result.id === mentioned.id)?.snippet ?? [];
    expect(snippet.filter((part) => part.hit).map((part) => part.text.toLowerCase())).toContain('stocktake');
    expect(snippet.map((part) => part.text).join('')).toContain('prepares each');
    expect(results[0]!.score).toBeGreaterThan(results.at(-1)!.score);
  });

  it('finds words as they are being typed, across word forms', () => {
    const { library, titled } = searchable();
    expect(library.search.search('stockt', { limit: 10 }).map((result) => result.id)).toContain(titled.id);
    expect(library.search.search('meeting', { limit: 10 }).map((result) => result.id)).toContain(titled.id);
  });

  it('filters by kind, tag, theme, jurisdiction and source', () => {
    const { library, briefing, titled, mentioned, commitment } = searchable();
    const ids = (options: Parameters<typeof library.search.search>[1]) => library.search.search('stocktake', options).map((result) => result.id).sort();
    expect(ids({ limit: 10, kind: 'commitment' })).toEqual([commitment.id]);
    expect(ids({ limit: 10, tag: 'Stocktakes' })).toEqual([titled.id]);
    expect(ids({ limit: 10, theme: 'teams' })).toEqual([mentioned.id]);
    expect(ids({ limit: 10, jurisdiction: 'punjab' })).toEqual([titled.id]);
    expect(ids({ limit: 10, sourceId: briefing.id })).toEqual([titled.id]);
  });

  it('treats search syntax as plain words and never fails on what a person types', () => {
    const { library } = searchable();
    for (const typed of ['"unbalanced', 'stocktake AND (', 'NEAR(', '*', '-', '^title:', '!!!']) {
      expect(() => library.search.search(typed, { limit: 5 }), typed).not.toThrow();
    }
    expect(library.search.search('!!!', { limit: 5 })).toEqual([]);
  });

  it('keeps the index in step with edits and deletions', () => {
    const { library, mentioned } = searchable();
    library.update('lesson', mentioned.id, { body: richText('The team now prepares a quarterly review instead.') });
    expect(library.search.search('quarterly review', { limit: 5 }).map((result) => result.id)).toEqual([mentioned.id]);
    expect(library.search.search('prepares each', { limit: 5 })).toEqual([]);
    library.delete('lesson', mentioned.id);
    expect(library.search.search('quarterly review', { limit: 5 })).toEqual([]);
    expect(checkLibrary(library)).toEqual([]);
  });
});

describe('document versions', () => {
  it('keeps named versions and restores one without losing the current text', () => {
    const library = openEmpty();
    const document = library.create('document', { title: 'Brief', templateId: 'from-policy-to-action', state: richText('First draft.') });
    const named = library.snapshot(document.id, 'Sent to reviewers');
    library.update('document', document.id, { state: richText('Second draft.') });
    const restored = library.restore(document.id, named.id);
    expect(restored.data.state).toEqual(richText('First draft.'));

    const versions = library.versions.list(document.id);
    expect(versions.map((version) => version.label)).toContain('Sent to reviewers');
    const kept = versions.find((version) => version.label.startsWith('Before restoring'));
    expect(kept && library.version(kept.id).state).toEqual(richText('Second draft.'));
  });

  it('takes an automatic snapshot of the earlier text when a document is edited', () => {
    const library = openEmpty();
    const document = library.create('document', { title: 'Brief', templateId: 'from-policy-to-action', state: richText('Original words.') });
    library.update('document', document.id, { state: richText('New words.') });
    const auto = library.versions.list(document.id).filter((version) => version.auto);
    expect(auto).toHaveLength(1);
    expect(library.version(auto[0]!.id).state).toEqual(richText('Original words.'));
  });

  it('refuses to restore a version of another document', () => {
    const library = openEmpty();
    const one = library.create('document', { title: 'One', templateId: 'course-module', state: richText('One.') });
    const two = library.create('document', { title: 'Two', templateId: 'course-module', state: richText('Two.') });
    const version = library.snapshot(one.id, 'mine');
    expectApiError(() => library.restore(two.id, version.id), 'invalid-input', /another document/);
    expect(library.get(two.id, 'document').data.state).toEqual(richText('Two.'));
  });
});

describe('check and backup', () => {
  it('finds damage that the store itself would never write', () => {
    const library = openEmpty();
    const created = library.create('lesson', lesson('Sound', 'Text.'));
    expect(checkLibrary(library)).toEqual([]);
    library.db.prepare("UPDATE items SET data = json_set(data, '$.title', '') WHERE id = ?").run(created.id);
    library.db.prepare('DELETE FROM item_facets').run();
    const findings = checkLibrary(library);
    expect(findings.some((finding) => finding.severity === 'error' && finding.message.includes(created.id))).toBe(true);
  });

  it('backs up a library in use to a file that opens with the same content', async () => {
    const library = openEmpty();
    const briefing = library.create('source', source);
    library.create('lesson', lesson('Build the right team', 'Skills matter.', { sourceIds: [briefing.id] }));
    const target = join(tempDir(), 'nested', 'backup.sqlite');
    await library.backup(target);
    const copy = Library.open({ path: target });
    expect(fingerprint(copy.db)).toBe(fingerprint(library.db));
    copy.close();
  });
});

describe('search in a library where a word is in very many items', () => {
  it('ranks the newest matches when there are more than it ranks, and all of them otherwise', () => {
    const library = openEmpty();
    const oldBest = library.create('lesson', lesson('Stocktake stocktake stocktake', 'Stocktake.'));
    const others = [1, 2, 3, 4].map((n) => library.create('lesson', lesson(`Lesson ${n}`, `A stocktake is mentioned once among many other words, number ${n}.`)));
    const capped = new SearchRepository(library.db, 3);
    const uncapped = new SearchRepository(library.db, 10);
    expect(uncapped.search('stocktake', { limit: 10 })[0]?.id).toBe(oldBest.id);
    const newest = capped.search('stocktake', { limit: 10 }).map((result) => result.id);
    expect(newest.sort()).toEqual(others.slice(1).map((item) => item.id).sort());
  });
});
