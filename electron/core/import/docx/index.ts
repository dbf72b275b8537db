import { posix } from 'node:path';
import mammoth from 'mammoth';
import { xmlText } from '../../xml-text';
import { readZip, type ZipLimits } from '../../zip';
import { importRefusal } from '../admit';
import type { ImportFile, Recognised } from '../model';
import { CAPTION_CLASS, recogniseHtml, TITLE_CLASS } from './html';

/**
 * What a Word file may hold. The whole file is inflated and counted here, so a zip bomb
 * stops at these figures and a damaged part is refused before anything is read.
 */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  // The XML parts, held to be checked and then parsed: a 1,000-page document's are under 32 MB.
  maxKeptBytes: 32 * 1024 * 1024,
};

/**
 * mammoth holds each XML element of the parts it parses as objects of 2–3 KB, so a few
 * MB of dense XML (which zips to kilobytes) takes gigabytes: the elements are counted
 * first. 75,000 is a Word document of a couple of hundred pages, and under 300 MB to read.
 */
export const MAX_XML_ELEMENTS = 75_000;

/** The XML parts (and relationship files) a Word file has: each is checked for DOCTYPEs. */
const XML_PART = /\.(xml|rels)$/i;
const MAIN_PART = 'word/document.xml';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** The parts mammoth parses besides the main document, found through its relationships. */
const RELATED_PARTS = ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'];
/** What a person can do about any Word file refused here. */
const ADVICE = 'Nothing was read from it. Open it in Word or LibreOffice and save it as .docx again, or ask whoever sent it for a new copy';

/** Word's styles for quotations (Word, pandoc's "Block Text", LibreOffice's "Quotations") and the title. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1." + TITLE_CLASS + ':fresh',
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "p[style-name='Table Caption'] => p." + CAPTION_CLASS + ':fresh',
  "p[style-name='Caption'] => p." + CAPTION_CLASS + ':fresh',
];

/**
 * Reads a Word file's structure: headings, paragraphs with bold and italic, nested lists,
 * tables, footnotes, quotations and links. Images are never read; linked files and
 * external targets are never opened.
 */
export async function readDocx(file: ImportFile): Promise<Recognised> {
  const refuse = (why: string, advice = ADVICE) => importRefusal(file.name, `${why}. ${advice}`);
  const reading = { limits: DOCX_LIMITS, keep: (part: string) => XML_PART.test(part), checkAll: true, expected: 'a Word document' };
  // The XML parts as text, which is all that is kept: their bytes are let go as each is decoded.
  const parts = new Map<string, string>();
  for (const [part, bytes] of await readZip(file.bytes, reading, refuse)) parts.set(part, xmlText(bytes, part, refuse));
  // Only what mammoth parses counts, found as mammoth finds it: through the relationships, whatever the parts are called.
  let elements = 0;
  for (const part of partsMammothReads(parts, refuse)) elements += elementCount(parts.get(part)!);
  if (elements > MAX_XML_ELEMENTS) {
    throw importRefusal(file.name, `it is too large to read in one piece (its Word XML holds ${elements.toLocaleString('en-GB')} elements; at most ${MAX_XML_ELEMENTS.toLocaleString('en-GB')} can be read). Split it into smaller documents and import each`);
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(mammothInput(parts), {
      styleMap: STYLE_MAP,
      // A style map hidden in the file must not change how it is read.
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      // An image is counted and left out, never read.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch {
    // The XML parser's message (a line and column in escaped XML) tells a person nothing.
    throw refuse('its Word XML is damaged and cannot be read');
  }
  return recogniseHtml(html);
}

/**
 * The file as mammoth reads it: the XML parts checked here, already decoded, rather than
 * the zip. mammoth then parses exactly what was checked (its own zip reader, JSZip, could
 * take another copy of a part, and its messages would reach the user), and parts in UTF-16,
 * which it would read as UTF-8, come through. `file`, an opened zip, is the input mammoth's
 * openZip takes besides a path or buffer; its README does not list it, so should it go,
 * every Word file's reading (and test) fails at once.
 */
function mammothInput(parts: Map<string, string>): Parameters<typeof mammoth.convertToHtml>[0] {
  const file = {
    exists: (part: string) => parts.has(part),
    // Only XML is read: images are left out without being read.
    read: (part: string) => (parts.has(part) ? Promise.resolve(parts.get(part)!) : Promise.reject(new Error(`${part} is not an XML part`))),
  };
  return { file } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
}

/**
 * The parts mammoth parses as XML: the main document the package's relationships name
 * (word/document.xml in every Word file), and its styles, numbering, notes and comments.
 * A relationship may name any part, so each must be one of the checked XML parts.
 */
function partsMammothReads(parts: Map<string, string>, refuse: (why: string) => Error): string[] {
  const main = relationshipTargets(parts, '', 'officeDocument')[0] ?? MAIN_PART;
  const related = RELATED_PARTS.flatMap((type) => relationshipTargets(parts, main, type));
  for (const part of [main, ...related]) {
    if (!XML_PART.test(part)) throw refuse(`its relationships point at ${part}, which is not one of its XML parts`);
  }
  if (!parts.has(main)) throw refuse(`it is not a Word document (it has no ${main})`);
  // A related part that is missing is read as empty, by mammoth as here.
  return [main, ...related.filter((part) => parts.has(part))];
}

/** The targets of `source`'s relationships of one type, as paths in the package ('' is the package itself). */
function relationshipTargets(parts: Map<string, string>, source: string, type: string): string[] {
  const folder = posix.dirname(source) === '.' ? '' : posix.dirname(source);
  const rels = parts.get(posix.join(folder, '_rels', `${posix.basename(source)}.rels`));
  if (!rels) return [];
  const targets: string[] = [];
  for (const [element] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
    if (attribute('Type') !== `${RELATIONSHIP}${type}` || attribute('TargetMode') === 'External') continue;
    const target = attribute('Target') ?? '';
    targets.push(target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(folder, target)));
  }
  return targets;
}

/** Start tags and empty elements: a '<' not opening an end tag, a declaration or a comment. */
function elementCount(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const next = xml[at + 1];
    if (next !== '/' && next !== '?' && next !== '!') count += 1;
  }
  return count;
}
