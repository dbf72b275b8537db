import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Item, ItemSummary } from '../../shared/domain';
import type { SearchResult } from '../../shared/contract';
import type { TemplateSummary } from '../../shared/template';
import { cli, cliJson } from '../helpers/cli';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';
import { libraryFingerprint, tempDir } from '../helpers/temp-library';

type Listing = { items: ItemSummary[]; total: number };

/** A folder for the libraries a whole suite shares (tempDir() is per test). */
function suiteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('rapporteur on a new library', () => {
  const library = join(suiteDir(), 'new', 'library.sqlite');
  const at = ['--library', library];

  it('fills a new library with the sample lessons', () => {
    const { items } = cliJson<Listing>(['list', 'lessons', ...at]);
    const titles = items.map((item) => item.title);
    expect(titles.slice(0, 6)).toEqual(BRIEFING_LESSON_TITLES);
    expect(items.every((item) => item.kind === 'lesson')).toBe(true);
    expect(existsSync(library)).toBe(true);
  });

  it('finds "stocktake" in the lesson on sector departments and in the comparison’s answers', () => {
    const results = cliJson<SearchResult[]>(['search', 'stocktake', ...at]);
    const lesson = results.find((result) => result.title === 'Build a trusting relationship with the sectoral departments');
    const comparison = results.find((result) => result.kind === 'comparison');
    expect(lesson).toBeDefined();
    expect(comparison?.snippet.some((part) => part.hit && /stocktake/i.test(part.text))).toBe(true);

    const human = cli(['search', 'stocktake', ...at]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Build a trusting relationship with the sectoral departments');
    expect(human.stdout).toMatch(/\*\*stocktakes?\*\*/i);
  });

  it('searches within one kind', () => {
    const results = cliJson<SearchResult[]>(['search', 'stocktake', '--kind', 'comparisons', ...at]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.kind === 'comparison')).toBe(true);
  });

  it('lists both delivery units of the comparison and the PMDU', () => {
    const human = cli(['list', 'units', ...at]).stdout;
    expect(human).toContain('Special Monitoring Unit (SMU)');
    expect(human).toContain('Strategic Support Unit (SSU)');
    expect(human).toContain('Prime Minister’s Delivery Unit (PMDU)');
  });

  it('lists the declaration’s eight commitments in order', () => {
    const { items } = cliJson<Listing>(['list', 'commitments', ...at]);
    expect(items.map((item) => Number.parseInt(item.title, 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shows the BISP table with its twelve financial years', () => {
    const { items } = cliJson<Listing>(['list', 'tables', ...at]);
    const bisp = items.find((item) => item.title.startsWith('BISP financial achievements'));
    expect(bisp).toBeDefined();
    const table = cliJson<Extract<Item, { kind: 'table' }>>(['show', 'table', bisp!.id, ...at]);
    expect(table.data.rows.map((row) => row[0])).toEqual([
      '2008-09', '2009-10', '2010-11', '2011-12', '2012-13', '2013-14',
      '2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20',
    ]);
    expect(cli(['show', 'tables', bisp!.id, ...at]).stdout).toMatch(/2019-20\s+214\.1/);
  });

  it('lists the four templates', () => {
    const templates = cliJson<TemplateSummary[]>(['list', 'templates', ...at]);
    expect(templates.map((template) => template.id)).toEqual(['from-policy-to-action', 'workshop-report', 'course-module', 'declaration-summary']);
  });

  it('shows a lesson in full with its pull quote and source', () => {
    const { items } = cliJson<Listing>(['list', 'lessons', ...at]);
    const shown = cli(['show', 'lesson', items[1]!.id, ...at]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('white cat or a black cat');
    expect(shown.stdout).toContain('From Policy to Action');
  });

  it('adds an item from standard input and from a file, and prints its id', () => {
    const added = cli(['add', 'lesson', ...at], { input: JSON.stringify({ title: 'Share lessons between provinces', body: { root: { type: 'root', children: [] } }, themes: ['learning'] }) });
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(cliJson<Item>(['show', 'lesson', id, ...at]).data).toMatchObject({ title: 'Share lessons between provinces', themes: ['learning'] });

    const file = join(tempDir(), 'source.json');
    writeFileSync(file, JSON.stringify({ title: 'Workshop minutes', type: 'workshop-record', date: '2017-11-14' }));
    const fromFile = cliJson<Item>(['add', 'source', '--file', file, ...at]);
    expect(fromFile).toMatchObject({ kind: 'source', data: { title: 'Workshop minutes' } });
  });

  it('backs up the library to a new file and checks it', () => {
    const target = join(tempDir(), 'backup.sqlite');
    const backup = cli(['backup', target, ...at]);
    expect(backup.code).toBe(0);
    expect(libraryFingerprint(target)).toBe(libraryFingerprint(library));
    expect(cli(['backup', target, ...at])).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });

    const check = cli(['check', '--library', target]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/The library is healthy: \d+ items/);
  });
});

describe('rapporteur refuses bad calls', () => {
  const library = join(suiteDir(), 'library.sqlite');
  const at = ['--library', library];

  const cases: { name: string; args: string[]; input?: string; message: RegExp }[] = [
    { name: 'an unknown id', args: ['show', 'lesson', '6f1d6f1e-0000-4000-8000-000000000000'], message: /No lesson has the id 6f1d6f1e/ },
    { name: 'a malformed id', args: ['show', 'lesson', '42'], message: /id: must be an id/ },
    { name: 'malformed JSON', args: ['add', 'lesson'], input: '{"title": "Half', message: /JSON in standard input is not valid/ },
    { name: 'a wrong kind', args: ['list', 'memos'], message: /"memos" is not a kind of item/ },
    { name: 'a wrong kind to add', args: ['add', 'memo'], input: '{}', message: /"memo" is not a kind/ },
    { name: 'a missing required field', args: ['add', 'lesson'], input: JSON.stringify({ body: { root: { type: 'root', children: [] } } }), message: /data\.title/ },
    { name: 'a misspelt field', args: ['add', 'source'], input: JSON.stringify({ titel: 'x', type: 'report' }), message: /titel/ },
    { name: 'a link to a missing source', args: ['add', 'commitment'], input: JSON.stringify({ text: 'Meet quarterly', sourceIds: ['6f1d6f1e-0000-4000-8000-000000000000'] }), message: /not in the library/ },
    { name: 'an id of another kind', args: ['show', 'unit', '__LESSON__'], message: /is a lesson, not a delivery unit/ },
    { name: 'an unknown command', args: ['publish'], message: /"publish" is not a command/ },
    { name: 'an unknown option', args: ['list', 'lessons', '--colour'], message: /--colour/ },
    { name: 'a missing file', args: ['add', 'lesson', '--file', '/nonexistent/lesson.json'], message: /does not exist/ },
    { name: 'no query', args: ['search'], message: /search needs something to look for/ },
  ];

  it.each(cases)('$name: exits non-zero with one clear message and leaves the library unchanged', ({ args, input, message }) => {
    const lessonId = cliJson<Listing>(['list', 'lessons', ...at]).items[0]!.id;
    const before = libraryFingerprint(library);
    const result = cli([...args.map((arg) => arg.replace('__LESSON__', lessonId)), ...at], { input });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^rapporteur: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(libraryFingerprint(library)).toBe(before);
  });

  it('refuses a file that is not a library and leaves it as it was', () => {
    const file = join(tempDir(), 'report.docx');
    writeFileSync(file, 'PK not really a library');
    const result = cli(['list', 'lessons', '--library', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/report\.docx .*(not a Rapporteur library|could not be opened)/);
  });
});

describe('rapporteur’s compiled-code cache', () => {
  const cliDir = fileURLToPath(new URL('../../out/cli/', import.meta.url));
  const cachesOf = (command: string) => readdirSync(cliDir).filter((name) => name.endsWith(`.${command}.v8-cache`));

  it('keeps a cache for a command after its first run, and a damaged cache never breaks the command', () => {
    const library = join(tempDir(), 'library.sqlite');
    const refusal = /^rapporteur: check-doc needs a document id/;
    expect(cli(['check-doc', '--library', library]).stderr).toMatch(refusal);
    const [cache] = cachesOf('check-doc');
    expect(cache).toBeDefined();

    writeFileSync(join(cliDir, cache!), 'not compiled code');
    expect(cli(['check-doc', '--library', library]).stderr).toMatch(refusal);
    expect(statSync(join(cliDir, cache!)).size).toBeGreaterThan(100_000);
  });

  it('keeps no cache for a mistyped command', () => {
    expect(cli(['chekc-doc']).code).toBe(2);
    expect(cachesOf('chekc-doc')).toEqual([]);
  });
});
