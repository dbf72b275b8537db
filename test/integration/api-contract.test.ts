import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { METHOD_NAMES, type MethodName } from '../../shared/methods';
import type { ItemOf } from '../../shared/domain';
import { richText } from '../../shared/richtext';
import { encodeBundle } from '../../electron/core/bundle/format';
import { fingerprint, tempCore } from '../helpers/temp-library';

const MISSING = '6f1d6f1e-0000-4000-8000-000000000000';

/** Calls that must each be refused with invalid-input, per method. */
const INVALID: Record<MethodName, unknown[]> = {
  'items.list': [{}, { kind: 'lessons' }, { kind: 'lesson', limit: 0 }, { kind: 'lesson', limit: 'ten' }, { kind: 'lesson', offset: -1 }, { kind: 'lesson', sourceId: 'abc' }],
  'items.get': [{}, { id: 'not-a-uuid' }, { id: MISSING, kind: 'memo' }],
  'items.create': [
    {},
    { kind: 'lesson' },
    { kind: 'lesson', data: { body: richText('No title.') } },
    { kind: 'lesson', data: { title: 'No body' } },
    { kind: 'lesson', data: { title: 'Extra', body: richText('x'), colour: 'red' } },
    { kind: 'source', data: { title: 'Bad date', type: 'report', date: '24/11/2026' } },
    { kind: 'source', data: { title: 'Bad type', type: 'memo' } },
    { kind: 'source', data: { title: 'Script link', type: 'web-page', url: 'javascript:alert(1)' } },
    { kind: 'workshop', data: { title: 'Backwards', startDate: '2017-11-14', endDate: '2017-11-13' } },
    { kind: 'table', data: { title: 'Ragged', columns: [{ label: 'Year' }, { label: 'Amount', type: 'number' }], rows: [['2019']] } },
    { kind: 'table', data: { title: 'Words for numbers', columns: [{ label: 'Amount', type: 'number' }], rows: [['many']] } },
    { kind: 'note', data: { workshopId: MISSING, noteType: 'gossip', text: 'x' } },
    { kind: 'memo', data: { title: 'x' } },
    { kind: 'lesson', id: 'short', data: { title: 'x', body: richText('x') } },
  ],
  'items.update': [{}, { kind: 'lesson', id: MISSING }, { kind: 'lesson', id: MISSING, data: [] }, { kind: 'lesson', id: MISSING, data: {}, baseUpdatedAt: 'yesterday' }],
  'items.delete': [{}, { kind: 'lesson' }, { id: MISSING }],
  'items.usedBy': [{}, { id: 42 }],
  search: [{}, { query: '' }, { query: '   ' }, { query: 'x'.repeat(501) }, { query: 'stocktake', kind: 'everything' }, { query: 'stocktake', limit: 1000 }],
  'documents.versions': [{}, { documentId: 'x' }],
  'documents.snapshot': [{}, { documentId: MISSING, label: 'x'.repeat(201) }],
  'documents.version': [{}, { versionId: null }],
  'documents.restore': [{}, { documentId: MISSING }],
  'documents.new': [{}, { templateId: 'from-policy-to-action' }, { templateId: 'from-policy-to-action', title: '  ' }, { title: 'No template' }],
  'documents.check': [{}, { documentId: 'x' }],
  'documents.export': [
    {},
    { documentId: MISSING },
    { documentId: MISSING, format: 'odt' },
    { documentId: MISSING, format: 'docx', referenceDoc: { name: 'org.docx', base64: '***not base64***' } },
  ],
  'templates.list': [[], 'everything', 7],
  'templates.get': [{}, { id: '' }],
  'library.info': [[], 'x'],
  'items.versions': [{}, { id: 'x' }],
  'items.version': [{}, { versionId: 7 }],
  'items.restoreVersion': [{}, { id: MISSING }, { id: MISSING, versionId: 'x' }],
  'bundles.export': [{ kinds: ['memos'] }, { documentId: 'x' }, { tag: '' }],
  'bundles.import': [{}, { name: 'b.json.gz' }, { name: '', base64: 'H4sI' }, { name: 'b.json.gz', base64: '***not base64***' }],
  'backups.list': [[], 'x'],
  'backups.create': [[], 'x'],
  'backups.restore': [{}, { name: '../elsewhere/library.sqlite' }, { name: 'notes.txt' }],
  'import.preview': [{}, { name: 'notes.txt' }, { name: 'notes.txt', base64: 'Tm90ZXM=', as: 'memo' }, { name: '', base64: 'Tm90ZXM=' }],
  'import.run': [{}, { base64: 'Tm90ZXM=' }, { name: 'notes.txt', base64: '***not base64***' }, { name: 'notes.txt', base64: 'Tm90ZXM=', workshopId: 'x' }],
};

