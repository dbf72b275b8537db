import { describe, expect, it } from 'vitest';
import { elementNode, paragraphNode, richTextRoot, textNode, type RichTextNode } from '../../shared/richtext';
import { TemplateSchema } from '../../shared/template';
import { describeEntry, firstEmptySection, outline } from '../../renderer/src/document/outline';
import fromPolicyToAction from '../../templates/from-policy-to-action/template.json';

// The outline is how a writer finds their way and sees what is left: every
// template section in order, its words against its budget, empty ones marked.

const template = TemplateSchema.parse(fromPolicyToAction);

const section = (sectionId: string, children: RichTextNode[], heading = '') => elementNode('section', children, { sectionId, heading });
const words = (count: number) => paragraphNode([textNode(Array.from({ length: count }, (_, index) => `word${index}`).join(' '))]);

describe('outline', () => {
  it('lists the template’s sections in order with their word counts and budgets', () => {
    const state = richTextRoot([
      section('title', [paragraphNode([textNode('Delivery in Sindh')])]),
      section('introduction', [words(212)]),
      section('lessons', [elementNode('lesson', [], { lessonId: '7d3f0c9e-0000-4000-8000-000000000000', pinned: null })]),
      section('global-debate', [paragraphNode([])]),
    ]);
    const entries = outline(state, template);
    expect(entries.map((entry) => entry.sectionId)).toEqual(template.sections.map((spec) => spec.id));
    const introduction = entries.find((entry) => entry.sectionId === 'introduction');
    expect(introduction && describeEntry(introduction)).toBe('Introduction — 212 / 400 words');
    const lessons = entries.find((entry) => entry.sectionId === 'lessons');
    expect(lessons?.empty).toBe(false);
    expect(lessons && describeEntry(lessons)).toBe('Lessons — 1 lesson, at least 3');
    expect(entries.find((entry) => entry.sectionId === 'global-debate')).toMatchObject({ empty: true, missing: false });
    expect(entries.find((entry) => entry.sectionId === 'annex')).toMatchObject({ empty: true, missing: true });
  });

  it('marks a section over its word budget', () => {
    const entries = outline(richTextRoot([section('next-steps', [words(201)])]), template);
    expect(entries.find((entry) => entry.sectionId === 'next-steps')).toMatchObject({ words: 201, overBudget: true });
  });

  it('uses the heading the writer gave a section', () => {
    const entries = outline(richTextRoot([section('introduction', [words(1)], 'Why this note')]), template);
    expect(describeEntry(entries[1]!)).toBe('Why this note — 1 / 400 words');
  });

  it('starts a new document in its first empty section', () => {
    const state = richTextRoot(template.sections.map((spec) => section(spec.id, spec.kind === 'title' ? [words(3)] : [paragraphNode([])])));
    expect(firstEmptySection(state, template)).toBe('introduction');
  });
});
