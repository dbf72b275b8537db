import { describe, expect, it } from 'vitest';
import { references } from '../../shared/briefing';
import { ApiError } from '../../shared/errors';
import { KINDS, type ItemOf } from '../../shared/domain';
import { richTextToPlain, type RichTextNode } from '../../shared/richtext';
import { TEMPLATES } from '../../electron/core/briefing/templates';
import { POLICY_TO_ACTION_DOCUMENT_ID, sampleId } from '../../electron/core/library/sample';
import { BRIEFING_LESSON_TITLES } from '../helpers/expected-sample';
import { tempCore } from '../helpers/temp-library';

type Api = ReturnType<typeof tempCore>['api'];

async function sampleDocuments(api: Api): Promise<ItemOf<'document'>[]> {
  const { items } = await api['items.list']({ kind: 'document' });
  return Promise.all(items.map(async (item) => (await api['items.get']({ id: item.id, kind: 'document' })) as ItemOf<'document'>));
}

/** Every node of a kind, in document order. */
function nodesOf(root: RichTextNode, type: string): RichTextNode[] {
  const found: RichTextNode[] = [];
  const walk = (node: RichTextNode): void => {
    if (node.type === type) found.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return found;
}

function listItems(section: RichTextNode): string[] {
  return nodesOf(section, 'listitem').map((item) => richTextToPlain(item));
}

describe('the sample documents a new library starts with', () => {
  it('has one valid document for each template', async () => {
    const { api } = tempCore();
    const documents = await sampleDocuments(api);
    expect(documents.map((document) => document.data.templateId).sort()).toEqual(TEMPLATES.map((template) => template.id).sort());
    for (const document of documents) {
      expect(KINDS.document.data.safeParse(document.data).error, document.data.title).toBeUndefined();
      expect(document.data.author).not.toBe('');
      expect(document.data.sourceIds.length, document.data.title).toBeGreaterThan(0);
    }
  });

  it('refers only to library items that exist and are of the right kind', async () => {
    const { api } = tempCore();
    for (const document of await sampleDocuments(api)) {
      const referred = references(document.data.state.root);
      expect(referred.length, document.data.title).toBeGreaterThan(0);
      for (const reference of referred) {
        const item = await api['items.get']({ id: reference.id });
        expect(item.kind, `${document.data.title} -> ${reference.id}`).toBe(reference.kind);
      }
    }
  });

  it('passes the brief checker: every required section, within its counts and word budgets', async () => {
    const { api } = tempCore();
    for (const document of await sampleDocuments(api)) {
      expect((await api['documents.check']({ documentId: document.id })).findings, document.data.title).toEqual([]);
    }
  });

  it('can be found by the words of its footnotes and of the lessons it pins', async () => {
    const { api } = tempCore();
    const byFootnote = await api.search({ query: 'China Pakistan Economic Corridor', kind: 'document' });
    expect(byFootnote.results.map((result) => result.id)).toContain(POLICY_TO_ACTION_DOCUMENT_ID);
    const course = (await sampleDocuments(api)).find((document) => document.data.templateId === 'course-module')!;
    const pinned = nodesOf(course.data.state.root, 'lesson').find((node) => node.pinned) as { pinned: { title: string } } | undefined;
    const found = await api.search({ query: pinned!.pinned.title, kind: 'document' });
    expect(found.results.map((result) => result.id)).toContain(course.id);
  });

  it('records the lessons a document embeds, and refuses to delete one in use', async () => {
    const { api } = tempCore();
    const lessonId = sampleId('pta:lesson-1');
    const users = await api['items.usedBy']({ id: lessonId });
    expect(users).toContainEqual(expect.objectContaining({ id: POLICY_TO_ACTION_DOCUMENT_ID, kind: 'document', role: 'embeds' }));

    const refusal = await api['items.delete']({ kind: 'lesson', id: lessonId }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).type).toBe('in-use');
    expect((refusal as ApiError).message).toContain('From Policy to Action');
    expect((await api['items.get']({ id: lessonId, kind: 'lesson' })).id).toBe(lessonId);
  });
});

