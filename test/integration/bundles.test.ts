import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { encodeBundle } from '../../electron/core/bundle/format';
import type { Core } from '../../electron/core/container';
import { checkLibrary } from '../../electron/core/library/check';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents';
import { references } from '../../shared/briefing';
import type { BundleSelection } from '../../shared/bundle';
import { LessonData, type Item, type ItemOf } from '../../shared/domain';
import { richText } from '../../shared/richtext';
import { fingerprint, tempCore } from '../helpers/temp-library';

/** Everything a library holds about its items, without SQLite's row numbers (which follow insertion order). */
function contents(db: Database): string {
  return [
    'SELECT id, kind, title, body, data, created_at, updated_at FROM items ORDER BY id',
    'SELECT from_id, to_id, role FROM item_links ORDER BY 1, 2, 3',
    'SELECT item_id, facet, value FROM item_facets ORDER BY 1, 2, 3',
  ]
    .map((sql) => JSON.stringify(db.prepare(sql).raw().all()))
    .join('\n');
}

async function exported(core: Core, selection: BundleSelection = {}): Promise<Buffer> {
  return Buffer.from((await core.api['bundles.export'](selection)).base64, 'base64');
}

const importInto = (core: Core, bytes: Uint8Array, name = 'from-lahore.json.gz') =>
  core.api['bundles.import']({ name, base64: Buffer.from(bytes).toString('base64') });

function intoEmpty(bytes: Uint8Array) {
  const core = tempCore({ sample: false });
  return { core, imported: importInto(core, bytes) };
}

/** A bundle file as another copy of Rapporteur would write it, around the given items. */
const bundleOf = (...items: Item[]) => encodeBundle({ createdAt: '2026-11-24T10:00:00.000Z', items });

const minutes = (iso: string, delta: number) => new Date(Date.parse(iso) + delta * 60_000).toISOString();

