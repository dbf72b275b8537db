import { describe, expect, it, vi } from 'vitest';
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