describe('the sample "From Policy to Action" briefing note', () => {
  async function briefing() {
    const { api } = tempCore();
    const document = (await api['items.get']({ id: POLICY_TO_ACTION_DOCUMENT_ID, kind: 'document' })) as ItemOf<'document'>;
    const sections = document.data.state.root.children;
    const section = (id: string): RichTextNode => {
      const found = sections.find((node) => node.sectionId === id);
      if (!found) throw new Error(`no section ${id}`);
      return found;
    };
    return { api, document, sections, section };
  }

  it('has the template’s sections in order, titled as the seed', async () => {
    const { document, sections, section } = await briefing();
    const template = TEMPLATES.find((candidate) => candidate.id === document.data.templateId);
    expect(sections.map((node) => node.sectionId)).toEqual(template?.sections.map((spec) => spec.id));
    expect(richTextToPlain(section('title')).split('\n')).toEqual([
      'From Policy to Action',
      'How to drive successful policy execution in Pakistan',
    ]);
    expect(section('lessons').heading).toBe('Six lessons from Pakistan’s Delivery Units');
    expect(richTextToPlain(section('place-date'))).toBe('Islamabad 2018');
  });

  it('links the six lessons of the briefing in order', async () => {
    const { api, section } = await briefing();
    const lessons = section('lessons').children?.filter((node) => node.type === 'lesson') ?? [];
    expect(lessons.every((node) => node.pinned === null)).toBe(true);
    const titles = await Promise.all(
      lessons.map(async (node) => {
        const lesson = await api['items.get']({ id: node.lessonId as string, kind: 'lesson' });
        return lesson.kind === 'lesson' ? lesson.data.title : '';
      }),
    );
    expect(titles).toEqual(BRIEFING_LESSON_TITLES);
  });

  it('keeps its footnotes where the seed has them: the definition, CPEC and the workshop', async () => {
    const { document, section } = await briefing();
    const footnotes = nodesOf(document.data.state.root, 'footnote');
    expect(footnotes.length).toBeGreaterThanOrEqual(3);
    const notes = (id: string) => nodesOf(section(id), 'footnote').map((node) => node.note);
    expect(notes('introduction')).toEqual([expect.stringContaining('policy execution'), 'The China Pakistan Economic Corridor.']);
    expect(notes('lessons')).toEqual([expect.stringMatching(/Islamabad on 13 and 14 November 2017.*three themes/)]);
  });

  it('asks the workshop’s three open questions and lists three next steps', async () => {
    const { api, section } = await briefing();
    const questions = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const note = await api['items.get']({ id: sampleId(`islamabad:question-${n}`), kind: 'note' });
        return note.kind === 'note' ? note.data.text : '';
      }),
    );
    expect(listItems(section('global-debate'))).toEqual(questions);
    expect(nodesOf(section('global-debate'), 'pullquote').map((node) => richTextToPlain(node))).toEqual([
      expect.stringContaining('islands and delivery silos'),
    ]);
    const steps = listItems(section('next-steps'));
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('National School of Public Policy');
  });

  it('sets the SMU beside the SSU on every question in its annex', async () => {
    const { api, section } = await briefing();
    const [node, ...others] = nodesOf(section('annex'), 'comparisontable');
    expect(others).toEqual([]);
    const comparison = await api['items.get']({ id: node?.comparisonId as string, kind: 'comparison' });
    expect(node?.questionIds).toEqual([]);
    const units = await Promise.all(
      (node?.unitIds as string[]).map(async (id) => {
        const unit = await api['items.get']({ id, kind: 'unit' });
        return unit.kind === 'unit' ? unit.data.shortName : '';
      }),
    );
    expect(units).toEqual(['SMU', 'SSU']);
    expect(comparison.kind === 'comparison' && comparison.data.questions.length).toBe(19);
  });
});
