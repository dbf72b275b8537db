import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ApiError } from '../../shared/errors';

/**
 * How much a zip may hold. Sizes are counted while inflating, never taken from the
 * zip's headers: a hostile file declares small sizes and inflates to gigabytes.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Inflated bytes of any one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of all the entries read, together. */
  maxTotalBytes: number;
  /** Inflated bytes of the kept entries together, which stay in memory; `maxTotalBytes` when left out. */
  maxKeptBytes?: number;
}

export interface ZipReading {
  limits: ZipLimits;
  /** Whose bytes to return. */
  keep: (name: string) => boolean;
  /**
   * Inflate (and count) the entries not kept too, so the whole zip is known to be within
   * the limits before another reader, with no limits of its own, opens it.
   */
  checkAll: boolean;
  /** What the file should be, for the message when it is not a zip ("a Word document"). */
  expected: string;
}

/**
 * Turns a reason ("it is not a zip file") into the error the caller throws, naming the file.
 * `advice` says what to do when the caller's own advice would not fit (a password to remove).
 */
export type Refuse = (why: string, advice?: string) => ApiError;

const ENCRYPTED = 'it is password-protected (encrypted)';
const REMOVE_PASSWORD = 'Open it in Word, remove the password (File > Info > Protect Document), save it and import it again';
/** The methods Word and every zip tool write: stored and deflated. */
const COMPRESSION_METHODS = [0, 8];

const MB = 1024 * 1024;

/** Says a byte count the way a person reads it: "8 MB", "200 MB", "512 KB". */
export function sizeInWords(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The kept entries of a zip, by name. Refuses a file that is not a zip, is encrypted or is
 * damaged (an inflated entry whose size or checksum is not the one recorded), an entry whose
 * path could escape a folder (`..`, absolute, backslashes), two entries of one name, too many
 * entries, and entries inflating past the limits, stopping the inflation there so memory
 * stays bounded. The zip library's own messages never reach the reason given.
 */
export function readZip(bytes: Uint8Array, reading: ZipReading, refuse: Refuse): Promise<Map<string, Buffer>> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { limits } = reading;
  return new Promise((resolve, reject) => {
    // Names are decoded here rather than by yauzl, so an unsafe one is refused in our words.
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false, decodeStrings: false }, (error, zip) => {
      if (error || !zip) return reject(refuse(`it is not ${reading.expected} (it is not a zip file, or the end of it is missing)`));
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return reject(refuse(`it holds ${zip.entryCount} files, more than the ${limits.maxEntries} allowed`));
      }
      const kept = new Map<string, Buffer>();
      const budget = { entries: 0, total: 0, kept: 0 };
      const names = new Set<string>();
      // Refused once every entry is inflated, so an entry past the limits is refused for that first.
      let damage = '';
      let done = false;
      const fail = (problem: ApiError) => {
        if (done) return;
        done = true;
        zip.close();
        reject(problem);
      };
      // yauzl refuses strong encryption itself, before the entry is seen; anything else it reports is damage.
      zip.on('error', (zipError: Error) => fail(/encrypt/i.test(zipError.message) ? refuse(ENCRYPTED, REMOVE_PASSWORD) : refuse('its zip structure is damaged')));
      zip.on('end', () => {
        if (done) return;
        if (damage) return fail(refuse(damage));
        done = true;
        zip.close();
        resolve(kept);
      });
      zip.on('entry', (entry: Entry) => {
        if (done) return;
        const name = entryName(entry);
        const unsafe = unsafePath(name);
        if (unsafe) return fail(refuse(`it holds a file with an unsafe path, ${JSON.stringify(name)} (${unsafe})`));
        budget.entries += 1;
        if (budget.entries > limits.maxEntries) return fail(refuse(`it holds more than the ${limits.maxEntries} files allowed`));
        if (entry.isEncrypted()) return fail(refuse(ENCRYPTED, REMOVE_PASSWORD));
        // A folder has no bytes.
        if (name.endsWith('/')) return zip.readEntry();
        // Two readers may take different copies of one name; Office packages treat names differing only in case as one.
        if (names.has(name.toLowerCase())) return fail(refuse(`it holds two files named ${JSON.stringify(name)}, which a Word file never does`));
        names.add(name.toLowerCase());
        const keep = reading.keep(name);
        // An entry neither kept nor checked is never inflated.
        if (!keep && !reading.checkAll) return zip.readEntry();
        if (!COMPRESSION_METHODS.includes(entry.compressionMethod)) return fail(refuse(`its ${name} is compressed in a way Word files never are`));
        inflateCapped(zip, entry, name, keep, limits, budget, refuse).then(({ data, mismatch }) => {
          if (keep) kept.set(name, data);
          damage ||= mismatch ? `it is damaged: one of its parts, ${name}, does not match its recorded ${mismatch}` : '';
          if (!done) zip.readEntry();
        }, fail);
      });
      zip.readEntry();
    });
  });
}

