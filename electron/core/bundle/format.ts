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
 * The checksum covers `content` exactly as JSON.stringify writes it, so any change
 * to an item after export (or a damaged file) is caught before anything is merged.
 */
export const BUNDLE_FORMAT = 'rapporteur-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export interface BundleContent {
  createdAt: string;
  items: Item[];
}

const GZIP_MAGIC = [0x1f, 0x8b];
const MB = 1024 * 1024;

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
  items: z.array(ItemSchema),
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

/** Reads a bundle file's bytes, checking everything before trusting any of it. */
export function decodeBundle(bytes: Uint8Array, name: string): BundleContent {
  if (bytes.length === 0) refuse(name, 'is empty, not a Rapporteur bundle');
  if (bytes.length > MAX_BUNDLE_BYTES) {
    refuse(name, `is ${Math.ceil(bytes.length / MB)} MB; a bundle must be under ${MAX_BUNDLE_BYTES / MB} MB (export fewer items at a time)`);
  }
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    refuse(name, 'is not a Rapporteur bundle (a bundle is a gzip file made by “bundle export”)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflate(bytes, name));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    refuse(name, 'is not a Rapporteur bundle: its content is not UTF-8 text');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    refuse(name, `is damaged: its content is not valid JSON (${messageOf(error)})`);
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success || envelope.data.format !== BUNDLE_FORMAT) refuse(name, 'is not a Rapporteur bundle');
  const { formatVersion, checksum, content } = envelope.data;
  if (formatVersion > BUNDLE_FORMAT_VERSION) {
    refuse(name, `was made by a newer version of Rapporteur (bundle format ${formatVersion}; this version reads up to ${BUNDLE_FORMAT_VERSION}). Update Rapporteur to import it`);
  }
  if (checksum !== checksumOf(content)) {
    refuse(name, 'was changed or damaged after it was exported: its checksum does not match its content');
  }
  const parsed = Content.safeParse(content);
  if (!parsed.success) refuse(name, `holds items that are not valid. ${describeIssues(parsed.error, 'bundle content')}`);
  const seen = new Set<string>();
  for (const item of parsed.data.items) {
    if (seen.has(item.id)) refuse(name, `holds the id ${item.id} twice`);
    seen.add(item.id);
  }
  return parsed.data;
}
