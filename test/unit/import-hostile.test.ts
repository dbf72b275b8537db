// Hostile and broken files offered for import: each is built here, each is refused with a
// message naming the file and the problem, and reading a zip bomb keeps memory bounded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../electron/core/import/admit';
import { MAX_XML_ELEMENTS } from '../../electron/core/import/docx';
import { readFile } from '../../electron/core/import/read';
import { cli } from '../helpers/cli';
import { fingerprint, libraryFingerprint, tempCore, tempDir } from '../helpers/temp-library';
import { deflatedZeros, documentXml, minimalDocx, zipOf } from '../helpers/zip-writer';
import { inFreshProcess } from '../helpers/fresh-process';

async function refusal(name: string, bytes: Uint8Array): Promise<ApiError> {
  try {
    await readFile({ name, bytes });
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).type).toBe('invalid-input');
    return error as ApiError;
  }
  throw new Error(`${name} was read`);
}

/** A 2 GB stream of zeros in about 2 MB, posing as an image whose size is claimed as 1 KB. */
function zipBomb(): Buffer {
  return minimalDocx({ extra: [{ name: 'word/media/image1.png', deflated: deflatedZeros(2048), size: 1024 }] });
}

/** Dense Word XML: 200,000 empty paragraphs, a few KB zipped, which mammoth would hold as gigabytes of objects. */
function xmlBomb(paragraphs = 200_000): Buffer {
  return minimalDocx({ document: documentXml([]).replace('<w:body>', `<w:body>${'<w:p/>'.repeat(paragraphs)}`) });
}

const laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
const xxe = '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Types/>';
const withPath = (path: string) => minimalDocx({ extra: [{ name: path, data: Buffer.from('x') }] });

