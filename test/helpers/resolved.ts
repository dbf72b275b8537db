// Documents in the export model, built by hand for the exporters' tests: each
// builder fills in what a test does not care about, so a test shows only what it checks.
import type {
  Block,
  Inline,
  LessonBlock,
  ListBlock,
  ParagraphBlock,
  ResolvedDocument,
  ResolvedSection,
  TableCell,
  TextRun,
} from '../../electron/core/briefing/model';
import { getTemplate } from '../../electron/core/briefing/templates';

/** A run of text, plain unless formats are given. */
export const text = (value: string, format: Omit<Partial<TextRun>, 'type' | 'text'> = {}): TextRun => ({ type: 'text', text: value, ...format });

/** A body paragraph; a string stands for a plain run. */
export const paragraph = (...inlines: (Inline | string)[]): ParagraphBlock => ({
  type: 'paragraph',
  role: 'body',
  inlines: inlines.map((inline) => (typeof inline === 'string' ? text(inline) : inline)),
});

export const cell = (...blocks: Block[]): TableCell => ({ blocks });

/** A cell of one plain paragraph. */
export const textCell = (value: string): TableCell => cell(paragraph(value));

const list = (ordered: boolean, items: string[]): ListBlock => ({ type: 'list', ordered, items: items.map((item) => [paragraph(item)]) });

/** A bulleted list, one plain paragraph an item. */
export const bullets = (...items: string[]): ListBlock => list(false, items);

/** A numbered list, one plain paragraph an item. */
export const numbered = (...items: string[]): ListBlock => list(true, items);

/** A lesson from the library, numbered 1 and not pinned, with no pull quote unless `options` say otherwise. */
export function lesson(title: string, body: Block[], { number = 1, ...options }: Partial<Omit<LessonBlock, 'type' | 'title' | 'body'>> = {}): LessonBlock {
  return { type: 'lesson', number, label: `Lesson ${number}:`, title, quote: null, body, lessonId: `lesson-${number}`, pinned: false, ...options };
}

/** A printed, unnumbered portrait section outside any template section; its id is the heading in lower case. */
export function section(heading: string, blocks: Block[], options: Partial<ResolvedSection> = {}): ResolvedSection {
  return { sectionId: heading.toLowerCase(), spec: undefined, heading, number: null, printHeading: true, orientation: 'portrait', blocks, ...options };
}

/** A briefing titled "A briefing" on the "From Policy to Action" template, with no footnotes and nothing broken unless `meta` says otherwise. */
export function briefing(sections: ResolvedSection[], meta: Partial<Omit<ResolvedDocument, 'sections'>> = {}): ResolvedDocument {
  return {
    title: 'A briefing',
    subtitle: '',
    author: '',
    subject: '',
    template: getTemplate('from-policy-to-action'),
    footnoteCount: 0,
    broken: [],
    ...meta,
    sections,
  };
}
