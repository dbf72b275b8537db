import { MAX_REFERENCE_DOC_BYTES } from '../../../../shared/briefing';
import { ApiError } from '../../../../shared/errors';
import { xmlText } from '../../xml-text';
import { readZip, sizeInWords, type ZipLimits } from '../../zip';

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
const STYLES_PART = 'word/styles.xml';
const THEME_PART = 'word/theme/theme1.xml';
/** Only the two parts are inflated; the rest of the file is never read. */
const LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 };

/**
 * Reads the styles of an organisation's own Word file, refusing files that are not Word
 * documents or that could exhaust memory: over 20 MB, or parts that inflate beyond 8 MB,
 * counted while inflating since a zip's declared sizes may lie. XML with a DOCTYPE or
 * entity declarations is refused too (entity expansion).
 */
export async function readReferenceDoc(bytes: Uint8Array, name?: string): Promise<ReferenceStyles> {
  const refuse = (why: string) => referenceRefusal(name, why);
  if (bytes.byteLength > MAX_FILE_BYTES) throw refuse(`it is larger than ${sizeInWords(MAX_FILE_BYTES)}`);

  const wanted = (part: string) => part === STYLES_PART || part === THEME_PART;
  const parts = await readZip(bytes, { limits: LIMITS, keep: wanted, checkAll: false, expected: 'a Word document' }, refuse);
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