describe('library exchange bundles', () => {
  it('carry a whole library into an empty one without losing anything: same items, ids, times, links and index', async () => {
    const from = tempCore();
    const into = tempCore({ sample: false });
    const report = await importInto(into, await exported(from));
    expect(contents(into.library.db)).toBe(contents(from.library.db));
    const total = Object.values(from.library.items.counts()).reduce((sum, n) => sum + n, 0);
    expect(report.counts).toEqual({ added: total, skipped: 0, updated: 0, kept: 0 });
    expect(report.items.every((entry) => entry.title.length > 0)).toBe(true);
    expect(checkLibrary(into.library)).toEqual([]);
  });

  it('skip identical items when the same bundle is imported again, changing nothing', async () => {
    const from = tempCore();
    const into = tempCore({ sample: false });
    const bundle = await exported(from);
    await importInto(into, bundle);
    const before = fingerprint(into.library.db);
    const again = await importInto(into, bundle);
    expect(again.counts.skipped).toBe(again.items.length);
    expect(fingerprint(into.library.db)).toBe(before);
  });

  it('take a document with everything it links to, so it is whole in an empty library', async () => {
    const from = tempCore();
    const into = tempCore({ sample: false });
    await importInto(into, await exported(from, { documentId: POLICY_TO_ACTION_DOCUMENT_ID }));
    const document = into.library.get(POLICY_TO_ACTION_DOCUMENT_ID, 'document');
    for (const reference of references(document.data.state.root)) expect(into.library.items.get(reference.id)?.kind).toBe(reference.kind);
    expect(checkLibrary(into.library)).toEqual([]);
    const { findings } = await into.api['documents.check']({ documentId: document.id });
    expect(findings.filter((finding) => /missing|not in the library/i.test(finding.message))).toEqual([]);
    const counts = into.library.items.counts();
    expect(counts.document).toBe(1);
    expect(counts.lesson).toBeGreaterThanOrEqual(6);
  });

  it('take the items of a kind, or with a tag, with the sources and workshops they need', async () => {
    const from = tempCore();
    const lessons = intoEmpty(await exported(from, { kinds: ['lesson'] }));
    await lessons.imported;
    expect(lessons.core.library.items.counts().lesson).toBe(from.library.items.counts().lesson);
    expect(lessons.core.library.items.counts().document).toBe(0);
    expect(checkLibrary(lessons.core.library)).toEqual([]);

    const tagged = from.library.items.list('lesson', {}, 100, 0).items.map((summary) => from.library.get(summary.id, 'lesson')).find((lesson) => lesson.data.tags.length > 0)!;
    const tag = tagged.data.tags[0]!;
    const byTag = intoEmpty(await exported(from, { tag }));
    const report = await byTag.imported;
    expect(report.items.map((entry) => entry.id)).toContain(tagged.id);
    expect(report.items.length).toBeLessThan(Object.values(from.library.items.counts()).reduce((sum, n) => sum + n, 0));
    for (const entry of report.items) {
      const item = byTag.core.library.get(entry.id);
      // Everything is tagged, or is there because an item links to it, or is a note of a workshop that is there.
      const needed = byTag.core.library.items.usedBy(item.id).length > 0 || item.kind === 'note';
      expect(item.data.tags.includes(tag) || needed, `${item.kind} ${entry.title}`).toBe(true);
    }
  });

  it('settle a changed item by the newer copy and keep the other as a version, saying so', async () => {
    const from = tempCore();
    const into = tempCore({ sample: false });
    await importInto(into, await exported(from));
    const [first, second] = from.library.items.list('lesson', {}, 2, 0).items;
    const mine = into.library.update('lesson', first!.id, { title: 'Edited here' });
    const theirs = from.library.get(first!.id, 'lesson');
    const newer: ItemOf<'lesson'> = { ...theirs, data: { ...theirs.data, title: 'Edited in Peshawar' }, updatedAt: minutes(mine.updatedAt, 5) };

    const report = await importInto(into, bundleOf(newer), 'from-peshawar.json.gz');
    expect(report.items).toEqual([expect.objectContaining({ action: 'updated', id: newer.id, title: 'Edited in Peshawar', versionId: expect.any(String) })]);
    expect(report.rule).toMatch(/most recently.*wins.*kept as a saved version/);
    expect(into.library.get(newer.id)).toMatchObject({ title: 'Edited in Peshawar', data: newer.data, createdAt: newer.createdAt, updatedAt: newer.updatedAt });
    const kept = await into.api['items.version']({ versionId: report.items[0]!.versionId! });
    expect(kept).toMatchObject({ itemId: newer.id, updatedAt: mine.updatedAt, label: expect.stringContaining('from-peshawar.json.gz') });
    expect(kept.data).toEqual(mine.data);
    expect((await into.api['items.versions']({ id: newer.id })).map((version) => version.id)).toEqual([kept.id]);

    const stays = into.library.update('lesson', second!.id, { title: 'Edited here later' });
    const stale = from.library.get(second!.id, 'lesson');
    const older: ItemOf<'lesson'> = { ...stale, data: { ...stale.data, title: 'An older edit' }, updatedAt: minutes(stays.updatedAt, -5) };
    const keptReport = await importInto(into, bundleOf(older), 'old-copy.json.gz');
    expect(keptReport.items).toEqual([expect.objectContaining({ action: 'kept', title: 'Edited here later' })]);
    expect(into.library.get(older.id)).toMatchObject({ title: 'Edited here later', data: stays.data, updatedAt: stays.updatedAt });
    expect((await into.api['items.version']({ versionId: keptReport.items[0]!.versionId! })).data).toEqual(older.data);
    // The same old copy imported again is not kept twice.
    const third = await importInto(into, bundleOf(older), 'old-copy.json.gz');
    expect(third.items[0]!.versionId).toBe(keptReport.items[0]!.versionId);
  });

  it('keep the losing copy of a document among the document’s versions', async () => {
    const core = tempCore();
    const document = core.library.create('document', { title: 'Brief', templateId: 'from-policy-to-action', state: richText('Our draft.') });
    const stays = core.library.update('document', document.id, { title: 'Brief, revised' });
    const older: ItemOf<'document'> = { ...document, data: { ...document.data, title: 'Brief from Quetta', state: richText('Their draft.') }, updatedAt: minutes(stays.updatedAt, -1) };
    const report = await importInto(core, bundleOf(older), 'quetta.json.gz');
    expect(report.items[0]).toMatchObject({ action: 'kept', title: 'Brief, revised' });
    const version = await core.api['documents.version']({ versionId: report.items[0]!.versionId! });
    expect(version).toMatchObject({ documentId: document.id, title: 'Brief from Quetta', label: expect.stringContaining('quetta.json.gz') });
    expect(version.state).toEqual(richText('Their draft.'));
  });
});

