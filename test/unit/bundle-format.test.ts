import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle, encodeBundle, type BundleContent } from '../../electron/core/bundle/format';
import { SourceData, type Item } from '../../shared/domain';
import { ApiError } from '../../shared/errors';

const source = fc
  .record({
    id: fc.uuid({ version: 4 }),
    title: fc.string({ minLength: 1, maxLength: 40 }).filter((title) => title.trim().length > 0),
    summary: fc.string({ maxLength: 200 }),
    authors: fc.array(fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim().length > 0), { maxLength: 3 }),
    at: fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2030-01-01') }),
  })
  .map(({ id, title, summary, authors, at }): Item => {
    const stamp = new Date(at).toISOString();
    return { id, kind: 'source', data: SourceData.parse({ title, summary, authors, type: 'report' }), createdAt: stamp, updatedAt: stamp };
  });

const content = fc
  .uniqueArray(source, { selector: (item) => item.id, maxLength: 8 })
  .map((items): BundleContent => ({ createdAt: '2026-11-24T10:00:00.000Z', items }));

function refusal(bytes: Uint8Array): string {
  try {
    decodeBundle(bytes, 'shared.json.gz');
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).message;
  }
  throw new Error('the bundle was accepted');
}

describe('the bundle file format', () => {
  it('reads back exactly what was written', () => {
    fc.assert(
      fc.property(content, (written) => {
        expect(decodeBundle(encodeBundle(written), 'b.json.gz')).toEqual(written);
      }),
    );
  });

  it('is gzip’d JSON a person can inspect, naming its format, version and checksum', () => {
    const bytes = encodeBundle({ createdAt: '2026-11-24T10:00:00.000Z', items: [] });
    const json = JSON.parse(new TextDecoder().decode(gunzipSync(bytes))) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'rapporteur-bundle', formatVersion: 1, checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it('refuses any one-character change to the file’s text, naming the file', () => {
    fc.assert(
      fc.property(content, fc.nat(), fc.constantFrom(...'0123456789abcdefxyzXYZ"{}[],: '), (written, at, replacement) => {
        const text = gunzipSync(encodeBundle(written)).toString('utf8');
        const index = at % text.length;
        fc.pre(text[index] !== replacement);
        const changed = text.slice(0, index) + replacement + text.slice(index + 1);
        expect(refusal(gzipSync(changed))).toMatch(/^shared\.json\.gz .*Nothing was imported\.$/);
      }),
    );
  });
});
