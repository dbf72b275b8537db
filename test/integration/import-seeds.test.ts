import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item, ItemOf } from '../../shared/domain';
import { richTextToPlain, type RichTextNode } from '../../shared/richtext';
import { exportDocument } from '../../electron/core/briefing/documents';
import { importFile } from '../../electron/core/import';
import { readWithPandoc, requireReaders } from '../helpers/docx-readers';
import { readSeed } from '../helpers/seeds';
import { fingerprint, tempCore, tempDir } from '../helpers/temp-library';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';

/** The seeds imported as a user would: through the pipeline, into a real library, exported and read back by pandoc. */

const seedFile = (prefix: string) => ({ name: `${prefix}seed.txt`, bytes: new TextEncoder().encode(readSeed(prefix)) });

function nodesOfType(node: RichTextNode, type: string): RichTextNode[] {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => nodesOfType(child, type))];
}

/** Sequences of five words, case and punctuation aside. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’']/g, '').match(/\p{L}+|\d+/gu) ?? [];
  return new Set(words.slice(4).map((_, index) => words.slice(index, index + 5).join(' ')));
}

describe('importing the briefing note (seed 001) as a From Policy to Action document', () => {
  it('makes the six lessons, their pull quotes and the three footnotes, and links the lessons to a new source', async () => {
    const core = tempCore();
    const report = await importFile(core.library, seedFile('001_'), { as: 'document', templateId: 'from-policy-to-action' });
    const document = core.library.get(report.documentId!, 'document');
    const root = document.data.state.root as RichTextNode;
    const lessonIds = nodesOfType(root, 'lesson').map((node) => node.lessonId as string);
    const lessons = lessonIds.map((id) => core.library.get(id, 'lesson'));
    // The briefing note's own six titles, "L esson 2" mended.
    expect(lessons.map((lesson) => lesson.data.title)).toEqual(BRIEFING_LESSON_TITLES);
    expect(lessons.map((lesson) => lesson.data.quote?.text)).toEqual([
      'Delivery units help to drive prioritisation through the system.',
      'I don’t mind if it’s a white cat or a black cat, so long as it catches a mouse. The mode of delivery, or how it looks, is less important than what it delivers.',
      'We need to move from command and control into coordinate and collaborate.',
      'Policy execution is really focusing on problems and solving them.',
      'Sometimes, you’re hitting the target but you’re missing the point.',
      'Everyone wants to deliver something. No matter if it is a football team or a government department. In time, you come up with your own delivery team, your trusted people with skills, resources, and the right attitude.',
    ]);
    const source = report.created.find((item) => item.kind === 'source')!;
    expect(source.title).toBe('From Policy to Action');
    expect(lessons.every((lesson) => lesson.data.sourceIds.includes(source.id!))).toBe(true);
    expect(document.data.sourceIds).toEqual([source.id]);

    const notes = nodesOfType(root, 'footnote').map((node) => node.note as string);
    expect(notes).toEqual([
      'For the purpose of this paper this is understood as the core of policy execution.',
      'The China Pakistan Economic Corridor.',
      expect.stringMatching(/^This briefing note has been prepared following a joint Government of Pakistan and UK Government workshop in Islamabad on 13 and 14 November 2017\..*This briefing paper refers to the first two\.$/),
    ]);
    const sections = Object.fromEntries(root.children!.map((node) => [node.sectionId as string, richTextToPlain(node)]));
    expect(sections.title).toMatch(/^From Policy to Action\nHow to drive successful policy execution in Pakistan\s*$/);
    expect(sections.introduction).toMatch(/^Following the 2013 general elections/);
    expect(sections['global-debate']).toMatch(/^Pakistan’s experience complements/);
    expect(nodesOfType(root, 'pullquote').map((node) => richTextToPlain(node))).toEqual([expect.stringMatching(/^If we don’t link the learnings/)]);
    expect(sections['next-steps']).toMatch(/^There is no ‘one-size-fits-all’ model/);
    expect(sections['place-date']?.trim()).toBe('Islamabad 2018');
    expect(sections.annex).toMatch(/Special Monitoring Unit/);
  });

  it('exports to a DOCX that keeps at least 95% of the note’s word sequences, "L esson 2" mended', async () => {
    await requireReaders('pandoc');
    const core = tempCore();
    const report = await importFile(core.library, seedFile('001_'), { as: 'document', templateId: 'from-policy-to-action' });
    const exported = await exportDocument(core.library, report.documentId!, 'docx');
    const file = join(tempDir(), 'imported.docx');
    writeFileSync(file, exported.bytes);
    const view = await readWithPandoc(file);
    const seed = readSeed('001_');
    const narrative = seed.slice(0, seed.indexOf('Islamabad 2018') + 'Islamabad 2018'.length);
    const wanted = shingles(narrative);
    const got = shingles(view.text);
    const kept = [...wanted].filter((shingle) => got.has(shingle)).length / wanted.size;
    expect(kept).toBeGreaterThanOrEqual(0.95);
    expect(view.text).toContain('Lesson 2: Recognise that a delivery unit is only part of the solution');
    expect(view.footnotes).toHaveLength(3);
  });
});

describe('importing the other seeds as library items', () => {
  const libraryImport = async (prefix: string) => {
    const core = tempCore();
    const report = await importFile(core.library, seedFile(prefix), { as: 'library' });
    const items = report.created.map((created) => core.library.get(created.id!));
    const ofKind = <K extends Item['kind']>(kind: K) => items.filter((item): item is ItemOf<K> => item.kind === kind);
    return { core, report, ofKind };
  };

  it('makes the declaration’s (003) eight commitments, numbered, with owners and frequency where the text states them', async () => {
    const { ofKind } = await libraryImport('003_');
    const commitments = ofKind('commitment');
    expect(commitments.map((item) => item.data.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(commitments[0]!.data.text).toMatch(/^Federal programs should be designed and implemented in consultation with provincial entities\./);
    expect(commitments[0]!.data.details).toEqual([
      'The Coordination Committee shall comprise representatives of federal, provincial governments and development partners.',
      'The Committee shall meet once every quarter or more frequently if needed.',
    ]);
    expect(commitments[0]!.data.frequency).toBe('once every quarter');
    expect(commitments[1]!.data.owner).toBe('Federal Government');
    expect(commitments[7]!.data.owner).toBe('Partners');
    const [source] = ofKind('source');
    expect(source!.data.type).toBe('declaration');
    expect(commitments.every((item) => item.data.sourceIds[0] === source!.id)).toBe(true);
  });

  it('makes the thesis’s (004) tables data tables, numbers parsed', async () => {
    const { ofKind } = await libraryImport('004_');
    const tables = ofKind('table');
    const bisp = tables.find((table) => table.data.title.startsWith('Table 3: BISP Financial Achievements'))!;
    expect(bisp.data.columns.map((column) => column.type)).toEqual(['text', 'number', 'number', 'number', 'number', 'number']);
    expect(bisp.data.rows[0]).toEqual(['2008-09', 15.32, 0.04, 15.81, 15.85, 1.76]);
    expect(bisp.data.rows.find((row) => row[0] === 'Total')).toEqual(['Total', 1001.81, 31.39, 913.36, 944.74, null]);
    const hdi = tables.find((table) => table.data.title === 'Table 1: HDI comparison')!;
    expect(hdi.data.rows.find((row) => row[0] === 'Pakistan')).toEqual(['Pakistan', 152, 0.56, 0.85, 67.1, 8.5, 5.2, 5190, 38.3]);
    const loans = tables.find((table) => table.data.title === 'Table 5: Interest Free Loans disbursement')!;
    expect(loans.data.rows[0]).toEqual([1, 'Number of Loans Disbursed to borrowers', 343397, 292895, 636292]);
    expect(tables.map((table) => table.data.title)).toEqual(expect.arrayContaining(['Table 2: Regional Poverty Comparison', 'Table 6: PPAF Disbursement by Operating Units/Special Initiatives. (Rs in million)']));
  });

  it('makes the news report’s (000) quotes notes of a workshop made for the file, with their speakers', async () => {
    const { ofKind } = await libraryImport('000_');
    const notes = ofKind('note');
    const [workshop] = ofKind('workshop');
    expect(notes.every((note) => note.data.workshopId === workshop!.id && note.data.noteType === 'quote')).toBe(true);
    expect(notes.map((note) => note.data.speaker)).toEqual(['Joanna Reid', 'Shahzad Khan Bangash', 'Iftikhar Ali Sahoo']);
    expect(notes[0]!.data.text).toMatch(/^When Government fails to turn policy into action, it fails its citizens\..*on a global scale\.$/);
    expect(notes[0]!.data.speakerRole).toBe('UK Department for International Development Head of Office');
    expect(notes[1]!.data.text).toMatch(/^The experience in KP has been so far very successful/);
    expect(notes[2]!.data.text).toMatch(/^from Policy to Action demonstrated the success of Punjab/);
  });

  it('previews without writing anything, and names an existing workshop for the notes', async () => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    const preview = await importFile(core.library, seedFile('000_'), { as: 'library', dryRun: true });
    expect(preview.dryRun).toBe(true);
    expect(preview.created.map((item) => item.kind)).toEqual(['source', 'workshop', 'note', 'note', 'note']);
    expect(preview.created.every((item) => item.id === null)).toBe(true);
    expect(fingerprint(core.library.db)).toBe(before);

    const workshop = core.library.create('workshop', { title: 'Islamabad workshop', startDate: '2017-11-13', endDate: '2017-11-14' });
    const report = await importFile(core.library, seedFile('000_'), { as: 'library', workshopId: workshop.id });
    expect(report.created.map((item) => item.kind)).toEqual(['source', 'note', 'note', 'note']);
    expect(report.created.slice(1).every((item) => core.library.get(item.id!, 'note').data.workshopId === workshop.id)).toBe(true);
  });
});

describe('importing a file again', () => {
  it('says when the same file was imported before, in the preview and the import', async () => {
    const core = tempCore();
    const first = await importFile(core.library, seedFile('000_'), { as: 'library' });
    expect(first.warnings.join(' ')).not.toMatch(/imported before/);
    const name = seedFile('000_').name;
    const today = new Date().toISOString().slice(0, 10);
    const warning = `${name} was imported before (on ${today}); importing it again makes new copies of what it holds`;
    expect((await importFile(core.library, seedFile('000_'), { as: 'library', dryRun: true })).warnings).toContain(warning);
    expect((await importFile(core.library, seedFile('000_'), { as: 'document' })).warnings).toContain(warning);
  });
});

describe('a file that would make more items than one import takes', () => {
  it('is refused before any is made, naming the file and how many, and the library is unchanged', async () => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    const text = ['Lessons without end', '', ...Array.from({ length: 2_100 }, (_, index) => `Lesson ${(index % 20) + 1}: Keep going\n\nThe text of lesson ${index + 1}.\n`)].join('\n');
    const file = { name: 'endless.txt', bytes: new TextEncoder().encode(text) };
    await expect(importFile(core.library, file, { as: 'library' })).rejects.toThrow(/^endless\.txt cannot be imported: it would make 2,100 library items .*at most 2,000 come in at once\. Split it/);
    expect(fingerprint(core.library.db)).toBe(before);
  });
});
