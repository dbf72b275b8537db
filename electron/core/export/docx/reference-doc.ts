import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MAX_REFERENCE_DOC_BYTES } from '../../../../shared/briefing';
import { ApiError } from '../../../../shared/errors';

/** What a reference document (pandoc's `--reference-doc`) lends an export: its styles and theme. */
export interface ReferenceStyles {
  /** word/styles.xml as it is. */
  stylesXml: string;
  /** word/theme/theme1.xml, whose fonts the styles may name as "(Body)" and "(Headings)". */
  themeXml: string | null;
  /** The styles it defines, by id, type and name. */
  styles: { id: string; type: string; name: string }[];
}

const MAX_FILE_BYTES = MAX_REFERENCE_DOC_BYTES;
const MAX_PART_BYTES = 8 * 1024 * 1024;
const STYLES_PART = 'word/styles.xml';
const THEME_PART = 'word/theme/theme1.xml';
const MB = 1024 * 1024;

/**
 * Reads the styles of an organisation's own Word file, refusing files that are not Word
 * documents or that could exhaust memory: over 50 MB, or parts that inflate beyond 8 MB,
 * counted while inflating since a zip's declared sizes may lie. XML with a DOCTYPE or
 * entity declarations is refused too (entity expansion).
 */
export async function readReferenceDoc(bytes: Uint8Array, name?: string): Promise<ReferenceStyles> {
  const refuse = (why: string) => referenceRefusal(name, why);
  if (bytes.byteLength > MAX_FILE_BYTES) throw refuse(`it is larger than ${MAX_FILE_BYTES / MB} MB`);

  const parts = await readParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), [STYLES_PART, THEME_PART], refuse);
  const styles = parts.get(STYLES_PART);
  if (styles === undefined) throw refuse(`it is not a Word document (it has no ${STYLES_PART})`);
  const stylesXml = xmlText(styles, STYLES_PART, refuse);
  if (!/<w:styles[\s>]/.test(stylesXml)) throw refuse(`its ${STYLES_PART} holds no Word styles`);
  const theme = parts.get(THEME_PART);
  return {
    // A style's list numbering points into the reference's numbering part, which the export
    // does not have: its ids would name the export's own lists and put bullets on headings.
    stylesXml: stylesXml.replace(/<w:numPr\b[^>]*\/>|<w:numPr\b[^>]*>[\s\S]*?<\/w:numPr>/g, ''),
    themeXml: theme === undefined ? null : xmlText(theme, THEME_PART, refuse),
    styles: styleList(stylesXml),
  };
}

/** Why a reference document cannot be used, naming the file. */
export function referenceRefusal(name: string | undefined, why: string): ApiError {
  return new ApiError('invalid-input', `${name || 'This file'} cannot be used as a reference document: ${why}.`);
}

type Refuse = (why: string) => ApiError;

function xmlText(bytes: Buffer, part: string, refuse: Refuse): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuse(`its ${part} declares a DOCTYPE or entities, which Word files never do`);
  return text;
}

/** The wanted parts of a zip, each inflated with a byte count that stops it past the limit. */
function readParts(buffer: Buffer, wanted: string[], refuse: Refuse): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false }, (error, zip) => {
      if (error || !zip) return reject(refuse('it is not a Word document (not a zip file)'));
      const parts = new Map<string, Buffer>();
      const fail = (problem: ApiError) => {
        zip.close();
        reject(problem);
      };
      zip.on('error', (zipError: Error) => fail(refuse(`its zip structure is damaged (${zipError.message})`)));
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: Entry) => {
        if (!wanted.includes(entry.fileName)) return zip.readEntry();
        readCapped(zip, entry, refuse).then((data) => {
          parts.set(entry.fileName, data);
          if (parts.size === wanted.length) {
            zip.close();
            resolve(parts);
          } else zip.readEntry();
        }, fail);
      });
      zip.readEntry();
    });
  });
}

function readCapped(zip: ZipFile, entry: Entry, refuse: Refuse): Promise<Buffer> {
  const tooLarge = () => refuse(`its ${entry.fileName} inflates to more than ${MAX_PART_BYTES / MB} MB`);
  if (entry.uncompressedSize > MAX_PART_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(refuse(`its ${entry.fileName} cannot be read (${error?.message ?? 'no data'})`));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_PART_BYTES) {
          stream.destroy();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (streamError: Error) => reject(refuse(`its ${entry.fileName} cannot be read (${streamError.message})`)));
      stream.on('end', () => resolve(Buffer.concat(chunks, total)));
    });
  });
}

const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;

/** Each style's id, type and name, read from the part's text (docx parses it fully later). */
function styleList(xml: string): ReferenceStyles['styles'] {
  const styles: ReferenceStyles['styles'] = [];
  for (const [, attributes = '', body = ''] of xml.matchAll(STYLE)) {
    const id = attribute(attributes, 'w:styleId');
    if (!id) continue;
    const name = /<w:name\b[^>]*\bw:val="([^"]*)"/.exec(body)?.[1] ?? id;
    styles.push({ id: unescapeXml(id), type: attribute(attributes, 'w:type') ?? 'paragraph', name: unescapeXml(name) });
  }
  return styles;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '');
}