/** What each hostile file is, its name, its bytes, and the problem its refusal must name after "<name> cannot be imported: ". */
const HOSTILE: [what: string, name: string, make: () => Uint8Array, problem: RegExp][] = [
  ['an empty file', 'empty.docx', () => new Uint8Array(0), /it is empty/],
  ['a text file of nothing but spaces, blank lines and a byte-order mark', 'blank.txt', () => Buffer.from('\ufeff  \r\n\t\n   \n'), /it holds no text, only spaces or blank lines/],
  ['a web page saved as HTML', 'story.html', () => Buffer.from('<p>Lesson 1: x</p>'), /it is a web page \(HTML\)\. .*copy the article’s text into a \.txt file/],
  ['a web page named .txt', 'story.txt', () => Buffer.from('<!DOCTYPE html>\n<html><body><h1>Title</h1></body></html>'), /it is a web page \(HTML\)/],
  ['a non-zip file named .docx', 'report.docx', () => Buffer.from('Dear colleagues, please find the report attached.'), /it is named \.docx but is not a Word document.*save it as \.docx again/],
  [
    'a truncated Word file',
    'cut.docx',
    () => {
      const whole = minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.alloc(4096, 0x20) }] });
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    /it is not a Word document \(it is not a zip file, or the end of it is missing\)/,
  ],
  [
    'a zip whose compressed data is corrupt',
    'corrupt.docx',
    () => minimalDocx({ extra: [{ name: 'word/styles.xml', deflated: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x13, 0x37, 0x00, 0x42, 0x99]), size: 100 }] }),
    /its word\/styles\.xml is damaged/,
  ],
  [
    'a zip whose directory points past its end',
    'moved.docx',
    () => {
      const bytes = Buffer.from(minimalDocx());
      // The central directory's offset, in the end record.
      bytes.writeUInt32LE(bytes.length + 1000, bytes.length - 6);
      return bytes;
    },
    /its zip structure is damaged/,
  ],
  ['a zip without a Word body', 'photos.docx', () => zipOf([{ name: 'holiday.txt', data: Buffer.from('sun') }]), /it is not a Word document \(it has no word\/document\.xml\)/],
  ['an entry climbing out with ../', 'climb.docx', () => withPath('../../etc/passwd'), /it holds a file with an unsafe path, "\.\.\/\.\.\/etc\/passwd" \(it climbs out of its folder with \.\.\)/],
  ['an entry climbing out from inside a folder', 'inner.docx', () => withPath('word/../../evil.xml'), /it holds a file with an unsafe path, "word\/\.\.\/\.\.\/evil\.xml" \(it climbs out of its folder/],
  ['an absolute entry path', 'absolute.docx', () => withPath('/etc/cron.d/job'), /it holds a file with an unsafe path, "\/etc\/cron\.d\/job" \(it is absolute\)/],
  ['a drive-letter entry path', 'drive.docx', () => withPath('C:/Windows/evil.dll'), /it holds a file with an unsafe path, "C:\/Windows\/evil\.dll" \(it is absolute\)/],
  ['an entry path with backslashes', 'backslash.docx', () => withPath('word\\..\\evil.xml'), /it holds a file with an unsafe path, "word\\\\\.\.\\\\evil\.xml" \(it contains a backslash\)/],
  ['XML with entity declarations (billion laughs)', 'laughs.docx', () => minimalDocx({ document: documentXml(['&lol2;'], laughs) }), /its word\/document\.xml declares a DOCTYPE or entities/],
  ['XML with an external entity', 'xxe.docx', () => minimalDocx({ contentTypes: xxe }), /its \[Content_Types\]\.xml declares a DOCTYPE or entities/],
  ['a zip bomb whose sizes lie', 'bomb.docx', zipBomb, /its word\/media\/image1\.png inflates to more than 64 MB/],
  [
    'entries each within the limit that together inflate past it',
    'many.docx',
    () => minimalDocx({ extra: Array.from({ length: 5 }, (_, i) => ({ name: `word/media/part${i}.bin`, deflated: deflatedZeros(60), size: 10 })) }),
    /its contents inflate to more than 200 MB in all/,
  ],
  [
    'dense XML in a part not called .xml, named as the main document by the package',
    'renamed.docx',
    () => minimalDocx({ mainPart: 'word/body.bin', extra: [{ name: 'word/body.bin', data: Buffer.from(documentXml([]).replace('<w:body>', `<w:body>${'<w:p/>'.repeat(200_000)}`)) }] }),
    /its relationships point at word\/body\.bin, which is not one of its XML parts/,
  ],
  [
    'dense XML in another .xml part named as the main document',
    'elsewhere.docx',
    () => minimalDocx({ mainPart: '/word/text.xml', extra: [{ name: 'word/text.xml', data: Buffer.from(documentXml([]).replace('<w:body>', `<w:body>${'<w:p/>'.repeat(200_000)}`)) }] }),
    /it is too large to read in one piece/,
  ],
  ['dense XML that would take gigabytes to parse', 'dense.docx', xmlBomb, /it is too large to read in one piece \(its Word XML holds 200,00\d elements; at most 75,000 can be read\)\. Split it/],
  [
    'XML parts that together inflate past what is held in memory',
    'parts.docx',
    () => minimalDocx({ extra: [1, 2].map((i) => ({ name: `customXml/item${i}.xml`, deflated: deflatedZeros(20), size: 10 })) }),
    /the parts of it that are read \(such as customXml\/item2\.xml\) inflate to more than 32 MB in all/,
  ],
  [
    'more entries than a Word file ever has',
    'crowded.docx',
    () => minimalDocx({ extra: Array.from({ length: 5001 }, (_, i) => ({ name: `word/media/${i}.txt`, data: Buffer.from('x') })) }),
    /it holds 5004 files, more than the 5000 allowed/,
  ],
  [
    'text that is not valid UTF-8',
    'notes.txt',
    () => Buffer.concat([Buffer.from('Lesson 1\nThe unit met monthly.\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
    /it is not valid UTF-8 text \(the first bad byte is on line 3\)\. .*save it with the encoding UTF-8/,
  ],
  [
    'a zip whose parts are encrypted',
    'locked.docx',
    () => minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), flags: 1 }] }),
    /it is password-protected \(encrypted\)\. Open it in Word, remove the password \(File > Info > Protect Document\), save it and import it again\.$/,
  ],
  [
    'a part longer than the zip records',
    'longer.docx',
    () => minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), size: 3 }] }),
    /it is damaged: one of its parts, word\/styles\.xml, does not match its recorded size\. .*save it as \.docx again/,
  ],
  [
    'a part whose checksum does not match',
    'altered.docx',
    () => minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), crc: 12345 }] }),
    /it is damaged: one of its parts, word\/styles\.xml, does not match its recorded checksum\. .*save it as \.docx again/,
  ],
  [
    'two parts of the same name',
    'twice.docx',
    () => minimalDocx({ extra: [{ name: 'word/document.xml', data: Buffer.from(documentXml(['Read by one reader, not the other.'])) }] }),
    /it holds two files named "word\/document\.xml", which a Word file never does\. .*save it as \.docx again/,
  ],
  [
    'a part compressed in a way Word never uses',
    'lzma.docx',
    () => minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), method: 14 }] }),
    /its word\/styles\.xml is compressed in a way Word files never are\. .*save it as \.docx again/,
  ],
  [
    'a password-protected Word file (an OLE compound file) named .docx',
    'protected.docx',
    () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    /it is password-protected \(encrypted\), or an old-style Word \(\.doc\) file renamed \.docx\. Open it in Word: if it asks for a password, remove the password \(File > Info > Protect Document\) and save it; otherwise save it as \.docx\. Then import it again\.$/,
  ],
  [
    'UTF-16 XML without a byte-order mark hiding entity declarations',
    'wide.docx',
    () => minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from(`${laughs}<w:styles/>`.replace('version="1.0"', 'version="1.0" encoding="UTF-16"'), 'utf16le') }] }),
    /its word\/styles\.xml declares a DOCTYPE or entities/,
  ],
];