describe('earlier copies kept by a bundle import', () => {
  const MISSING = '6f1d6f1e-0000-4000-8000-000000000000';

  /** A lesson of the sample changed elsewhere later, imported: the library's copy becomes an earlier copy. */
  async function replacedByNewer(core: Core, id: string, changes: Partial<ItemOf<'lesson'>['data']>) {
    const mine = core.library.get(id, 'lesson');
    const theirs: ItemOf<'lesson'> = { ...mine, data: { ...mine.data, ...changes }, updatedAt: minutes(mine.updatedAt, 5) };
    const report = await importInto(core, bundleOf(theirs), 'from-peshawar.json.gz');
    return { mine, theirs, versionId: report.items[0]!.versionId! };
  }

  const titlesFound = async (core: Core, query: string) => (await core.api.search({ query, kind: 'lesson' })).results.map((result) => result.title);

  it('bring one back: the item has the earlier words again, found by search, and the copy it replaced is kept as an earlier copy', async () => {
    const core = tempCore();
    const lesson = core.library.items.list('lesson', {}, 1, 0).items[0]!;
    const { mine, theirs, versionId } = await replacedByNewer(core, lesson.id, { title: 'Rewritten in Peshawar', body: richText('Stocktakes moved to Chitral.') });

    const restored = await core.api['items.restoreVersion']({ id: mine.id, versionId });
    expect(restored).toMatchObject({ id: mine.id, kind: 'lesson', data: mine.data, createdAt: mine.createdAt });
    expect(core.library.get(mine.id, 'lesson').data).toEqual(mine.data);
    expect(await titlesFound(core, 'Chitral')).toEqual([]);
    expect(await titlesFound(core, mine.data.title)).toContain(mine.data.title);

    const copies = await core.api['items.versions']({ id: mine.id });
    expect(copies.map((copy) => copy.id).slice(1)).toEqual([versionId]);
    expect(copies[0]).toMatchObject({ title: 'Rewritten in Peshawar', updatedAt: theirs.updatedAt, label: `Before bringing back the copy of ${mine.updatedAt}` });
    expect((await core.api['items.version']({ versionId: copies[0]!.id })).data).toEqual(theirs.data);

    // And that one can be brought back in turn.
    await core.api['items.restoreVersion']({ id: mine.id, versionId: copies[0]!.id });
    expect(core.library.get(mine.id, 'lesson').data).toEqual(theirs.data);
    expect(await titlesFound(core, 'Chitral')).toEqual(['Rewritten in Peshawar']);
  });

  it('refuse a copy that is not the item’s, or that no longer fits the library, saying why and changing nothing', async () => {
    const core = tempCore();
    const source = core.library.create('source', { title: 'A review since withdrawn', type: 'report' });
    const [lesson, another] = core.library.items.list('lesson', {}, 2, 0).items;
    core.library.update('lesson', lesson!.id, { sourceIds: [source.id] });
    // The newer copy no longer cites the source, which is then deleted: the earlier copy cites a source that is gone.
    const { mine, versionId } = await replacedByNewer(core, lesson!.id, { sourceIds: [] });
    core.library.delete('source', source.id);
    const before = fingerprint(core.library.db);

    const refusals: [unknown, string, RegExp][] = [
      [{ id: mine.id, versionId: MISSING }, 'not-found', /^No earlier copy has the id 6f1d6f1e-0000-4000-8000-000000000000\./],
      [{ id: another!.id, versionId }, 'invalid-input', /^Earlier copy .* belongs to another item, not to the lesson "/],
      [{ id: MISSING, versionId }, 'not-found', /^No item has the id 6f1d6f1e-0000-4000-8000-000000000000\./],
      [{ id: mine.id, versionId }, 'invalid-input', new RegExp(`^Invalid lesson: its source ${source.id} is not in the library\\.$`)],
    ];
    for (const [input, type, message] of refusals) {
      expect(await core.call('items.restoreVersion', input), JSON.stringify(input)).toEqual({ ok: false, error: { type, message: expect.stringMatching(message) } });
    }
    expect(fingerprint(core.library.db)).toBe(before);
  });
});

describe('a bundle that cannot be trusted', () => {
  const envelope = (content: unknown, overrides: Record<string, unknown> = {}) =>
    gzipSync(
      JSON.stringify({
        format: 'rapporteur-bundle',
        formatVersion: 1,
        checksum: `sha256:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`,
        content,
        ...overrides,
      }),
    );
  const MISSING = '6f1d6f1e-0000-4000-8000-000000000000';
  const CREATED = '"createdAt":"2026-11-24T10:00:00.000Z"';
  /** A bundle with a right header and checksum around content written as JSON text, which may be too deep for JSON.stringify. */
  const hostileBundle = (contentJson: string) =>
    gzipSync(`{"format":"rapporteur-bundle","formatVersion":1,"checksum":"sha256:${createHash('sha256').update(contentJson).digest('hex')}","content":${contentJson}}`);

  const hostile: [string, (from: Core) => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['an empty file', () => new Uint8Array(), /is empty/],
    ['a text file', () => Buffer.from('Lesson 1: a note, not a bundle'), /is not a Rapporteur bundle/],
    ['a zip file', () => Buffer.from('PK\u0003\u0004 not really a bundle'), /is not a Rapporteur bundle/],
    ['gzip’d JSON of something else', () => gzipSync('{"lessons": []}'), /is not a Rapporteur bundle/],
    ['a truncated bundle', async (from) => (await exported(from)).subarray(0, 2000), /is damaged/],
    ['invalid JSON', () => gzipSync('{"format": "rapporteur-bundle", "items": ['), /not valid JSON/],
    ['text that is not UTF-8', () => gzipSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), /not UTF-8/],
    ['a bundle from a newer version', () => envelope({ createdAt: '2030-01-01T00:00:00Z', items: [], shelves: [] }, { formatVersion: 2 }), /newer version of Rapporteur/],
    [
      'a tampered bundle',
      async (from) => {
        const json = JSON.parse(gunzipSync(await exported(from)).toString('utf8')) as { content: { items: Item[] } };
        (json.content.items[0]!.data as { title: string }).title = 'Quietly changed';
        return gzipSync(JSON.stringify(json));
      },
      /cannot be trusted: its content does not match its checksum, so the file was damaged or edited after it was exported/,
    ],
    [
      'items that break the rules',
      () => envelope({ createdAt: '2026-11-24T10:00:00Z', items: [{ id: MISSING, kind: 'lesson', createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z', data: { title: '' } }] }),
      /items that are not valid.*title/,
    ],
    ['a compression bomb', () => gzipSync(Buffer.alloc(70 * 1024 * 1024)), /more than 64 MB.*compression bomb/],
    // Within 64 MB, but each would take gigabytes once parsed, or overflow the stack while checked; the checksums are right.
    ['millions of empty objects', () => hostileBundle(`{${CREATED},"items":[${'{},'.repeat(22_000_000)}{}]}`), /holds more than 2,000,000 objects and arrays/],
    ['millions of numbers', () => hostileBundle(`{${CREATED},"items":[],"padding":[${'0,'.repeat(10_000_000)}0]}`), /holds more than 8,000,000 values/],
    ['content nested 100,000 deep', () => hostileBundle(`{${CREATED},"items":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`), /nests objects and arrays more than 64 deep/],
    [
      'a lesson whose title is 62 MB of text',
      (from) => {
        const lesson = from.library.items.list('lesson', {}, 1, 0).items[0]!;
        return bundleOf({ ...lesson, kind: 'lesson', data: LessonData.parse({ title: 'x'.repeat(62 * 1024 * 1024), body: richText('x') }) });
      },
      /cannot be imported: one of its texts is 62 MB long; the longest a Rapporteur item holds is 1 MB/,
    ],
    ['a million items that are not items', () => hostileBundle(`{${CREATED},"items":[${'{},'.repeat(999_999)}{}]}`), /items that are not valid\. Invalid item 1: kind/],
    [
      'a lesson citing a source neither has',
      (from) => {
        const source = from.library.create('source', { title: 'New here', type: 'report' });
        const lesson: ItemOf<'lesson'> = { ...from.library.items.list('lesson', {}, 1, 0).items[0]!, kind: 'lesson', id: '6f1d6f1e-0000-4000-8000-000000000001', data: { ...LessonData.parse({ title: 'Orphan', body: richText('x') }), sourceIds: [MISSING] } };
        return bundleOf(source, lesson);
      },
      /could not be imported: Invalid lesson: its source 6f1d6f1e-0000-4000-8000-000000000000 is not in the library/,
    ],
    [
      'an id that is another kind of item here',
      (from) => {
        const lesson = from.library.items.list('lesson', {}, 1, 0).items[0]!;
        return bundleOf({ id: lesson.id, kind: 'source', data: { ...from.library.create('source', { title: 'Same id', type: 'other' }).data }, createdAt: lesson.createdAt, updatedAt: lesson.updatedAt });
      },
      /its source "Same id" has the id .* which in this library is the lesson/,
    ],
  ];

  it.each(hostile)('%s is refused with a message naming the file, and the library is unchanged', async (_what, make, problem) => {
    const core = tempCore();
    const bytes = await make(tempCore());
    const before = fingerprint(core.library.db);
    const answer = await core.call('bundles.import', { name: 'suspicious.json.gz', base64: Buffer.from(bytes).toString('base64') });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.message).toMatch(/^suspicious\.json\.gz /);
      expect(answer.error.message).toMatch(problem);
      expect(answer.error.message).toMatch(/Nothing was imported\.$/);
    }
    expect(fingerprint(core.library.db)).toBe(before);
  });
});
