import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { itemTitle, KINDS, type Item, type ItemOf, type Kind, type KindInput } from '../../../shared/domain';
import { ApiError, messageOf } from '../../../shared/errors';
import type { Version } from '../../../shared/contract';
import { describeIssues } from '../../../shared/validation';
import { ItemVersionsRepository } from './item-versions-repository';
import { ItemsRepository } from './items-repository';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import type { SampleItem } from './sample';
import { SearchRepository } from './search-repository';
import { VersionsRepository } from './versions-repository';

export interface LibraryOptions {
  /** The library file; created with its folder when missing. */
  path: string;
  /** better-sqlite3's compiled addon to load, when it is not the default build (Electron's). */
  nativeBinding?: string | undefined;
  /** The schema steps to apply; tests pass a prefix to make older libraries. */
  migrations?: readonly Migration[];
  /** What a brand-new library is filled with. */
  sample?: readonly SampleItem[];
}

/** How long a document may be edited before another automatic snapshot is kept. */
const AUTO_SNAPSHOT_EVERY_MS = 10 * 60 * 1000;
const AUTO_SNAPSHOTS_KEPT = 50;
/** Items are written in this order so that what they link to exists first. */
export const KIND_ORDER: Kind[] = ['source', 'unit', 'workshop', 'note', 'lesson', 'comparison', 'commitment', 'table', 'document'];

/** Never adds Rapporteur's tables to another program's database. */
function refuseForeignDatabase(db: Database, path: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new ApiError('library-damaged', `${path} is a database of another program, not a Rapporteur library; it was not changed. Choose another file.`);
  }
}

function openSqlite(options: LibraryOptions): Database {
  mkdirSync(dirname(options.path), { recursive: true });
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    refuseForeignDatabase(db, options.path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    // Whatever went wrong, the file is not left open.
    db?.close();
    if (error instanceof ApiError) throw error;
    const reason = messageOf(error);
    throw new ApiError('library-damaged', `${options.path} could not be opened as a Rapporteur library (${reason}). Choose another file or restore a backup.`);
  }
}

/** Parses an item's data for its kind, with a message naming each wrong field. */
export function parseData<K extends Kind>(kind: K, data: unknown): ItemOf<K>['data'] {
  const parsed = KINDS[kind].data.safeParse(data);
  if (!parsed.success) throw new ApiError('invalid-input', describeIssues(parsed.error, KINDS[kind].label));
  return parsed.data as ItemOf<K>['data'];
}

/** The library file: items, their links and index, document versions, earlier copies of other items. Every change is one transaction. */
export class Library {
  readonly items: ItemsRepository;
  readonly search: SearchRepository;
  readonly versions: VersionsRepository;
  readonly itemVersions: ItemVersionsRepository;
  readonly schemaVersion: number;
  private lastStamp = 0;

  private constructor(
    readonly path: string,
    readonly db: Database,
    schemaVersion: number,
  ) {
    this.items = new ItemsRepository(db);
    this.search = new SearchRepository(db);
    this.versions = new VersionsRepository(db);
    this.itemVersions = new ItemVersionsRepository(db);
    this.schemaVersion = schemaVersion;
  }

