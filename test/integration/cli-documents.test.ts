import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefFinding } from '../../shared/briefing';
import type { ItemOf } from '../../shared/domain';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { getTemplate } from '../../electron/core/briefing/templates';
import { cli, cliJson } from '../helpers/cli';
import { openWithPythonDocx, requireReaders } from '../helpers/docx-readers';
import { libraryFingerprint, tempDir } from '../helpers/temp-library';

describe('rapporteur new, export and check-doc', () => {
  it('starts a document from a template with its sections, and the checker lists what to fill', () => {
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    const created = cli(['new', 'from-policy-to-action', '--title', 'Delivery in Sindh', '--subtitle', 'What the province learnt', ...at]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const document = cliJson<ItemOf<'document'>>(['show', 'document', id, ...at]);
    expect(document.data.templateId).toBe('from-policy-to-action');
    expect(document.data.state.root.children.map((node) => node.sectionId)).toEqual([
      'title',
      'introduction',
      'lessons',
      'global-debate',
      'next-steps',
      'place-date',
      'annex',
    ]);

    const check = cli(['check-doc', id, ...at]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('Introduction: This required section is empty.');
    expect(check.stdout).toContain('Place and date: This required section is empty.');
    expect(check.stdout.trim()).toMatch(/\n5 errors, 1 warning\.$/);
  });

  it('exports the sample brief in each format, inferring the format from the file name', () => {
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    for (const [name, check] of [
      ['brief.docx', (bytes: Buffer) => expect(bytes.subarray(0, 2).toString()).toBe('PK')],
      ['brief.md', (bytes: Buffer) => expect(bytes.toString()).toContain('Lesson 1: A Delivery Unit is there to drive policy delivery')],
      ['brief.html', (bytes: Buffer) => expect(bytes.toString()).toMatch(/^<!doctype html>/i)],
    ] as const) {
      const out = join(dir, name);
      const result = cli(['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', out, ...at]);
      expect(result.stderr, name).toBe('');
      expect(result.stdout).toBe(`Exported to ${out}.\n`);
      check(readFileSync(out));
    }
  });

  it('takes the fonts of a reference document made by another program (pandoc’s own reference.docx)', async () => {
    await requireReaders('pandoc', 'pythonDocx');
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    const reference = join(dir, 'house-style.docx');
    execFileSync('pandoc', ['-o', reference, '--print-default-data-file', 'reference.docx']);

    const plainOut = join(dir, 'plain.docx');
    const styledOut = join(dir, 'styled.docx');
    expect(cli(['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', plainOut, ...at]).code).toBe(0);
    const styled = cli(['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', styledOut, '--reference-doc', reference, ...at]);
    expect(styled.stderr).toBe('');

    // A style without a font of its own takes the document default's.
    const fontOf = async (file: string, style: string) => {
      const { fonts } = await openWithPythonDocx(file);
      return fonts.styles[style] ?? fonts.default;
    };
    const template = getTemplate('from-policy-to-action');
    expect(await fontOf(plainOut, 'Normal')).toBe(template.styles.body.font);
    expect(await fontOf(plainOut, 'Heading 1')).toBe(template.styles.heading1.font);
    expect(await fontOf(styledOut, 'Normal')).toBe(await fontOf(reference, 'Normal'));
    expect(await fontOf(styledOut, 'Heading 1')).toBe(await fontOf(reference, 'Heading 1'));
    expect(await fontOf(styledOut, 'Normal')).not.toBe(template.styles.body.font);
    expect(await fontOf(styledOut, 'Heading 1')).not.toBe(template.styles.heading1.font);
  });

  it('reports the sample brief as ready, with exit code 0', () => {
    const dir = tempDir();
    const at = ['--library', join(dir, 'library.sqlite')];
    const result = cli(['check-doc', POLICY_TO_ACTION_DOCUMENT_ID, ...at]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('The brief checker found nothing to fix.');
    const json = cliJson<{ findings: BriefFinding[] }>(['check-doc', POLICY_TO_ACTION_DOCUMENT_ID, ...at]);
    expect(json.findings).toEqual([]);
  });

  it('refuses bad requests with one clear line and writes nothing', () => {
    const dir = tempDir();
    const library = join(dir, 'library.sqlite');
    const at = ['--library', library];
    cli(['list', 'documents', ...at]);
    const before = libraryFingerprint(library);
    const notWord = join(dir, 'org.docx');
    writeFileSync(notWord, 'this is not a Word file');

    const cases: [string[], number, RegExp][] = [
      [['new', ...at], 2, /new needs a template/],
      [['new', 'from-policy-to-action', ...at], 2, /new needs a title/],
      [['new', 'press-release', '--title', 'X', ...at], 1, /No template is called "press-release"/],
      [['export', ...at], 2, /export needs a document id/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, ...at], 2, /export needs --format/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, '--format', 'odt', ...at], 2, /"odt" is not an export format/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', join(dir, 'x.pdf'), ...at], 1, /PDF export needs the desktop app/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', join(dir, 'no', 'such', 'b.docx'), ...at], 2, /does not exist/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', join(dir, 'x.md'), '--reference-doc', notWord, ...at], 2, /only applies to --format docx/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', join(dir, 'x.docx'), '--reference-doc', join(dir, 'none.docx'), ...at], 2, /none\.docx does not exist/],
      [['export', POLICY_TO_ACTION_DOCUMENT_ID, '--out', join(dir, 'x.docx'), '--reference-doc', notWord, ...at], 1, /org\.docx/],
      [['export', '6f1d6f1e-0000-4000-8000-000000000000', '--out', join(dir, 'x.docx'), ...at], 1, /No document has the id/],
      [['check-doc', ...at], 2, /check-doc needs a document id/],
    ];
    for (const [args, code, message] of cases) {
      const result = cli(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    expect(libraryFingerprint(library)).toBe(before);
  });
});
