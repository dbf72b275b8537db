import { createHash } from 'node:crypto';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { MAX_BUNDLE_BYTES, MAX_BUNDLE_INFLATED_BYTES } from '../../../shared/bundle';
import { ItemSchema, type Item } from '../../../shared/domain';
import { ApiError, messageOf } from '../../../shared/errors';
import { describeIssues } from '../../../shared/validation';

/**
 * A bundle file is gzip'd JSON, so anyone can inspect it with `gunzip -c`:
 *
 *   { "format": "rapporteur-bundle", "formatVersion": 1,
 *     "checksum": "sha256:<hex of the content as JSON>",
 *     "content": { "createdAt": "…", "items": [ { id, kind, data, createdAt, updatedAt }, … ] } }
 *
 * The checksum covers `content` exactly as JSON.stringify writes it, so a file
 * damaged after export, or an item edited in it by hand, is caught before anything
 * is merged. It is an integrity check, not a signature: it is unkeyed, so whoever
 * edits a file on purpose can write a new checksum too.
 */
export const BUNDLE_FORMAT = 'rapporteur-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export interface BundleContent {
  createdAt: string;
  items: Item[];
}

/**
 * What a bundle's JSON may build. The inflated-size cap bounds bytes, not objects:
 * 64 KB of gzip holding `[{},{},…]` inflates to 64 MB that JSON.parse turns into
 * some 20 million objects (gigabytes), and `[0,0,…]` into a 32-million-slot array.
 * A real bundle has about one object or array per 100 bytes and one value per 25,
 * nested about 20 deep; deeper nesting would overflow the stack while checking it.
 * Its texts are short too: rich text (a lesson's body, a document) is a tree of
 * paragraphs and runs, so even a long report's longest string is a paragraph. One
 * text of 60 MB (75 KB of gzip) would be stored, indexed and read by every list.
 */
export const MAX_BUNDLE_CONTAINERS = 2_000_000;
export const MAX_BUNDLE_VALUES = 8_000_000;
export const MAX_BUNDLE_DEPTH = 64;
/** Bytes of one string as the JSON writes it (escapes included): 1 MB of text. */
export const MAX_BUNDLE_TEXT_BYTES = 1024 * 1024;

const GZIP_MAGIC = [0x1f, 0x8b];
const MB = 1024 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function checksumOf(content: unknown): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}

export function encodeBundle(content: BundleContent): Buffer {
  const envelope = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, checksum: checksumOf(content), content };
  return gzipSync(JSON.stringify(envelope), { level: constants.Z_BEST_COMPRESSION });
}

const Envelope = z.object({
  format: z.string(),
  formatVersion: z.number().int().positive(),
  checksum: z.string(),
  content: z.unknown(),
});

const Content = z.object({
  createdAt: z.iso.datetime(),
  // Each item is checked on its own, stopping at the first bad one: a million bad items would make a million reports.
  items: z.array(z.unknown()),
});

/** Every way a bundle is refused names the file and what is wrong with it; nothing has been written yet. */
function refuse(name: string, problem: string): never {
  throw new ApiError('invalid-input', `${name} ${problem}. Nothing was imported.`);
}

