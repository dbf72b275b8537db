import type { AlignmentType, Paragraph } from 'docx';
import type { Template } from '../../../../shared/template';
import type { ListKind } from './numbering';
import type { StyleIds } from './styles';

/** What the converters gather for the whole document as they go: its footnotes and lists. */
export class DocxState {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private lists = 0;

  constructor(
    readonly template: Template,
    readonly styles: StyleIds,
  ) {}

  /** A list instance of its own, so that a numbered list starts at 1. */
  newList(): number {
    return ++this.lists;
  }
}

/** Where a block is being written: which styles and list it is in. */
export interface DocxContext {
  readonly state: DocxState;
  /** The width between the margins of the section's pages, in twips. */
  readonly textWidth: number;
  /** The style of body paragraphs here: Normal, or a table's text styles. */
  readonly bodyStyle: string;
  /** An alignment for every paragraph here (numeric table columns). */
  readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** The list a nested list is in: its level, and the instances of the lists around it by kind. */
  readonly list: { level: number; instances: Partial<Record<ListKind, number>> };
}

export function rootContext(state: DocxState, textWidth: number): DocxContext {
  return { state, textWidth, bodyStyle: state.styles.Normal, list: { level: -1, instances: {} } };
}
