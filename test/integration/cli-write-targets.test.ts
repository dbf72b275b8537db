import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../electron/core/files';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp-library';

/** Where `export` and `bundle export` write, run as a person would; build the CLI first (npm run build:cli). */

const servers: Server[] = [];
afterEach(() => {
  while (servers.length) servers.pop()?.close();
});

/** A Unix socket at `path`, as a running program would leave one. */
async function socketAt(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(path, done));
}

/** What a path is, to compare before and after: its type, and a link's target or a file's text. */
function state(path: string): string {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) return `link to ${readlinkSync(path)}`;
  if (stats.isFile()) return `file ${readFileSync(path, 'utf8')}`;
  return stats.isDirectory() ? 'folder' : stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'other';
}

const commands = (target: string, at: string[]) => [
  ['export', POLICY_TO_ACTION_DOCUMENT_ID, '--format', 'md', '--out', target, ...at],
  ['bundle', 'export', target, '--kind', 'sources', ...at],
];

describe('rapporteur export and bundle export write only a new or regular file', () => {
  it('refuse a named pipe, a socket, a symbolic link or a folder at the path, naming it, and leave it as it was', async () => {
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'not to be overwritten');
    const fifo = join(dir, 'brief.md');
    execFileSync('mkfifo', [fifo]);
    const socket = join(dir, 'brief.sock');
    await socketAt(socket);
    const link = join(dir, 'link.md');
    symlinkSync(precious, link);
    const folder = join(dir, 'briefs');
    mkdirSync(folder);

    const cases: [string, RegExp][] = [
      [fifo, /is a named pipe \(FIFO\), not a file/],
      [socket, /is a socket, not a file/],
      [link, new RegExp(`is a symbolic link \\(to ${precious.replace(/[.\\]/g, '\\$&')}\\); Rapporteur does not replace or write through links`)],
      [folder, /is a folder; give the name of a file to write in it\./],
    ];
    for (const [target, problem] of cases) {
      const before = state(target);
      for (const args of commands(target, at)) {
        const result = cli(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr, args.join(' ')).toContain(`rapporteur: ${target} `);
        expect(result.stderr, args.join(' ')).toMatch(problem);
        expect(result.stderr).toContain('Nothing was written.');
        expect(result.stderr).not.toContain('--out');
        expect(result.stdout).toBe('');
        expect(state(target), args.join(' ')).toBe(before);
      }
    }
    expect(readFileSync(precious, 'utf8')).toBe('not to be overwritten');
    expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('replace a regular file at the path, as before', () => {
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    const brief = join(dir, 'brief.md');
    const bundle = join(dir, 'sources.json.gz');
    writeFileSync(brief, 'an older export');
    writeFileSync(bundle, 'an older bundle');
    const [exportArgs, bundleArgs] = commands(brief, at);
    expect(cli(exportArgs!).code).toBe(0);
    expect(readFileSync(brief, 'utf8')).toContain('From Policy to Action');
    expect(cli(bundleArgs!.map((arg) => (arg === brief ? bundle : arg))).code).toBe(0);
    expect(gunzipSync(readFileSync(bundle)).toString('utf8')).toContain('"format":"rapporteur-bundle"');
  });

  it('say which folder is missing or is a file, naming the user’s path and never a temporary file', () => {
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    const file = join(dir, 'notes.md');
    writeFileSync(file, 'a file, not a folder');
    for (const [target, message] of [
      [join(dir, 'no', 'such', 'brief.md'), `The folder ${join(dir, 'no', 'such')} does not exist. Nothing was written.`],
      [join(file, 'brief.md'), `${file} is a file, not a folder. Nothing was written.`],
    ] as const) {
      for (const args of commands(target, at)) {
        const result = cli(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr.split('\n')[0]).toBe(`rapporteur: ${message}`);
      }
    }
  });
});

describe('writing a file whole', () => {
  it('names the user’s path, not its temporary file, when the folder is gone by the time it writes', async () => {
    const dir = tempDir();
    const missing = join(dir, 'gone', 'brief.docx');
    await expect(writeFileAtomically(missing, Buffer.from('x'))).rejects.toThrow(`The folder ${join(dir, 'gone')} does not exist. Nothing was written.`);
    const underFile = join(dir, 'notes.md');
    writeFileSync(underFile, 'a file');
    await expect(writeFileAtomically(join(underFile, 'brief.docx'), Buffer.from('x'))).rejects.toThrow(`${underFile} is a file, not a folder. Nothing was written.`);
  });

  it('refuses what is not a regular file at the moment it would replace it (as the desktop app’s save dialog writes)', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'brief.docx');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomically(fifo, Buffer.from('x'))).rejects.toThrow(`${fifo} is a named pipe (FIFO), not a file`);
    expect(state(fifo)).toBe('fifo');
    expect(readdirSync(dir)).toEqual(['brief.docx']);
  });
});
