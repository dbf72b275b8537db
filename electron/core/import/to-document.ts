import { documentState, lessonRef, section } from '../briefing/build';
import { paragraphNode, textNode, type RichTextNode } from '../../../shared/richtext';
import type { Template } from '../../../shared/template';
import type { Block, Recognised } from './model';
import { fileTitle, lessonFor, planned, sourceFor, type ImportPlan, type PlanContext, type PlannedItem } from './plan';
import { plainText } from './structure';
import { blockNodes } from './to-rich-text';
import { boundTables, MAX_DOCUMENT_TABLE_CELLS } from './limits';

/**
 * What was recognised, mapped onto a template's sections: the title block, then
 * each block into the section whose heading it came under (a heading matches a
 * section when it holds the section's words: "Six lessons from Pakistan's
 * Delivery Units" opens "Lessons"), lessons into the lessons section as
 * references to new library lessons, a "Islamabad 2018" line into the place and
 * date, what follows it into the section after. Text before any heading goes
 * into the first section after the title.
 */

/** "Islamabad 2018", "London, 3 March 2019". */
const PLACE_DATE =
  /^\p{Lu}[\p{L} .'’-]{1,40},?\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}$/u;

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** The section a heading opens: one whose heading words (or id words) all appear in it. */
function sectionForHeading(heading: string, template: Template): string | null {
  const said = new Set(words(heading));
  const match = template.sections.find((spec) => spec.kind !== 'title' && [spec.heading, spec.id.replace(/-/g, ' ')].some((name) => words(name).every((word) => said.has(word))));
  return match?.id ?? null;
}

function blockText(block: Block): string {
  return block.kind === 'heading' || block.kind === 'paragraph' ? plainText(block.content).trim() : '';
}

export function planDocument(recognised: Recognised, template: Template, context: PlanContext): ImportPlan {
  const source = sourceFor(recognised, context);
  const lessons: PlannedItem[] = [];
  const children = new Map<string, RichTextNode[]>(template.sections.map((spec) => [spec.id, []]));
  const headings = new Map<string, string>();
  const ofKind = (kind: string) => template.sections.find((spec) => spec.kind === kind)?.id ?? null;
  const titleSection = ofKind('title');
  const lessonsSection = ofKind('lessons');
  const placeDateSection = ofKind('place-date');
  const commitmentsSection = ofKind('commitments');
  let current = template.sections.find((spec) => spec.kind !== 'title')?.id ?? template.sections[0]!.id;
  const add = (sectionId: string, nodes: RichTextNode[]) => children.get(sectionId)!.push(...nodes);

  for (const block of boundTables(recognised.blocks, MAX_DOCUMENT_TABLE_CELLS)) {
    const text = blockText(block);
    if (placeDateSection && text && PLACE_DATE.test(text)) {
      add(placeDateSection, [paragraphNode([textNode(text)])]);
      const after = template.sections[template.sections.findIndex((spec) => spec.id === placeDateSection) + 1];
      if (after) current = after.id;
      continue;
    }
    if (block.kind === 'heading') {
      const target = sectionForHeading(text, template);
      if (target) {
        current = target;
        const spec = template.sections.find((candidate) => candidate.id === target)!;
        // The file's own wording of a section's heading is kept.
        if (words(spec.heading).join(' ') !== words(text).join(' ')) headings.set(target, text);
        continue;
      }
    }
    if (block.kind === 'lesson' && lessonsSection) {
      const lesson = lessonFor(block, recognised, source.id, context);
      lessons.push(lesson);
      current = lessonsSection;
      add(lessonsSection, [lessonRef(lesson.id)]);
      continue;
    }
    if (block.kind === 'commitment' && commitmentsSection) current = commitmentsSection;
    add(current, blockNodes(block, recognised.footnotes));
  }

  const title = recognised.title || fileTitle(context.fileName);
  const subtitle = recognised.subtitle ?? '';
  if (titleSection) children.set(titleSection, [title, subtitle].filter(Boolean).map((line) => paragraphNode([textNode(line)])));
  const state = documentState(
    ...template.sections.map((spec) => {
      const nodes = children.get(spec.id)!;
      return section(spec.id, nodes.length ? nodes : [paragraphNode([])], headings.get(spec.id) ?? '');
    }),
  );
  const documentTitle = subtitle ? `${title}: ${subtitle}` : title;
  const document = planned('document', context.newId(), documentTitle, {
    title: documentTitle,
    templateId: template.id,
    state,
    sourceIds: [source.id],
  });
  return { items: [source, ...lessons, document], documentId: document.id, warnings: [...recognised.warnings] };
}
