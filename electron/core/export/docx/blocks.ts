import { Paragraph, Table, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Block, Inline, ListBlock, ParagraphRole } from '../../briefing/model';
import type { DocxContext } from './context';
import { convertInlines } from './inlines';
import { LIST_REFERENCES, type ListKind } from './numbering';
import { convertTable } from './tables';

export type BodyChild = Paragraph | Table;
type BlockConverter<B extends Block> = (block: B, context: DocxContext) => BodyChild[];

/** One converter per block kind of the export model. */
const BLOCK_CONVERTERS: { [T in Block['type']]: BlockConverter<Extract<Block, { type: T }>> } = {
  paragraph: (block, context) => [paragraph(block.inlines, context, roleStyle(block.role, context))],
  heading: (block, context) => [paragraph(block.inlines, context, context.state.styles[`Heading${block.level}`])],
  pullquote: (block, context) => pullQuote(convertInlines(block.inlines, context), block.attribution, context),
  list: (block, context) => list(block, context),
  table: (block, context) => convertTable(block, context),
  // Label and title in one heading, so the title shows in the navigation pane and the contents.
  lesson: (block, context) => [
    new Paragraph({ style: context.state.styles.Heading2, children: [new TextRun(`${block.label} ${block.title}`.trim())] }),
    ...(block.quote ? pullQuote([new TextRun(block.quote.text)], block.quote.attribution, context) : []),
    ...convertBlocks(block.body, context),
  ],
  references: (block, context) => block.entries.map((entry) => paragraph(entry, context, context.state.styles.Bibliography)),
  // A reference to something no longer in the library: visible, so the author sees it before sending.
  missing: (block, context) => [
    new Paragraph({ style: context.bodyStyle, children: [new TextRun({ text: block.text, italics: true, color: 'C00000' })] }),
  ],
};

export function convertBlocks(blocks: Block[], context: DocxContext): BodyChild[] {
  const children: BodyChild[] = [];
  for (const block of blocks) {
    const converted = convertBlock(block, context);
    // Word joins two tables that touch into one.
    if (converted[0] instanceof Table && children[children.length - 1] instanceof Table) {
      children.push(new Paragraph({ style: context.bodyStyle }));
    }
    children.push(...converted);
  }
  return children;
}

function convertBlock(block: Block, context: DocxContext): BodyChild[] {
  return (BLOCK_CONVERTERS[block.type] as BlockConverter<Block>)(block, context);
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'style'>;

function paragraph(inlines: Inline[], context: DocxContext, style: string, options: ParagraphOptions = {}): Paragraph {
  return styledParagraph(convertInlines(inlines, context), context, style, options);
}

function styledParagraph(children: ParagraphChild[], context: DocxContext, style: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ style, children, ...(context.align ? { alignment: context.align } : {}), ...options });
}

function roleStyle(role: ParagraphRole, context: DocxContext): string {
  const { styles } = context.state;
  switch (role) {
    case 'body':
      return context.bodyStyle;
    case 'title':
      return styles.Title;
    case 'subtitle':
      return styles.Subtitle;
    case 'caption':
      return styles.Caption;
  }
}

function pullQuote(children: ParagraphChild[], attribution: string, context: DocxContext): Paragraph[] {
  const { styles } = context.state;
  const by = attribution.replace(/^[\s—–-]+/, '').trim();
  return [
    new Paragraph({ style: styles.Quote, children, ...(by ? { keepNext: true } : {}) }),
    ...(by ? [new Paragraph({ style: styles.Attribution, children: [new TextRun(`— ${by}`)] })] : []),
  ];
}

/**
 * A list as Word numbering. Each top-level list is an instance of its own, so numbered
 * lists restart at 1; a nested list of the same kind continues its parent's instance one
 * level down (Word restarts a level after each item above it).
 */
function list(block: ListBlock, context: DocxContext): BodyChild[] {
  const kind: ListKind = block.ordered ? 'ordered' : 'bullet';
  const level = Math.min(context.list.level + 1, 8);
  const instance = context.list.instances[kind] ?? context.state.newList();
  const inner: DocxContext = { ...context, list: { level, instances: { ...context.list.instances, [kind]: instance } } };
  const numbering = { reference: LIST_REFERENCES[kind], level, instance };
  // Further paragraphs of an item line up with its text.
  const continued = { indent: { left: 360 * (level + 1) } };
  return block.items.flatMap((item) => {
    let numbered = false;
    return item.flatMap((child): BodyChild[] => {
      if (child.type !== 'paragraph') return convertBlock(child, inner);
      const options = numbered ? continued : { numbering };
      numbered = true;
      return [paragraph(child.inlines, inner, roleStyle(child.role, inner), options)];
    });
  });
}