describe('the API contract', () => {
  it('declares every method once, with a summary, and the preload allow-list matches it', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(contract[method].summary.length).toBeGreaterThan(10);
  });

  it.each(METHOD_NAMES)('%s refuses invalid input with a readable invalid-input error and changes nothing', async (method) => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    for (const input of INVALID[method]) {
      const envelope = await core.call(method, input);
      expect(envelope, JSON.stringify(input)).toMatchObject({ ok: false, error: { type: 'invalid-input' } });
      if (!envelope.ok) {
        expect(envelope.error.message).toMatch(/^Invalid input to /);
        expect(envelope.error.message).not.toMatch(/\n\s+at /);
        expect(Object.keys(envelope.error).sort()).toEqual(['message', 'type']);
      }
    }
    expect(fingerprint(core.library.db)).toBe(before);
  });

  it('names an unknown method and lists the real ones', async () => {
    const core = tempCore();
    const envelope = await core.call('items.destroyAll' as MethodName, {});
    expect(envelope).toMatchObject({ ok: false, error: { type: 'unknown-method', message: expect.stringContaining('items.list') } });
  });

  it('answers every method with output that matches its declared schema', async () => {
    const core = tempCore();
    const { api } = core;
    const lessons = await api['items.list']({ kind: 'lesson' });
    const lessonId = lessons.items[0]!.id;
    const document = await api['items.create']({ kind: 'document', data: { title: 'Brief', templateId: 'from-policy-to-action', state: richText('Draft.') } });
    const version = await api['documents.snapshot']({ documentId: document.id, label: 'first' });
    const created = await api['items.create']({ kind: 'source', data: { title: 'Notes', type: 'other' } });
    const lesson = (await api['items.get']({ id: lessonId, kind: 'lesson' })) as ItemOf<'lesson'>;
    const olderCopy = { ...lesson, data: { ...lesson.data, title: 'An older title' }, updatedAt: '2001-01-01T00:00:00.000Z' };
    const bundle = encodeBundle({ createdAt: '2001-01-01T00:00:00.000Z', items: [olderCopy] }).toString('base64');
    const kept = await api['bundles.import']({ name: 'older.json.gz', base64: bundle });
    const backup = await api['backups.create']({});
    const inputs: Record<MethodName, unknown> = {
      'items.list': { kind: 'lesson' },
      'items.get': { id: lessonId },
      'items.create': { kind: 'source', data: { title: 'Another', type: 'report' } },
      'items.update': { kind: 'document', id: document.id, data: { title: 'Brief, revised' } },
      'items.delete': { kind: 'source', id: created.id },
      'items.usedBy': { id: lessons.items[0]!.id },
      search: { query: 'delivery unit' },
      'documents.versions': { documentId: document.id },
      'documents.snapshot': { documentId: document.id },
      'documents.version': { versionId: version.id },
      'documents.restore': { documentId: document.id, versionId: version.id },
      'documents.new': { templateId: 'workshop-report', title: 'Notes from the workshop' },
      'documents.check': { documentId: document.id },
      'documents.export': { documentId: document.id, format: 'md' },
      'templates.list': {},
      'templates.get': { id: 'from-policy-to-action' },
      'library.info': {},
      'items.versions': { id: lessonId },
      'items.version': { versionId: kept.items[0]!.versionId },
      'items.restoreVersion': { id: lessonId, versionId: kept.items[0]!.versionId },
      'bundles.export': { kinds: ['lesson'] },
      'bundles.import': { name: 'older.json.gz', base64: bundle },
      'backups.list': {},
      'backups.create': {},
      'backups.restore': { name: backup.name },
      'import.preview': { name: 'notes.txt', base64: Buffer.from('Notes\n\nA first paragraph.').toString('base64'), as: 'library' },
      'import.run': { name: 'notes.txt', base64: Buffer.from('Notes\n\nA first paragraph.').toString('base64') },
    };
    for (const method of METHOD_NAMES) {
      const envelope = await core.call(method, inputs[method]);
      expect(envelope.ok, `${method}: ${JSON.stringify(envelope)}`).toBe(true);
      if (envelope.ok) expect(() => contract[method].output.parse(envelope.value), method).not.toThrow();
    }
  });

  it('turns an unexpected failure into an internal error without details and keeps the library', async () => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    core.library.db.exec('CREATE TRIGGER fail_insert BEFORE INSERT ON items BEGIN SELECT RAISE(ABORT, \'disk trouble\'); END;');
    const envelope = await core.call('items.create', { kind: 'source', data: { title: 'x', type: 'other' } });
    expect(envelope).toMatchObject({ ok: false, error: { type: 'internal' } });
    if (!envelope.ok) expect(envelope.error.message).not.toContain('disk trouble');
    core.library.db.exec('DROP TRIGGER fail_insert');
    expect(fingerprint(core.library.db)).toBe(before);
  });
});