function inflate(bytes: Uint8Array, name: string): Buffer {
  try {
    // The cap applies while inflating: a few MB that would inflate to gigabytes stops at the cap.
    return gunzipSync(bytes, { maxOutputLength: MAX_BUNDLE_INFLATED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      refuse(name, `inflates to more than ${MAX_BUNDLE_INFLATED_BYTES / MB} MB, more than any real bundle; it may be a compression bomb`);
    }
    refuse(name, `is damaged: its compressed data is truncated or corrupt (${messageOf(error)})`);
  }
}

/**
 * Counts, in one pass over the JSON's bytes and without building anything, the objects
 * and arrays JSON.parse would build, the values in them (at most one per comma, plus
 * the first of each), how deep they nest and how long each string is; says what is
 * wrong when any is past its limit. Bytes, not text: UTF-8 never uses an ASCII byte
 * inside a longer character.
 */
function shapeProblem(json: Uint8Array): string | undefined {
  let containers = 0;
  let commas = 0;
  let depth = 0;
  for (let at = 0; at < json.length; at += 1) {
    const char = json[at];
    if (char === QUOTE) {
      // Past the string, whose brackets and commas are text: a backslash escapes the character after it.
      const opening = at;
      for (at += 1; at < json.length && json[at] !== QUOTE; at += 1) if (json[at] === BACKSLASH) at += 1;
      const length = at - opening - 1;
      if (length > MAX_BUNDLE_TEXT_BYTES) {
        return `cannot be imported: one of its texts is ${Math.ceil(length / MB)} MB long; the longest a Rapporteur item holds is ${MAX_BUNDLE_TEXT_BYTES / MB} MB`;
      }
    } else if (char === OPEN_OBJECT || char === OPEN_ARRAY) {
      depth += 1;
      containers += 1;
      if (depth > MAX_BUNDLE_DEPTH) return `nests objects and arrays more than ${MAX_BUNDLE_DEPTH} deep, far deeper than any real bundle`;
      if (containers > MAX_BUNDLE_CONTAINERS) return `holds more than ${MAX_BUNDLE_CONTAINERS.toLocaleString('en')} objects and arrays, far more than any real bundle (reading it would take gigabytes of memory)`;
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) {
      depth -= 1;
    } else if (char === COMMA) {
      commas += 1;
      if (commas + containers > MAX_BUNDLE_VALUES) return `holds more than ${MAX_BUNDLE_VALUES.toLocaleString('en')} values, far more than any real bundle (reading it would take gigabytes of memory)`;
    }
  }
  return undefined;
}

/** Reads a bundle file's bytes, checking everything before trusting any of it. */
export function decodeBundle(bytes: Uint8Array, name: string): BundleContent {
  try {
    return decodeChecked(bytes, name);
  } catch (error) {
    // The stack or memory running out, wherever it happens, means the file is too big or too deep to read.
    if (error instanceof RangeError) refuse(name, `is too large or too deeply nested to read (${error.message})`);
    throw error;
  }
}

function decodeChecked(bytes: Uint8Array, name: string): BundleContent {
  if (bytes.length === 0) refuse(name, 'is empty, not a Rapporteur bundle');
  if (bytes.length > MAX_BUNDLE_BYTES) {
    refuse(name, `is ${Math.ceil(bytes.length / MB)} MB; a bundle must be under ${MAX_BUNDLE_BYTES / MB} MB (export fewer items at a time)`);
  }
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    refuse(name, 'is not a Rapporteur bundle (a bundle is a gzip file made by “bundle export”)');
  }
  const json = inflate(bytes, name);
  const shape = shapeProblem(json);
  if (shape) refuse(name, shape);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch (error) {
    if (error instanceof ApiError || error instanceof RangeError) throw error;
    refuse(name, 'is not a Rapporteur bundle: its content is not UTF-8 text');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    refuse(name, `is damaged: its content is not valid JSON (${messageOf(error)})`);
  }
  const envelope = Envelope.safeParse(value);
  if (!envelope.success || envelope.data.format !== BUNDLE_FORMAT) refuse(name, 'is not a Rapporteur bundle');
  const { formatVersion, checksum, content } = envelope.data;
  if (formatVersion > BUNDLE_FORMAT_VERSION) {
    refuse(name, `was made by a newer version of Rapporteur (bundle format ${formatVersion}; this version reads up to ${BUNDLE_FORMAT_VERSION}). Update Rapporteur to import it`);
  }
  if (checksum !== checksumOf(content)) {
    refuse(name, 'cannot be trusted: its content does not match its checksum, so the file was damaged or edited after it was exported');
  }
  const parsed = Content.safeParse(content);
  if (!parsed.success) refuse(name, `is not a Rapporteur bundle. ${describeIssues(parsed.error, 'bundle content')}`);
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const [index, candidate] of parsed.data.items.entries()) {
    const item = ItemSchema.safeParse(candidate);
    if (!item.success) refuse(name, `holds items that are not valid. ${describeIssues(item.error, `item ${index + 1}`)}`);
    if (seen.has(item.data.id)) refuse(name, `holds the id ${item.data.id} twice`);
    seen.add(item.data.id);
    items.push(item.data);
  }
  return { createdAt: parsed.data.createdAt, items };
}
