// Which reader a file needs, and which files never reach one: what a person sees when
// they drop a file on the window or run `rapporteur import`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { admitFile } from '../../electron/core/import/admit';
import { minimalDocx } from '../helpers/zip-writer';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(name: string, bytes: Uint8Array): ApiError {
  try {
    admitFile({ name, bytes });
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).type).toBe('invalid-input');
    return error as ApiError;
  }
  throw new Error(`${name} was admitted`);
}

const textOfAdmitted = (name: string, bytes: Uint8Array) => new TextDecoder().decode(admitFile({ name, bytes }).file.bytes);

describe('admitting a file for import', () => {
  it('tells Word, Markdown and plain text apart by their bytes, then their names, then their look', () => {
    const word = minimalDocx();
    expect(admitFile({ name: 'brief.docx', bytes: word }).format).toBe('docx');
    // A Word file saved under another name is still a Word file.
    expect(admitFile({ name: 'brief (1)', bytes: word }).format).toBe('docx');
    expect(admitFile({ name: 'notes.md', bytes: utf8('Plain words.') }).format).toBe('markdown');
    expect(admitFile({ name: 'notes.markdown', bytes: utf8('Plain words.') }).format).toBe('markdown');
    expect(admitFile({ name: 'seed.txt', bytes: utf8('# Not a heading in a text file') }).format).toBe('text');
    expect(admitFile({ name: 'pasted', bytes: utf8('# Lessons\n\nFirst lesson.') }).format).toBe('markdown');
    expect(admitFile({ name: 'pasted', bytes: utf8('Text[^1] with a note.\n\n[^1]: The note.') }).format).toBe('markdown');
    expect(admitFile({ name: 'pasted', bytes: utf8('| a | b |\n|---|---|\n| 1 | 2 |') }).format).toBe('markdown');
    expect(admitFile({ name: 'pasted', bytes: utf8('L esson 2: Plans need owners\nThe unit met monthly.') }).format).toBe('text');
  });

  it('takes UTF-8 with or without its byte-order mark, and UTF-16 with one', () => {
    const text = 'Lesson 1: Délivery — “routines” in Khyber Pakhtunkhwa';
    expect(textOfAdmitted('a.txt', utf8(text))).toBe(text);
    expect(textOfAdmitted('b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toBe(text);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(textOfAdmitted('c.txt', le)).toBe(text);
    const be = Buffer.from(le);
    be.swap16();
    expect(textOfAdmitted('d.txt', be)).toBe(text);
  });

  it('refuses an empty file', () => {
    expect(refusal('blank.md', new Uint8Array(0)).message).toMatch(/^blank\.md cannot be imported: it is empty/);
  });

  it('refuses a file over 20 MB (a 50 MB scan among them), saying what to do', () => {
    for (const megabytes of [20, 50]) {
      const message = refusal('archive.txt', new Uint8Array(megabytes * 1024 * 1024 + 1)).message;
      expect(message).toMatch(/^archive\.txt cannot be imported: it is larger than 20 MB\. Split it/);
    }
  });

  it('refuses more than 2 MB of text and more than 1 MB of Markdown (read on the app’s main thread), but not a Word file of that size', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(refusal('archive.txt', utf8('word '.repeat(450_000))).message).toMatch(/^archive\.txt cannot be imported: it is more than 2 MB of text \(some 1,000 pages\)\. Split it/);
    expect(refusal('notes.md', utf8('# Notes\n\n' + 'word '.repeat(220_000))).message).toMatch(/^notes\.md cannot be imported: it is more than 1 MB of Markdown/);
    expect(admitFile({ name: 'notes.txt', bytes: utf8('word '.repeat(200_000)) }).format).toBe('text');
    const bigWord = minimalDocx({ extra: [{ name: 'word/media/photo.png', data: Buffer.alloc(3 * 1024 * 1024, 1) }] });
    expect(admitFile({ name: 'brief.docx', bytes: bigWord }).format).toBe('docx');
  });

  it('refuses a .docx that is not a zip, an old .doc and a PDF, saying how to convert them', () => {
    expect(refusal('brief.docx', utf8('<html>saved from a browser</html>')).message).toMatch(
      /^brief\.docx cannot be imported: it is named \.docx but is not a Word document \(it is not a zip file\)/,
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(refusal('old.doc', ole).message).toMatch(/^old\.doc cannot be imported: it is an old-style Word \(\.doc\).*save it as \.docx/);
    expect(refusal('report.pdf', utf8('%PDF-1.7\n%âãÏÓ')).message).toMatch(/^report\.pdf cannot be imported: it is a PDF\. Copy its text/);
  });

  it('refuses binary data that happens to be valid UTF-8', () => {
    expect(refusal('data.bin', new Uint8Array([0x41, 0x00, 0x42])).message).toMatch(/^data\.bin cannot be imported: it is not a text file/);
  });

  it('refuses broken UTF-16', () => {
    // A lone high surrogate.
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(refusal('utf16.txt', bytes).message).toMatch(/^utf16\.txt cannot be imported: it is not valid UTF-16 text/);
  });

  // Any text with words in it; blank text and web pages are refused (import-hostile.test.ts).
  it('admits any text as UTF-8 unchanged (property)', () => {
    const admissible = (text: string) => !text.includes('\0') && !text.startsWith('\uFEFF') && text.trim() !== '' && !/^\s*<(!doctype\s+html|html[\s>])/i.test(text);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter(admissible), (text) => {
        const admitted = admitFile({ name: 'any.txt', bytes: utf8(text) });
        expect(admitted.format).toBe('text');
        expect(new TextDecoder().decode(admitted.file.bytes)).toBe(text);
      }),
    );
  });

  it('refuses, naming the file and the line, any bytes that are not UTF-8 (property)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const notUtf8 = fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((bytes) => {
      // Leave out what other checks catch first: byte-order marks, magic numbers of other formats.
      if ([0xff, 0xfe, 0xd0, 0x25, 0x50].includes(bytes[0]!)) return false;
      try {
        fatal.decode(bytes);
        return false;
      } catch {
        return true;
      }
    });
    fc.assert(
      fc.property(notUtf8, (bytes) => {
        const error = refusal('field notes.txt', bytes);
        expect(error.message).toMatch(/^field notes\.txt cannot be imported: it is not valid UTF-8 text \(the first bad byte is on line \d+\)/);
        const line = Number(/line (\d+)/.exec(error.message)![1]);
        // Every line before it is good UTF-8; that line is not.
        const lines = Buffer.from(bytes)
          .toString('latin1')
          .split('\n')
          .map((line) => Buffer.from(line, 'latin1'));
        const valid = (part: Uint8Array) => {
          try {
            fatal.decode(part);
            return true;
          } catch {
            return false;
          }
        };
        expect(lines.slice(0, line - 1).every(valid)).toBe(true);
        expect(valid(lines[line - 1]!)).toBe(false);
      }),
    );
  });
});
