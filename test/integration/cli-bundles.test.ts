import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { encodeBundle } from '../../electron/core/bundle/format';
import type { BackupEntry } from '../../shared/backups';
import type { ImportReport } from '../../shared/bundle';
import type { Item, ItemOf } from '../../shared/domain';
import { cli, cliJson } from '../helpers/cli';
import { libraryFingerprint, tempDir } from '../helpers/temp-library';

/** Two colleagues' libraries (each starts as the sample library) and a folder to swap files in. */
function colleagues() {
  const dir = tempDir();
  return { dir, lahore: ['--library', join(dir, 'lahore', 'library.sqlite')], peshawar: ['--library', join(dir, 'peshawar', 'library.sqlite')] };
}

const source = (title: string) => JSON.stringify({ title, type: 'report', tags: ['shared-with-kp'] });

describe('rapporteur bundle', () => {
  it('exports chosen items to a file and imports them elsewhere, reporting each item', () => {
    const { dir, lahore, peshawar } = colleagues();
    const id = cli(['add', 'source', ...lahore], { input: source('Punjab stocktake notes') }).stdout.trim();
    const file = join(dir, 'for-peshawar.json.gz');

    const exported = cli(['bundle', 'export', file, '--tag', 'shared-with-kp', ...lahore]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout.trim()).toBe(`Exported 1 item (1 source) to ${file}.`);

    const imported = cli(['bundle', 'import', file, ...peshawar]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${file}: 1 added, 0 skipped as identical, 0 updated, 0 kept.`);
    expect(imported.stdout).toContain(`added    source "Punjab stocktake notes"  ${id}`);
    expect(cliJson<Item>(['show', 'source', id, ...peshawar]).data).toMatchObject({ title: 'Punjab stocktake notes' });

    const again = cliJson<ImportReport>(['bundle', 'import', file, ...peshawar]);
    expect(again.counts).toEqual({ added: 0, skipped: 1, updated: 0, kept: 0 });
  });

  it('says which copy of a changed item won and where the other is kept', () => {
    const { dir, peshawar } = colleagues();
    const lessons = cliJson<{ items: Item[] }>(['list', 'lessons', ...peshawar]).items;
    const lesson = cliJson<ItemOf<'lesson'>>(['show', 'lesson', lessons[0]!.id, ...peshawar]);
    const older = { ...lesson, data: { ...lesson.data, title: 'An older wording' }, updatedAt: '2018-03-01T00:00:00.000Z' };
    const file = join(dir, 'old.json.gz');
    writeFileSync(file, encodeBundle({ createdAt: '2018-03-01T00:00:00.000Z', items: [older] }));

    const { stdout, code } = cli(['bundle', 'import', file, ...peshawar]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 added, 0 skipped as identical, 0 updated, 1 kept.');
    expect(stdout).toMatch(/Rule: .*changed most recently \(updatedAt\) wins/);
    expect(stdout).toMatch(new RegExp(`kept     lesson "${lesson.data.title}"  ${lesson.id}\\n\\s+this library's copy is newer; the bundle's copy is kept as version [0-9a-f-]{36}`));
  });

  it('lists the copy a bundle import kept and brings it back, keeping the one it replaces', () => {
    const { dir, peshawar } = colleagues();
    const lessons = cliJson<{ items: Item[] }>(['list', 'lessons', ...peshawar]).items;
    const lesson = cliJson<ItemOf<'lesson'>>(['show', 'lesson', lessons[0]!.id, ...peshawar]);
    const file = join(dir, 'old.json.gz');
    writeFileSync(file, encodeBundle({ createdAt: '2018-03-01T00:00:00.000Z', items: [{ ...lesson, data: { ...lesson.data, title: 'An older wording' }, updatedAt: '2018-03-01T00:00:00.000Z' }] }));
    cli(['bundle', 'import', file, ...peshawar]);

    const listed = cli(['versions', lesson.id, ...peshawar]);
    expect(listed.code).toBe(0);
    const [kept] = cliJson<{ versions: { id: string; title: string }[] }>(['versions', lesson.id, '--json', ...peshawar]).versions;
    expect(kept!.title).toBe('An older wording');
    expect(listed.stdout).toContain(`${kept!.id}  `);
    expect(listed.stdout).toContain(`rapporteur bring-back ${lesson.id} <version id>`);

    const brought = cli(['bring-back', lesson.id, kept!.id, ...peshawar]);
    expect(brought).toMatchObject({ code: 0, stderr: '' });
    expect(brought.stdout).toContain(`Brought back "An older wording" as it was in ${kept!.id}; the copy it replaced is kept as an earlier copy.`);
    expect(cliJson<ItemOf<'lesson'>>(['show', 'lesson', lesson.id, ...peshawar]).data.title).toBe('An older wording');
    const after = cliJson<{ versions: { title: string }[] }>(['versions', lesson.id, '--json', ...peshawar]).versions;
    expect(after.map((version) => version.title)).toContain(lesson.data.title);

    const wrong = cli(['bring-back', lesson.id, '00000000-0000-4000-8000-000000000000', ...peshawar]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/No earlier copy has the id 00000000-0000-4000-8000-000000000000/);
  });

  it('refuses a tampered, oversized or foreign file with a message naming it, and writes nothing', () => {
    const { dir, lahore, peshawar } = colleagues();
    const library = peshawar[1]!;
    const good = join(dir, 'good.json.gz');
    cli(['bundle', 'export', good, '--kind', 'lessons', ...lahore]);
    cli(['list', 'lessons', ...peshawar]);
    const before = libraryFingerprint(library);

    const tampered = join(dir, 'tampered.json.gz');
    const json = JSON.parse(gunzipSync(readFileSync(good)).toString('utf8')) as { content: { items: { data: { title: string } }[] } };
    json.content.items[0]!.data.title = 'Quietly changed';
    writeFileSync(tampered, gzipSync(JSON.stringify(json)));
    const huge = join(dir, 'huge.json.gz');
    writeFileSync(huge, '');
    truncateSync(huge, 17 * 1024 * 1024);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Lesson 1: not a bundle');

    for (const [file, problem] of [
      [tampered, 'cannot be trusted: its content does not match its checksum, so the file was damaged or edited after it was exported'],
      [huge, 'is 17 MB; a bundle must be under 16 MB'],
      [notes, 'is not a Rapporteur bundle'],
    ] as const) {
      const result = cli(['bundle', 'import', file, ...peshawar]);
      expect(result.code, file).toBe(1);
      expect(result.stderr).toContain(`rapporteur: ${file} ${problem}`);
      expect(result.stdout).toBe('');
    }
    expect(cli(['bundle', 'import', join(dir, 'missing.json.gz'), ...peshawar]).code).toBe(2);
    expect(libraryFingerprint(library)).toBe(before);
  });
});

describe('rapporteur backups and restore', () => {
  it('lists the backups and brings the library back to one, keeping the current state first', () => {
    const { dir, lahore } = colleagues();
    const library = lahore[1]!;
    // One-shot commands start no automatic backups.
    expect(cli(['backups', ...lahore]).stdout).toBe(`No backups yet in ${join(dir, 'lahore', 'backups')}.\n`);
    const snapshot = join(dir, 'before-the-workshop.sqlite');
    expect(cli(['backup', snapshot, ...lahore]).code).toBe(0);
    const before = libraryFingerprint(library);

    cli(['add', 'source', ...lahore], { input: source('Written after the backup') });
    expect(libraryFingerprint(library)).not.toBe(before);

    const restored = cli(['restore', snapshot, ...lahore]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .* from .*before-the-workshop\.sqlite\.\nThe library as it was before is kept as the backup library-.*-before-restore\.sqlite\./);
    expect(libraryFingerprint(library)).toBe(before);

    const listed = cliJson<{ backups: BackupEntry[] }>(['backups', ...lahore]).backups;
    expect(listed).toHaveLength(1);
    expect(cli(['backups', ...lahore]).stdout).toContain(listed[0]!.name);
    // The kept state can be restored by its listed name.
    expect(cli(['restore', listed[0]!.name, ...lahore]).code).toBe(0);
    expect(libraryFingerprint(library)).not.toBe(before);
  });

  it('brings back a library so damaged it cannot be opened, keeping the damaged file', () => {
    const { dir, lahore } = colleagues();
    const library = lahore[1]!;
    const snapshot = join(dir, 'last-good.sqlite');
    expect(cli(['backup', snapshot, ...lahore]).code).toBe(0);
    const good = libraryFingerprint(library);
    writeFileSync(library, 'SQLite format 3\u0000 but the rest of the file was overwritten');
    const broken = cli(['list', 'lessons', ...lahore]);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain('restore a backup');

    const restored = cli(['restore', snapshot, ...lahore]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .* from .*last-good\.sqlite\.\nThe library that could not be opened was moved to .*backups.unreadable.library-.*-unreadable\.sqlite\./);
    expect(libraryFingerprint(library)).toBe(good);
    expect(cli(['list', 'lessons', ...lahore]).code).toBe(0);
    const setAside = /moved to (.*)\.$/m.exec(restored.stdout)![1]!;
    expect(readFileSync(setAside, 'utf8')).toContain('the rest of the file was overwritten');
    // Kept apart from the backups: never offered for a restore, never trimmed.
    expect(cli(['backups', ...lahore]).stdout).not.toContain('unreadable');
  });

  it('leaves a sound library that another program holds locked where it is, saying why', () => {
    const { dir, lahore } = colleagues();
    const library = lahore[1]!;
    const snapshot = join(dir, 'last-good.sqlite');
    expect(cli(['backup', snapshot, ...lahore]).code).toBe(0);
    const before = libraryFingerprint(library);
    // Another program holding the whole file: in rollback-journal mode an exclusive transaction keeps out readers too.
    const holder = new BetterSqlite3(library);
    holder.pragma('journal_mode = DELETE');
    holder.exec('BEGIN EXCLUSIVE');
    let restored;
    try {
      restored = cli(['restore', snapshot, ...lahore]);
    } finally {
      holder.exec('ROLLBACK');
      holder.pragma('journal_mode = WAL');
      holder.close();
    }
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain(`rapporteur: ${library} could not be opened as a Rapporteur library (database is locked)`);
    expect(restored.stdout).toBe('');
    expect(existsSync(join(dir, 'lahore', 'backups', 'unreadable'))).toBe(false);
    expect(libraryFingerprint(library)).toBe(before);
  });

  it('refuses to restore a file that is not a Rapporteur library, leaving the library as it was', () => {
    const { dir, lahore } = colleagues();
    const library = lahore[1]!;
    cli(['list', 'lessons', ...lahore]);
    const before = libraryFingerprint(library);
    const notes = join(dir, 'notes.sqlite');
    writeFileSync(notes, 'not a database');
    const result = cli(['restore', notes, ...lahore]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${notes} is not a Rapporteur library`);
    expect(result.stderr).toContain('the library was not changed');
    expect(libraryFingerprint(library)).toBe(before);
    expect(existsSync(join(dir, 'lahore', 'backups'))).toBe(false);
  });
});
