import { AlignmentType, LineRuleType, type ICharacterStyleOptions, type IParagraphStyleOptions } from 'docx';
import type { ParagraphStyle, StyleName, Template } from '../../../../shared/template';
import type { ReferenceStyles } from './reference-doc';
import { mmToTwips } from './units';

const PARAGRAPH_STYLE_IDS = [
  'Normal',
  'Title',
  'Subtitle',
  'Heading1',
  'Heading2',
  'Heading3',
  'TOCHeading',
  'Quote',
  'Attribution',
  'FootnoteText',
  'Caption',
  'TableText',
  'TableHeader',
  'TableNote',
  'Bibliography',
  'Header',
  'Footer',
] as const;
type ParagraphStyleId = (typeof PARAGRAPH_STYLE_IDS)[number];
export type StyleId = ParagraphStyleId | 'VerbatimChar';

/** The id each of our styles has in the output: ours, or the reference document's style of that name. */
export type StyleIds = Record<StyleId, string>;

interface WordStyle {
  /** Word's own name for its built-in styles, so Word, LibreOffice and pandoc know them by role. */
  name: string;
  /** The template style it takes its look from. */
  from: StyleName;
  basedOn?: ParagraphStyleId;
  /** A heading's level in the outline and the table of contents (0 for Heading 1). */
  outlineLevel?: number;
  /** Changes to the template style's look for this use of it. */
  adjust?: (style: ParagraphStyle) => Partial<ParagraphStyle>;
  /** A hanging indent, in twips (reference lists). */
  hanging?: number;
  /** Kept on the page of the paragraph that follows (titles, captions above tables). */
  keepNext?: boolean;
}

/** Every paragraph style the export uses, by its Word style id. */
const PARAGRAPH_STYLES: Record<ParagraphStyleId, WordStyle> = {
  Normal: { name: 'Normal', from: 'body' },
  Title: { name: 'Title', from: 'title', keepNext: true },
  Subtitle: { name: 'Subtitle', from: 'subtitle', keepNext: true },
  Heading1: { name: 'heading 1', from: 'heading1', outlineLevel: 0 },
  Heading2: { name: 'heading 2', from: 'heading2', outlineLevel: 1 },
  Heading3: { name: 'heading 3', from: 'heading3', outlineLevel: 2 },
  // Word's name for the heading of a table of contents; not in the outline, so not in the contents itself.
  TOCHeading: { name: 'TOC Heading', from: 'heading1', keepNext: true },
  // pandoc reads paragraphs in a style named "Quote" (or based on it) as a block quote.
  Quote: { name: 'Quote', from: 'pullQuote' },
  Attribution: {
    name: 'Attribution',
    from: 'pullQuote',
    basedOn: 'Quote',
    adjust: (quote) => ({ size: Math.max(4, Math.round(quote.size * 0.8 * 2) / 2), italic: false, spaceBefore: 0 }),
  },
  FootnoteText: { name: 'footnote text', from: 'footnoteText' },
  Caption: { name: 'caption', from: 'caption', keepNext: true },
  TableText: { name: 'Table Text', from: 'tableText' },
  TableHeader: { name: 'Table Header', from: 'tableHeader' },
  TableNote: { name: 'Table Note', from: 'caption', adjust: () => ({ spaceBefore: 2 }) },
  Bibliography: { name: 'Bibliography', from: 'body', hanging: 360, adjust: () => ({ align: 'left' }) },
  Header: { name: 'header', from: 'footnoteText', adjust: () => ({ align: 'center', spaceAfter: 0 }) },
  Footer: { name: 'footer', from: 'footnoteText', adjust: () => ({ align: 'center', spaceAfter: 0 }) },
};

/** pandoc's character style for inline code, which its reader turns back into code. */
const VERBATIM: ICharacterStyleOptions = {
  id: 'VerbatimChar',
  name: 'Verbatim Char',
  run: { font: 'Consolas' },
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export interface WordStyles {
  ids: StyleIds;
  paragraphStyles: IParagraphStyleOptions[];
  characterStyles: ICharacterStyleOptions[];
}

/**
 * The template's styles as Word paragraph styles. With a reference document, its styles
 * win: a style it has (by id, or else by name) is used as it is, and ours are added only
 * for the rest, without a font of their own so they follow the reference's fonts.
 */
export function wordStyles(template: Template, reference?: ReferenceStyles): WordStyles {
  const ids = {} as StyleIds;
  const missing = new Set<ParagraphStyleId>();
  for (const id of PARAGRAPH_STYLE_IDS) {
    const found = reference && findStyle(reference, 'paragraph', id, PARAGRAPH_STYLES[id].name);
    ids[id] = found ?? id;
    if (!found) missing.add(id);
  }
  const verbatim = reference && findStyle(reference, 'character', VERBATIM.id, VERBATIM.name ?? '');
  ids.VerbatimChar = verbatim ?? VERBATIM.id;

  const withFonts = !reference;
  const paragraphStyles = PARAGRAPH_STYLE_IDS.filter((id) => missing.has(id)).map((id) =>
    paragraphStyle(id, PARAGRAPH_STYLES[id], template, ids, withFonts),
  );
  return { ids, paragraphStyles, characterStyles: verbatim ? [] : [VERBATIM] };
}

function findStyle(reference: ReferenceStyles, type: string, id: string, name: string): string | undefined {
  const ofType = reference.styles.filter((style) => style.type === type);
  return (ofType.find((style) => style.id === id) ?? ofType.find((style) => style.name.toLowerCase() === name.toLowerCase()))?.id;
}

function paragraphStyle(id: ParagraphStyleId, spec: WordStyle, template: Template, ids: StyleIds, withFont: boolean): IParagraphStyleOptions {
  const look: ParagraphStyle = { ...template.styles[spec.from], ...spec.adjust?.(template.styles[spec.from]) };
  const indent = mmToTwips(look.indent);
  return {
    id,
    name: spec.name,
    ...(id === 'Normal' ? {} : { basedOn: ids[spec.basedOn ?? 'Normal'], next: ids.Normal }),
    quickFormat: true,
    run: {
      ...(withFont ? { font: look.font } : {}),
      size: Math.round(look.size * 2),
      color: look.color.toUpperCase(),
      bold: look.bold,
      italics: look.italic,
    },
    paragraph: {
      spacing: {
        before: Math.round(look.spaceBefore * 20),
        after: Math.round(look.spaceAfter * 20),
        line: Math.round(look.lineSpacing * 240),
        lineRule: LineRuleType.AUTO,
      },
      alignment: ALIGN[look.align],
      indent: { left: indent + (spec.hanging ?? 0), right: indent, ...(spec.hanging ? { hanging: spec.hanging } : {}) },
      ...(spec.outlineLevel === undefined ? {} : { outlineLevel: spec.outlineLevel, keepNext: true, keepLines: true }),
      ...(spec.keepNext ? { keepNext: true } : {}),
    },
  };
}

/** The document defaults: the body font everywhere a style sets none (unless a reference document sets them). */
export function documentDefaults(template: Template) {
  const body = template.styles.body;
  return { run: { font: body.font, size: Math.round(body.size * 2) } };
}
