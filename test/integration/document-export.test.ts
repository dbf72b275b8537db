import { describe, expect, it, vi } from 'vitest';
import type { ItemOf } from '../../shared/domain';
import { richText, richTextToPlain, type RichTextNode } from '../../shared/richtext';
import { documentState, footnote, paragraph, pinnedLesson, section } from '../../electron/core/briefing/build';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { fingerprint, tempCore } from '../helpers/temp-library';

describe('exporting a document as PDF', () => {
  it('prints the document’s HTML with the desktop app’s printer', async () => {
    const printPdf = vi.fn((html: string) => Promise.resolve(Buffer.from(`%PDF of ${html.length} characters`)));
    const core = tempCore({ printPdf });
    const exported = await core.api['documents.export']({ documentId: POLICY_TO_ACTION_DOCUMENT_ID, format: 'pdf' });
    expect(exported).toMatchObject({ fileName: 'From Policy to Action.pdf', mediaType: 'application/pdf' });
    const [html] = printPdf.mock.calls[0]!;
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Lesson 6: Build the right team');
    expect(Buffer.from(exported.base64, 'base64').toString()).toBe(`%PDF of ${html.length} characters`);
  });

  it('says where to get a PDF when there is no printer (CLI, browser mode), and changes nothing', async () => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    const envelope = await core.call('documents.export', { documentId: POLICY_TO_ACTION_DOCUMENT_ID, format: 'pdf' });
    expect(envelope).toMatchObject({ ok: false, error: { type: 'unavailable', message: expect.stringContaining('PDF export needs the desktop app') } });
    expect(fingerprint(core.library.db)).toBe(before);
  });
});

describe('documents as they are saved and started', () => {
  it('stores custom nodes as their schema reads them, so a table given only its comparison still exports', async () => {
    const core = tempCore();
    const { items } = await core.api['items.list']({ kind: 'comparison' });
    const state = documentState(
      section('title', [paragraph('Annex only')]),
      section('annex', [{ type: 'comparisontable', version: 1, comparisonId: items[0]!.id }]),
    );
    const document = await core.api['items.create']({ kind: 'document', data: { title: 'Annex only', templateId: 'from-policy-to-action', state } });
    const stored = (await core.api['items.get']({ id: document.id, kind: 'document' })) as ItemOf<'document'>;
    expect(stored.data.state.root.children[1]!.children![0]).toMatchObject({ unitIds: [], questionIds: [], transposed: false, caption: '' });
    const exported = await core.api['documents.export']({ documentId: document.id, format: 'md' });
    expect(Buffer.from(exported.base64, 'base64').toString()).toContain('Special Monitoring Unit');
  });

  it('takes a new document’s title as typed, asterisks and all', async () => {
    const core = tempCore();
    const document = await core.api['documents.new']({ templateId: 'from-policy-to-action', title: 'Growth in 5* and 4* hotels', subtitle: '**Not** bold' });
    const [title] = (document as ItemOf<'document'>).data.state.root.children;
    expect(title!.children!.map((line: RichTextNode) => richTextToPlain(line))).toEqual(['Growth in 5* and 4* hotels', '**Not** bold']);
  });

  it('lets a lesson go from the library when a document keeps a pinned copy, and links what the copy cites', async () => {
    const core = tempCore();
    const source = await core.api['items.create']({ kind: 'source', data: { title: 'Field notes', type: 'other' } });
    const lesson = await core.api['items.create']({ kind: 'lesson', data: { title: 'Pinned lesson', body: richText('Body.') } });
    const body = { root: { ...richText('x').root, children: [paragraph('Cited.', footnote('From the field.', source.id))] } };
    const state = documentState(section('lessons', [pinnedLesson({ title: 'Pinned lesson', quote: null, body }, lesson.id)]));
    const document = await core.api['items.create']({ kind: 'document', data: { title: 'Pins', templateId: 'from-policy-to-action', state } });
    expect((await core.api['items.usedBy']({ id: source.id })).map((user) => user.id)).toEqual([document.id]);
    await core.api['items.delete']({ kind: 'lesson', id: lesson.id });
    const exported = await core.api['documents.export']({ documentId: document.id, format: 'md' });
    expect(Buffer.from(exported.base64, 'base64').toString()).toContain('Lesson 1: Pinned lesson');
  });
});