describe('import refuses broken and hostile files', () => {
  it.each(HOSTILE)('%s', async (_what, name, make, problem) => {
    const error = await refusal(name, make());
    expect(error.message.startsWith(`${name} cannot be imported: `)).toBe(true);
    expect(error.message).toMatch(problem);
  });

  it('keeps the zip bomb small on disk: a few MB that would inflate to 2 GB', () => {
    expect(zipBomb().length).toBeLessThan(3 * 1024 * 1024);
  });

  it('refuses a file over the 20 MB limit before reading it', async () => {
    const error = await refusal('scan.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61));
    expect(error.message).toMatch(/^scan\.txt cannot be imported: it is larger than 20 MB/);
  });

  it.each([
    ['the zip bomb', zipBomb, /^hostile\.docx cannot be imported: /],
    ['the dense XML', () => xmlBomb(), /^hostile\.docx cannot be imported: /],
    // Just under the element limit: the most a file can make the reader hold, and still read.
    ['the densest Word file that is read', () => xmlBomb(MAX_XML_ELEMENTS - 50), /^$/],
  ])('handles %s in under 300 MB of memory (measured in a fresh process)', async (_what, make, outcome) => {
    const read = fileURLToPath(new URL('../../electron/core/import/read.ts', import.meta.url));
    const { message, peakMb } = await inFreshProcess(make(), read, 'readFile', "readFile({ name: 'hostile.docx', bytes })");
    expect(message).toMatch(outcome);
    expect(peakMb).toBeLessThan(300);
  });
});

describe('import through the API refuses hostile files and writes nothing', () => {
  it.each(HOSTILE)('%s', async (_what, name, make, problem) => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    for (const as of ['document', 'library'] as const) {
      const answer = await core.call('import.run', { name, base64: Buffer.from(make()).toString('base64'), as });
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.type).toBe('invalid-input');
        expect(answer.error.message.startsWith(`${name} cannot be imported: `)).toBe(true);
        expect(answer.error.message).toMatch(problem);
      }
    }
    expect(fingerprint(core.library.db)).toBe(before);
  });
});

describe('rapporteur import refuses a zip bomb', () => {
  it('says why on stderr, exits non-zero and leaves the library file as it was', () => {
    const dir = tempDir();
    const library = join(dir, 'library.sqlite');
    const bomb = join(dir, 'bomb.docx');
    writeFileSync(bomb, zipBomb());
    expect(cli(['list', 'lessons', '--library', library]).code).toBe(0);
    const before = libraryFingerprint(library);
    const result = cli(['import', bomb, '--as', 'library', '--library', library]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bomb\.docx cannot be imported: its word\/media\/image1\.png inflates to more than 64 MB/);
    expect(result.stdout).toBe('');
    expect(libraryFingerprint(library)).toBe(before);
  });
});

describe('zip and XML failures in the user’s words', () => {
  it('names the file, the problem and what to do in one line, never the zip or XML library’s own message', async () => {
    const broken: [string, Uint8Array][] = [
      ['locked.docx', minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), flags: 1 }] })],
      ['longer.docx', minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), size: 3 }] })],
      ['corrupt.docx', minimalDocx({ extra: [{ name: 'word/styles.xml', deflated: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x13, 0x37, 0x00, 0x42, 0x99]), size: 100 }] })],
      ['lzma.docx', minimalDocx({ extra: [{ name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), method: 14 }] })],
      ['unclosed.docx', minimalDocx({ document: documentXml(['An unclosed <w:b> tag']) })],
    ];
    for (const [name, bytes] of broken) {
      const { message } = await refusal(name, bytes);
      expect(message).toMatch(new RegExp(`^${name.replace('.', '\\.')} cannot be imported: it[s ][^\\n]*\\. Open it in Word`));
      expect(message).not.toMatch(/options\.|Bug|decodeFileData|invalid|xmldom|\[|\n/);
    }
  });
});
