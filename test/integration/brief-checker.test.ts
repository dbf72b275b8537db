import { describe, expect, it } from 'vitest';
import type { BriefFinding } from '../../shared/briefing';
import type { ItemOf } from '../../shared/domain';
import type { RichTextNode } from '../../shared/richtext';
import { footnote, paragraph, pinnedLesson, section } from '../../electron/core/briefing/build';
import { sampleDocuments } from '../../electron/core/library/sample/documents';
import { POLICY_TO_ACTION_DOCUMENT_ID } from '../../electron/core/library/sample/documents/from-policy-to-action';
import { richText } from '../../shared/richtext';
import { fingerprint, tempCore } from '../helpers/temp-library';

const MISSING = '6f1d6f1e-0000-4000-8000-000000000000';

type Core = ReturnType<typeof tempCore>;

async function sample(core: Core): Promise<ItemOf<'document'>> {
  return (await core.api['items.get']({ kind: 'document', id: POLICY_TO_ACTION_DOCUMENT_ID })) as ItemOf<'document'>;
}

/** A copy of the sample brief with its sections changed, saved as a new document; returns the checker's findings. */
async function findingsForCopy(core: Core, change: (sections: RichTextNode[]) => RichTextNode[]): Promise<BriefFinding[]> {
  const original = await sample(core);
  const sections = structuredClone(original.data.state.root.children);
  const state = { root: { ...original.data.state.root, children: change(sections) } };
  const copy = await core.api['items.create']({ kind: 'document', data: { ...original.data, title: 'Broken copy', state } });
  return (await core.api['documents.check']({ documentId: copy.id })).findings;
}

function sectionOf(sections: RichTextNode[], id: string): RichTextNode {
  const found = sections.find((node) => node.sectionId === id);
  if (!found) throw new Error(`the sample has no ${id} section`);
  return found;
}

describe('the brief checker', () => {
  it('finds nothing to fix in any sample document', async () => {
    const core = tempCore();
    for (const document of sampleDocuments) {
      const { findings } = await core.api['documents.check']({ documentId: document.id });
      expect(findings, document.id).toEqual([]);
    }
  });

  it('reports a missing required section by its heading', async () => {
    const core = tempCore();
    const findings = await findingsForCopy(core, (sections) => sections.filter((node) => node.sectionId !== 'next-steps'));
    expect(findings).toContainEqual({ sectionId: 'next-steps', section: 'Next steps', severity: 'error', message: 'The required section "Next steps" is missing.' });
  });

  it('reports too few lessons against the template’s minimum', async () => {
    const core = tempCore();
    const findings = await findingsForCopy(core, (sections) => {
      const lessons = sectionOf(sections, 'lessons');
      lessons.children = (lessons.children ?? []).filter((node, index) => node.type !== 'lesson' || index < 3);
      return sections;
    });
    expect(findings).toContainEqual(expect.objectContaining({ sectionId: 'lessons', severity: 'error', message: expect.stringMatching(/Has 2 lessons; the template asks for at least 3/) }));
  });

  it('reports a lesson without a pull quote or body', async () => {
    const core = tempCore();
    const findings = await findingsForCopy(core, (sections) => {
      sectionOf(sections, 'lessons').children?.push(pinnedLesson({ title: 'An unfinished lesson', quote: null, body: richText('') }));
      return sections;
    });
    const lessons = findings.filter((finding) => finding.sectionId === 'lessons').map((finding) => finding.message);
    expect(lessons).toContain('Lesson 7: An unfinished lesson has no pull quote.');
    expect(lessons).toContain('Lesson 7: An unfinished lesson has no body.');
  });

  it('reports a section over its word budget with the count', async () => {
    const core = tempCore();
    const findings = await findingsForCopy(core, (sections) => {
      sectionOf(sections, 'next-steps').children?.push(paragraph('word '.repeat(250).trim()));
      return sections;
    });
    expect(findings).toContainEqual(expect.objectContaining({ sectionId: 'next-steps', severity: 'warning', message: expect.stringMatching(/^Has \d+ words; the template’s budget is 200\.$/) }));
  });

  it('reports empty sections, and a place and date line without a year', async () => {
    const core = tempCore();
    const findings = await findingsForCopy(core, (sections) => {
      sectionOf(sections, 'introduction').children = [paragraph()];
      sectionOf(sections, 'place-date').children = [paragraph('Islamabad')];
      return sections;
    });
    expect(findings).toContainEqual(expect.objectContaining({ sectionId: 'introduction', severity: 'error', message: 'This required section is empty.' }));
    expect(findings).toContainEqual(expect.objectContaining({ sectionId: 'place-date', severity: 'error', message: expect.stringContaining('it reads “Islamabad”') }));
  });

  it('keeps a document with broken library links, and reports each link', async () => {
    const core = tempCore();
    const before = fingerprint(core.library.db);
    const findings = await findingsForCopy(core, (sections) => {
      const lessons = sectionOf(sections, 'lessons');
      const first = lessons.children?.find((node) => node.type === 'lesson');
      if (first) first.lessonId = MISSING;
      sectionOf(sections, 'introduction').children?.push(paragraph('A claim.', footnote('Said somewhere.', MISSING)));
      return sections;
    });
    expect(fingerprint(core.library.db)).not.toBe(before);
    const broken = findings.filter((finding) => finding.message.startsWith('Broken library link'));
    expect(broken).toEqual([
      expect.objectContaining({ sectionId: 'introduction', message: expect.stringContaining(`a source (${MISSING}) that is not in the library`) }),
      expect.objectContaining({ sectionId: 'lessons', message: expect.stringContaining(`a lesson (${MISSING}) that is not in the library`) }),
    ]);
  });

  it('reports sections the template does not have and sections out of order', async () => {
    const core = tempCore();
    const findings = await findingsForCopy(core, (sections) => {
      const nextSteps = sections.findIndex((node) => node.sectionId === 'next-steps');
      const [moved] = sections.splice(nextSteps, 1);
      sections.splice(1, 0, moved!, section('appendix-z', [paragraph('Stray.')]));
      return sections;
    });
    expect(findings).toContainEqual(expect.objectContaining({ sectionId: 'appendix-z', severity: 'error' }));
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'This section is out of the template’s order.' }));
  });

  it('flags every required section of a brand-new document, and nothing else is wrong with it', async () => {
    const core = tempCore();
    const document = await core.api['documents.new']({ templateId: 'declaration-summary', title: 'Conference follow-up' });
    const { findings } = await core.api['documents.check']({ documentId: document.id });
    expect(findings.map((finding) => finding.sectionId)).toEqual(['context', 'commitments', 'follow-up']);
    expect(findings.every((finding) => finding.severity === 'error' && finding.message === 'This required section is empty.')).toBe(true);
  });

  it('answers for a missing document with not-found', async () => {
    const core = tempCore();
    const envelope = await core.call('documents.check', { documentId: MISSING });
    expect(envelope).toMatchObject({ ok: false, error: { type: 'not-found' } });
  });
});
