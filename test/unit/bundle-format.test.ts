import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeBundle, encodeBundle, type BundleContent } from '../../electron/core/bundle/format';
import { LessonData, SourceData, type Item } from '../../shared/domain';
import { ApiError } from '../../shared/errors';
import { richText } from '../../shared/richtext';
import { inFreshProcess } from '../helpers/fresh-process';

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

/** A bundle with a right header and checksum around the given content, written as JSON text (so it may be too deep for JSON.stringify). */
function hostileBundle(contentJson: string): Buffer {
  const checksum = `sha256:${createHash('sha256').update(contentJson).digest('hex')}`;
  return gzipSync(`{"format":"rapporteur-bundle","formatVersion":1,"checksum":"${checksum}","content":${contentJson}}`);
}

const CREATED = '"createdAt":"2026-11-24T10:00:00.000Z"';
/** 64 KB of gzip that inflates to just under 64 MB of `{},{},…`: some 22 million objects once parsed. */
const emptyObjects = () => hostileBundle(`{${CREATED},"items":[${'{},'.repeat(22_000_000)}{}]}`);

const MB = 1024 * 1024;
/** 75 KB of gzip: one lesson whose title is 62 MB of text, with a right checksum. */
const hugeTitle = () => {
  const stamp = '2026-11-24T10:00:00.000Z';
  const lesson: Item = { id: '6f1d6f1e-0000-4000-8000-000000000003', kind: 'lesson', data: LessonData.parse({ title: 'x'.repeat(62 * MB), body: richText('Short.') }), createdAt: stamp, updatedAt: stamp };
  return encodeBundle({ createdAt: stamp, items: [lesson] });
};

describe('a bundle built to exhaust memory or the stack', () => {
  it('is refused, naming the file, when it holds millions of empty objects', () => {
    const bytes = emptyObjects();
    expect(bytes.length).toBeLessThan(100 * 1024);
    expect(refusal(bytes)).toBe('shared.json.gz holds more than 2,000,000 objects and arrays, far more than any real bundle (reading it would take gigabytes of memory). Nothing was imported.');
  });

  it('is refused when it holds millions of numbers in one array', () => {
    expect(refusal(hostileBundle(`{${CREATED},"items":[],"padding":[${'0,'.repeat(10_000_000)}0]}`))).toMatch(/^shared\.json\.gz holds more than 8,000,000 values, far more than any real bundle/);
  });

  it('is refused when its content nests deeper than the checksum can be computed', () => {
    const deep = 200_000;
    expect(refusal(hostileBundle(`{${CREATED},"items":[],"padding":${'['.repeat(deep)}${']'.repeat(deep)}}`))).toBe(
      'shared.json.gz nests objects and arrays more than 64 deep, far deeper than any real bundle. Nothing was imported.',
    );
  });

  it('counts no brackets, commas or escaped quotes inside text', () => {
    const stamp = '2026-11-24T10:00:00.000Z';
    const item: Item = { id: '6f1d6f1e-0000-4000-8000-000000000002', kind: 'source', data: SourceData.parse({ title: 'Brackets', summary: '\\"[{,'.repeat(5000), type: 'report' }), createdAt: stamp, updatedAt: stamp };
    const written = { createdAt: stamp, items: [item] };
    expect(decodeBundle(encodeBundle(written), 'b.json.gz')).toEqual(written);
  });

  it('is refused, naming the file, when one text in it is longer than any a Rapporteur item holds', () => {
    const bytes = hugeTitle();
    expect(bytes.length).toBeLessThan(100 * 1024);
    expect(refusal(bytes)).toBe('shared.json.gz cannot be imported: one of its texts is 62 MB long; the longest a Rapporteur item holds is 1 MB. Nothing was imported.');
  });

  it('takes a long text that a real item could hold', () => {
    const stamp = '2026-11-24T10:00:00.000Z';
    const long: Item = { id: '6f1d6f1e-0000-4000-8000-000000000004', kind: 'source', data: SourceData.parse({ title: 'A long summary', summary: 'A paragraph of a report. '.repeat(40_000), type: 'report' }), createdAt: stamp, updatedAt: stamp };
    const written = { createdAt: stamp, items: [long] };
    expect(decodeBundle(encodeBundle(written), 'b.json.gz')).toEqual(written);
  });

  it('turns the stack or memory running out anywhere in decoding into a refusal naming the file', () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(refusal(encodeBundle({ createdAt: '2026-11-24T10:00:00.000Z', items: [] }))).toBe(
        'shared.json.gz is too large or too deeply nested to read (Maximum call stack size exceeded). Nothing was imported.',
      );
    } finally {
      parse.mockRestore();
    }
  });

  it('says an edited file does not match its checksum', () => {
    const text = gunzipSync(encodeBundle({ createdAt: '2026-11-24T10:00:00.000Z', items: [] })).toString('utf8');
    expect(refusal(gzipSync(text.replace('10:00:00', '11:00:00')))).toBe(
      'shared.json.gz cannot be trusted: its content does not match its checksum, so the file was damaged or edited after it was exported. Nothing was imported.',
    );
  });

  it('is refused in under 300 MB of memory (measured in a fresh process)', async () => {
    const format = fileURLToPath(new URL('../../electron/core/bundle/format.ts', import.meta.url));
    const { message, peakMb } = await inFreshProcess(emptyObjects(), format, 'decodeBundle', "decodeBundle(bytes, 'hostile.json.gz')");
    expect(message).toMatch(/^hostile\.json\.gz holds more than 2,000,000 objects and arrays/);
    expect(peakMb).toBeLessThan(300);
  });

  it('with a 62 MB text is refused in under 300 MB of memory (measured in a fresh process)', async () => {
    const format = fileURLToPath(new URL('../../electron/core/bundle/format.ts', import.meta.url));
    const { message, peakMb } = await inFreshProcess(hugeTitle(), format, 'decodeBundle', "decodeBundle(bytes, 'hostile.json.gz')");
    expect(message).toMatch(/^hostile\.json\.gz cannot be imported: one of its texts is 62 MB long/);
    expect(peakMb).toBeLessThan(300);
  });
});