  static open(options: LibraryOptions): Library {
    const db = openSqlite(options);
    try {
      const migrations = options.migrations ?? MIGRATIONS;
      const before = migrate(db, migrations);
      const library = new Library(options.path, db, migrations.at(-1)?.version ?? 0);
      if (before === 0 && options.sample) library.fill(options.sample);
      return library;
    } catch (error) {
      db.close();
      if (error instanceof ApiError) throw error;
      const reason = messageOf(error);
      throw new ApiError('library-damaged', `${options.path} is not a Rapporteur library or is damaged (${reason}). Choose another file or restore a backup.`);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** An ISO time that never repeats or goes back, so `updatedAt` orders every change. */
  stamp(): string {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }

  get<K extends Kind>(id: string, kind?: K): ItemOf<K> {
    const item = this.items.get(id);
    if (!item) throw new ApiError('not-found', `No ${kind ? KINDS[kind].label : 'item'} has the id ${id}. List them to find the right id.`);
    if (kind && item.kind !== kind) {
      throw new ApiError('not-found', `${id} is a ${KINDS[item.kind].label}, not a ${KINDS[kind].label}.`);
    }
    return item as ItemOf<K>;
  }

  create<K extends Kind>(kind: K, data: KindInput<K>, id?: string): ItemOf<K> {
    const parsed = parseData(kind, data);
    return this.db.transaction(() => {
      const itemId = id ?? randomUUID();
      if (this.items.get(itemId)) throw new ApiError('conflict', `An item with the id ${itemId} already exists.`);
      const now = this.stamp();
      const item = { id: itemId, kind, data: parsed, createdAt: now, updatedAt: now } as Item;
      this.items.insert(item);
      return item as ItemOf<K>;
    })();
  }

  update<K extends Kind>(kind: K, id: string, patch: Record<string, unknown>, baseUpdatedAt?: string): ItemOf<K> {
    return this.db.transaction(() => {
      const current = this.get(id, kind);
      if (baseUpdatedAt && baseUpdatedAt !== current.updatedAt) {
        throw new ApiError(
          'conflict',
          `This ${KINDS[kind].label} was changed elsewhere at ${current.updatedAt}, after the copy being saved. Reload it, then make the change again.`,
        );
      }
      const data = parseData(kind, { ...current.data, ...patch });
      const item = { ...current, data, updatedAt: this.stamp() } as ItemOf<K>;
      if (item.kind === 'document') this.autoSnapshot(current as ItemOf<'document'>);
      this.items.replace(item);
      return item;
    })();
  }

  delete(kind: Kind, id: string): void {
    this.db.transaction(() => this.items.delete(this.get(id, kind)))();
  }

  snapshot(documentId: string, label: string, auto = false): Version {
    return this.db.transaction(() => {
      const document = this.get(documentId, 'document');
      const version: Version = { id: randomUUID(), documentId, createdAt: this.stamp(), label, auto, title: document.data.title };
      this.versions.add(version, document.data.state, AUTO_SNAPSHOTS_KEPT);
      return version;
    })();
  }

  version(versionId: string) {
    const version = this.versions.get(versionId);
    if (!version) throw new ApiError('not-found', `No saved version has the id ${versionId}. List the document's versions to find it.`);
    return version;
  }

  restore(documentId: string, versionId: string): ItemOf<'document'> {
    return this.db.transaction(() => {
      const version = this.version(versionId);
      if (version.documentId !== documentId) {
        throw new ApiError('invalid-input', `Version ${versionId} belongs to another document.`);
      }
      this.snapshot(documentId, `Before restoring the version of ${version.createdAt}`);
      return this.update('document', documentId, { state: version.state, title: version.title });
    })();
  }

  itemVersion(versionId: string) {
    const version = this.itemVersions.get(versionId);
    if (!version) throw new ApiError('not-found', `No earlier copy has the id ${versionId}. List the item's earlier copies to find it.`);
    return version;
  }

  /** Brings back an earlier copy of an item other than a document; the item as it is now is kept as an earlier copy first. */
  restoreItemVersion(id: string, versionId: string): Item {
    return this.db.transaction(() => {
      const current = this.get(id);
      const version = this.itemVersion(versionId);
      if (version.itemId !== id) {
        throw new ApiError('invalid-input', `Earlier copy ${versionId} belongs to another item, not to the ${KINDS[current.kind].label} "${itemTitle(current)}".`);
      }
      this.itemVersions.add(randomUUID(), current, itemTitle(current), this.stamp(), `Before bringing back the copy of ${version.updatedAt}`);
      // A copy holds every field of its kind, so this puts the whole copy back, checked as any update is.
      return this.update(current.kind, id, version.data as Record<string, unknown>);
    })();
  }

  /** Copies the library to `file` while it stays open (SQLite's online backup). */
  async backup(file: string): Promise<void> {
    mkdirSync(dirname(file), { recursive: true });
    await this.db.backup(file);
  }

  private autoSnapshot(document: ItemOf<'document'>): void {
    const last = this.versions.lastAutoAt(document.id);
    if (last && this.lastStamp - Date.parse(last) < AUTO_SNAPSHOT_EVERY_MS) return;
    this.snapshot(document.id, '', true);
  }

  private fill(sample: readonly SampleItem[]): void {
    // Within a kind, the first sample item is written last, so "newest first" lists show the sample in its own order.
    const ordered = [...sample].reverse().sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    this.db.transaction(() => {
      for (const item of ordered) this.create(item.kind, item.data, item.id);
    })();
  }
}
