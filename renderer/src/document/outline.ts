import { richTextToPlain, type RichText, type RichTextNode } from '../../../shared/richtext';
import type { Template } from '../../../shared/template';
import { countWords, plural } from '../../../shared/words';

/** One template section as the outline shows it. */
export interface OutlineEntry {
  sectionId: string;
  heading: string;
  words: number;
  wordBudget: number | null;
  /** Nothing written and nothing inserted yet. */
  empty: boolean;
  overBudget: boolean;
  /** The template's section has no block in the document. */
  missing: boolean;
  /** In a lessons section: how many lessons it holds, and how many the template asks for at least. */
  lessons: { count: number; atLeast: number | null } | null;
}

function sectionNodes(state: RichText): Map<string, RichTextNode> {
  const sections = new Map<string, RichTextNode>();
  for (const node of state.root.children) {
    if (node.type === 'section' && typeof node.sectionId === 'string' && !sections.has(node.sectionId)) sections.set(node.sectionId, node);
  }
  return sections;
}

/** Lexical's own containers: empty unless something inside them is not. */
const CONTAINERS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'link', 'autolink']);

/** Whether a node holds something: text, or an inserted item (a lesson, a table, a footnote…). */
function hasContent(node: RichTextNode): boolean {
  if (node.type === 'text') return Boolean(node.text?.trim());
  if (node.type === 'linebreak' || node.type === 'tab') return false;
  if (CONTAINERS.has(node.type) || node.type === 'section') return (node.children ?? []).some(hasContent);
  return true;
}

function countLessons(node: RichTextNode): number {
  return (node.children ?? []).reduce((total, child) => total + (child.type === 'lesson' ? 1 : countLessons(child)), 0);
}

/**
 * The outline: every template section in the template's order, with the words
 * written in it. Counts the text typed in the document; linked lessons and
 * tables are counted by the brief checker, which sees them resolved.
 */
export function outline(state: RichText, template: Template): OutlineEntry[] {
  const sections = sectionNodes(state);
  return template.sections.map((spec) => {
    const node = sections.get(spec.id);
    const words = node ? countWords(richTextToPlain(node)) : 0;
    const heading = (typeof node?.heading === 'string' && node.heading) || spec.heading || spec.id;
    return {
      sectionId: spec.id,
      heading,
      words,
      wordBudget: spec.wordBudget,
      empty: !node || !hasContent(node),
      overBudget: spec.wordBudget !== null && words > spec.wordBudget,
      missing: !node,
      lessons: spec.kind === 'lessons' ? { count: node ? countLessons(node) : 0, atLeast: spec.minItems } : null,
    };
  });
}

/** Where a new document's writer starts: the first section with nothing in it. */
export function firstEmptySection(state: RichText, template: Template): string | null {
  return outline(state, template).find((entry) => entry.empty && !entry.missing)?.sectionId ?? null;
}

/** "Introduction — 212 / 400 words"; "Lessons — 2 lessons, at least 3" (linked lessons' words are the checker's to count). */
export function describeEntry(entry: OutlineEntry): string {
  if (entry.lessons) {
    const { count, atLeast } = entry.lessons;
    return `${entry.heading} — ${plural(count, 'lesson')}${atLeast === null ? '' : `, at least ${atLeast}`}`;
  }
  const count = entry.wordBudget === null ? plural(entry.words, 'word') : `${entry.words} / ${entry.wordBudget} words`;
  return `${entry.heading} — ${count}`;
}
