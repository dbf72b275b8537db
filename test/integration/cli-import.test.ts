import { readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileImportReport } from '../../shared/import';
import type { ItemOf } from '../../shared/domain';
import { cli, cliJson } from '../helpers/cli';
import { readSeed, seedsDir } from '../helpers/seeds';
import { libraryFingerprint, tempDir } from '../helpers/temp-library';

/** `rapporteur import`, run as a person would; build the CLI first (npm run build:cli). */

const seedPath = (prefix: string) => join(seedsDir(), readdirSync(seedsDir()).find((name) => name.startsWith(prefix))!);

function newLibrary(): string[] {
  const library = join(tempDir(), 'library.sqlite');
  cliJson(['list', 'sources', '--library', library]);
  return ['--library', library];
}

describe('rapporteur import', () => {
  it('makes the briefing note a document from the template and prints what it created, with ids', () => {
    const at = newLibrary();
    const report = cliJson<FileImportReport>(['import', seedPath('001_'), '--as', 'document', '--template', 'from-policy-to-action', ...at]);
    expect(report.created.map((item) => item.kind)).toEqual(['source', 'lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'document']);
    expect(report.created[2]!.title).toBe('Recognise that a delivery unit is only part of the solution; it can help deliver government priorities but cannot implement them');
    const document = cliJson<ItemOf<'document'>>(['show', 'document', report.documentId!, ...at]);
    expect(document.data.title).toBe('From Policy to Action: How to drive successful policy execution in Pakistan');
    const lesson = cliJson<ItemOf<'lesson'>>(['show', 'lesson', report.created[1]!.id!, ...at]);
    expect(lesson.data.sourceIds).toEqual([report.created[0]!.id]);
  });

  it('says in words what it made, and with --dry-run writes nothing', () => {
    const at = newLibrary();
    const before = libraryFingerprint(at[1]!);
    const preview = cli(['import', seedPath('003_'), '--as', 'library', '--dry-run', ...at]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^Importing 003_\S+\.txt would create:/);
    expect(preview.stdout.match(/^\s+commitment\s/gm)).toHaveLength(8);
    expect(preview.stdout).toContain('Nothing was written (--dry-run).');
    expect(libraryFingerprint(at[1]!)).toBe(before);

    const run = cli(['import', seedPath('003_'), '--as', 'library', ...at]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported 003_\S+\.txt:/);
    const commitments = cliJson<{ total: number }>(['list', 'commitments', ...at]);
    expect(commitments.total).toBeGreaterThanOrEqual(8);
  });

  it('refuses a file too big to import as bad input (exit 1, like any other refused file), and changes nothing', () => {
    const at = newLibrary();
    const before = libraryFingerprint(at[1]!);
    const huge = join(tempDir(), 'scan.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 * 1024);
    const result = cli(['import', huge, ...at]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`rapporteur: ${huge} is 21 MB; files to import must be under 20 MB. Nothing was imported.\n`);
    expect(result.stdout).toBe('');
    expect(libraryFingerprint(at[1]!)).toBe(before);
  });

  it('refuses bad requests on stderr, naming the file and the problem, and changes nothing', () => {
    const at = newLibrary();
    const dir = tempDir();
    const before = libraryFingerprint(at[1]!);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const notUtf8 = join(dir, 'latin1.txt');
    writeFileSync(notUtf8, Buffer.from([0x4c, 0x65, 0x73, 0x73, 0x6f, 0x6e, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    const good = join(dir, 'notes.txt');
    writeFileSync(good, readSeed('002_'));
    const cases: [string[], RegExp][] = [
      [['import', join(dir, 'missing.txt')], /missing\.txt does not exist/],
      [['import', empty], /empty\.txt/],
      [['import', notUtf8], /latin1\.txt/],
      [['import', good, '--as', 'slides'], /--as must be document or library/],
      [['import', good, '--template', 'no-such-template'], /No template is called "no-such-template"/],
      [['import', good, '--as', 'library', '--workshop', '6f1d6f1e-0000-4000-8000-000000000000'], /No workshop has the id/],
    ];
    for (const [args, message] of cases) {
      const result = cli([...args, ...at]);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    expect(libraryFingerprint(at[1]!)).toBe(before);
  });
});
