// A minimal zip writer, so tests can make the hostile files a real zip tool would never
// write: sizes that lie, unsafe paths, deflate streams that inflate to gigabytes.
import { crc32, deflateRawSync, constants } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  /** The entry's bytes, deflated here. */
  data?: Buffer;
  /** Raw deflate data to store as it is (with `size` and `crc` to claim). */
  deflated?: Buffer;
  /** The inflated size to claim, instead of the real one. */
  size?: number;
  crc?: number;
  /** General-purpose flags besides UTF-8 names (1: encrypted). */
  flags?: number;
  /** The compression method to claim; 8 (deflate) unless given. */
  method?: number;
}

/** A zip of deflated entries, with a central directory, as written byte by byte. */
export function zipOf(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = entry.deflated ?? deflateRawSync(entry.data ?? Buffer.alloc(0));
    const size = entry.size ?? entry.data?.length ?? 0;
    const crc = entry.crc ?? (entry.data ? crc32(entry.data) : 0);
    const flags = 0x800 | (entry.flags ?? 0); // names in UTF-8
    const method = entry.method ?? 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros, about 1 KB per MB: one
 * flushed block of a megabyte of zeros, repeated, then the final empty block. Built
 * without deflating the gigabytes themselves.
 */
export function deflatedZeros(megabytes: number): Buffer {
  // A full flush ends the block on a byte boundary and forgets the window, so copies of it chain.
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), finalEmptyBlock]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The XML of a minimal Word body holding these paragraphs' text. */
export function documentXml(paragraphs: string[], prolog = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  return `${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** The smallest Word file mammoth reads, with extra entries beside its three parts; `document` as text (UTF-8) or as bytes. */
export function minimalDocx(options: { document?: string | Buffer; contentTypes?: string; mainPart?: string; extra?: ZipEntrySpec[] } = {}): Buffer {
  const document = options.document ?? documentXml(['Hello from Word.']);
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(options.contentTypes ?? CONTENT_TYPES) },
    // `mainPart`: the package names another part as its main document, as a relationship may.
    { name: '_rels/.rels', data: Buffer.from(RELS.replace('Target="word/document.xml"', `Target="${options.mainPart ?? 'word/document.xml'}"`)) },
    { name: 'word/document.xml', data: typeof document === 'string' ? Buffer.from(document) : document },
    ...(options.extra ?? []),
  ]);
}
