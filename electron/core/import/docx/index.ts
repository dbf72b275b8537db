import mammoth from 'mammoth';
import { xmlText } from '../../xml-text';
import { readZip, type ZipLimits } from '../../zip';
import { importRefusal } from '../admit';
import type { ImportFile, Recognised } from '../model';
import { CAPTION_CLASS, recogniseHtml, TITLE_CLASS } from './html';

/**
 * What a Word file may hold. mammoth inflates with JSZip, which has no limits, so the
 * whole file is inflated and counted here first: a zip bomb stops at these figures.
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

/** The XML parts (and relationship files) mammoth may parse: each is checked for DOCTYPEs. */
const XML_PART = /\.(xml|rels)$/i;
const MAIN_PART = 'word/document.xml';
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
  const refuse = (why: string) => importRefusal(file.name, `${why}. ${ADVICE}`);
  const parts = await readZip(file.bytes, { limits: DOCX_LIMITS, keep: (part) => XML_PART.test(part), checkAll: true, expected: 'a Word document' }, refuse);
  if (!parts.has(MAIN_PART)) throw refuse(`it is not a Word document (it has no ${MAIN_PART})`);
  let elements = 0;
  for (const [part, bytes] of parts) {
    xmlText(bytes, part, refuse);
    elements += elementCount(bytes);
  }
  if (elements > MAX_XML_ELEMENTS) {
    throw importRefusal(file.name, `it is too large to read in one piece (its Word XML holds ${elements.toLocaleString('en-GB')} elements; at most ${MAX_XML_ELEMENTS.toLocaleString('en-GB')} can be read). Split it into smaller documents and import each`);
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A style map hidden in the file must not change how it is read.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        // An image is counted and left out, never inflated.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw refuse(`Word's XML in it is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  return recogniseHtml(html);
}

/** Start tags and empty elements: a '<' not opening an end tag, a declaration or a comment. */
function elementCount(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf(0x3c); at !== -1; at = xml.indexOf(0x3c, at + 1)) {
    const next = xml[at + 1];
    if (next !== 0x2f && next !== 0x3f && next !== 0x21) count += 1;
  }
  return count;
}