/** The entry's name as the zip spells it: UTF-8 when flagged (or in an extra field), else CP437. */
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

/** Why a path could write or read outside the folder it is unpacked in, or '' when it cannot. */
function unsafePath(name: string): string {
  if (name.includes('\\')) return 'it contains a backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'it is absolute';
  if (name.split('/').includes('..')) return 'it climbs out of its folder with ..';
  if (name.includes('\0')) return 'it contains a NUL character';
  return '';
}

/**
 * Inflates one entry, counting its bytes and the zip's running total as they come and
 * stopping at the first byte past either limit. Returns the bytes (empty unless `keep`),
 * and what of the entry's record they do not match, if anything.
 */
function inflateCapped(
  zip: ZipFile,
  entry: Entry,
  name: string,
  keep: boolean,
  limits: ZipLimits,
  budget: { total: number; kept: number },
  refuse: Refuse,
): Promise<{ data: Buffer; mismatch: 'size' | 'checksum' | null }> {
  const maxKept = limits.maxKeptBytes ?? limits.maxTotalBytes;
  const tooLarge = () => refuse(`its ${name} inflates to more than ${sizeInWords(limits.maxEntryBytes)}`);
  const tooMuch = () => refuse(`its contents inflate to more than ${sizeInWords(limits.maxTotalBytes)} in all`);
  const tooMuchKept = () => refuse(`the parts of it that are read (such as ${name}) inflate to more than ${sizeInWords(maxKept)} in all`);
  // Declared sizes may lie low, never usefully high: one past the limit is refused at once.
  if (entry.uncompressedSize > limits.maxEntryBytes) return Promise.reject(tooLarge());
  if (budget.total + entry.uncompressedSize > limits.maxTotalBytes) return Promise.reject(tooMuch());
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(refuse(`its ${name} is damaged`));
      const chunks: Buffer[] = [];
      let size = 0;
      let checksum = 0;
      let stopped = false;
      const stop = (problem: ApiError) => {
        stopped = true;
        stream.destroy();
        reject(problem);
      };
      stream.on('data', (chunk: Buffer) => {
        if (stopped) return;
        size += chunk.length;
        budget.total += chunk.length;
        if (size > limits.maxEntryBytes) return stop(tooLarge());
        if (budget.total > limits.maxTotalBytes) return stop(tooMuch());
        checksum = crc32(chunk, checksum);
        if (!keep) return;
        budget.kept += chunk.length;
        if (budget.kept > maxKept) return stop(tooMuchKept());
        chunks.push(chunk);
      });
      stream.on('error', () => {
        if (!stopped) stop(refuse(`its ${name} is damaged`));
      });
      stream.on('end', () => {
        if (stopped) return;
        const mismatch = size !== entry.uncompressedSize ? 'size' : checksum !== entry.crc32 ? 'checksum' : null;
        resolve({ data: keep ? Buffer.concat(chunks, size) : Buffer.alloc(0), mismatch });
      });
    });
  });
}
