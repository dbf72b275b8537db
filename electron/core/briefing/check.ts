import type { BriefFinding } from '../../../shared/briefing';
import { countWords, plural } from '../../../shared/words';
import type { TemplateSection } from '../../../shared/template';
import type { Block, ResolvedDocument, ResolvedSection } from './model';
import { inlineText } from './resolve';

type FindingSeverity = BriefFinding['severity'];

/** Years a place-and-date line may name. */
const YEAR = /\b(1[89]|2\d)\d{2}\b/;

/** Every word of a block, as a reader counts them (lesson labels and placeholders excluded). */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.inlines);
    case 'pullquote':
      return `${inlineText(block.inlines)} ${block.attribution}`;
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join(' ');
    case 'table':
      return [block.caption, ...block.rows.flat().flatMap((cell) => cell.blocks.map(blockText)), block.note].join(' ');
    case 'lesson':
      return [block.title, block.quote?.text ?? '', ...block.body.map(blockText)].join(' ');
    case 'references':
      return block.entries.map(inlineText).join(' ');
    case 'missing':
      return '';
  }
}

/** What counts as the section's items for the template's minimum and maximum. */
function itemCount(kind: TemplateSection['kind'], blocks: Block[]): { count: number; noun: string } | null {
  switch (kind) {
    case 'lessons':
      return { count: blocks.filter((block) => block.type === 'lesson').length, noun: 'lesson' };
    case 'bullets':
    case 'questions':
      return {
        count: blocks.reduce((total, block) => total + (block.type === 'list' ? block.items.length : 0), 0),
        noun: kind === 'questions' ? 'question' : 'item',
      };
    case 'commitments':
      return {
        count: blocks.reduce((total, block) => total + (block.type === 'table' && block.role === 'commitments' ? block.rows.length - 1 : 0), 0),
        noun: 'commitment',
      };
    case 'readings':
      return { count: blocks.reduce((total, block) => total + (block.type === 'references' ? block.entries.length : 0), 0), noun: 'reading' };
    default:
      return null;
  }
}

/**
 * The brief checker: what a careful editor would flag before a brief goes out.
 * Works on the resolved document, so it sees linked lessons as the reader will.
 */
export function checkBrief(document: ResolvedDocument): BriefFinding[] {
  const { template } = document;
  const findings: BriefFinding[] = [];
  const add = (section: ResolvedSection | null, severity: FindingSeverity, message: string, spec?: TemplateSection) =>
    findings.push({
      sectionId: section?.sectionId ?? spec?.id ?? null,
      section: section ? section.heading || section.sectionId || 'Document' : spec?.heading ?? 'Document',
      severity,
      message,
    });

  const seen = new Map<string, ResolvedSection>();
  let lastIndex = -1;
  for (const section of document.sections) {
    if (section.sectionId === null) {
      if (section.blocks.length > 0) add(null, 'warning', 'Some content sits outside the template’s sections; move it into a section.');
      continue;
    }
    const index = template.sections.findIndex((spec) => spec.id === section.sectionId);
    if (!section.spec) {
      add(section, 'error', `The section "${section.sectionId}" is not part of the template "${template.name}"; move its content into one of its sections.`);
      continue;
    }
    if (seen.has(section.sectionId)) {
      add(section, 'warning', 'This section appears twice; merge the two.');
      continue;
    }
    if (index < lastIndex) add(section, 'warning', 'This section is out of the template’s order.');
    lastIndex = Math.max(lastIndex, index);
    seen.set(section.sectionId, section);
    checkSection(section, section.spec, add);
  }

  for (const spec of template.sections) {
    if (spec.required && !seen.has(spec.id)) {
      add(null, 'error', `The required section "${spec.heading}" is missing.`, spec);
    }
  }

  for (const broken of document.broken) {
    const section = broken.sectionId ? seen.get(broken.sectionId) ?? null : null;
    add(section, 'error', `Broken library link: this section ${broken.problem}. Relink it or remove it.`);
  }
  return findings;
}

type Add = (section: ResolvedSection | null, severity: FindingSeverity, message: string) => void;

function checkSection(section: ResolvedSection, spec: TemplateSection, add: Add): void {
  const { blocks } = section;
  if (blocks.length === 0) {
    add(section, spec.required ? 'error' : 'warning', spec.required ? 'This required section is empty.' : 'This section is empty; fill it or remove it.');
    return;
  }

  const items = itemCount(spec.kind, blocks);
  if (items) {
    if (spec.minItems !== null && items.count < spec.minItems) {
      add(section, 'error', `Has ${plural(items.count, items.noun)}; the template asks for at least ${spec.minItems}.`);
    }
    if (spec.maxItems !== null && items.count > spec.maxItems) {
      add(section, 'warning', `Has ${plural(items.count, items.noun)}; the template allows at most ${spec.maxItems}.`);
    }
  }

  if (spec.wordBudget !== null) {
    const words = countWords(blocks.map(blockText).join(' '));
    if (words > spec.wordBudget) {
      add(section, 'warning', `Has ${words} words; the template’s budget is ${spec.wordBudget}.`);
    }
  }

  for (const block of blocks) {
    if (block.type !== 'lesson') continue;
    const which = `${block.label} ${block.title}`.trim();
    if (!block.title.trim()) add(section, 'error', `${block.label} has no title.`);
    if (!block.quote?.text.trim()) add(section, 'warning', `${which} has no pull quote.`);
    if (countWords(block.body.map(blockText).join(' ')) === 0) add(section, 'error', `${which} has no body.`);
  }

  if (spec.kind === 'place-date') {
    const line = blocks.map(blockText).join(' ').trim();
    const hasYear = YEAR.test(line);
    const hasPlace = countWords(line.replace(YEAR, '')) > 0;
    if (!hasYear || !hasPlace) {
      add(section, 'error', `The place and date line should say where and when, e.g. “Islamabad 2018”${line ? `; it reads “${line}”` : ''}.`);
    }
  }
}
