import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';

/**
 * "# " and "## " make a heading, "### " a subheading: a section's own heading
 * stands above the writer's, so the writer's start at level 2.
 */
const HEADING_SHORTCUT: ElementTransformer = {
  ...HEADING,
  regExp: /^(#{1,3})\s/,
  replace: (parent, children, match, isImport) =>
    HEADING.replace(parent, children, [match[0]!, match[1]!.length === 3 ? '###' : '##'], isImport),
};

/** Markdown typed as it is written ("# ", "- ", "1. ", "> ", **bold**, *italic*) becomes formatting. */
export const MARKDOWN_SHORTCUTS: Transformer[] = [
  HEADING_SHORTCUT,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];
