import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { BlockGroupNode } from './BlockGroupNode';
import { CommitmentsTableNode } from './CommitmentsTableNode';
import { ComparisonTableNode } from './ComparisonTableNode';
import { DataTableNode } from './DataTableNode';
import { EventDetailsNode } from './EventDetailsNode';
import { FootnoteNode } from './FootnoteNode';
import { LessonNode } from './LessonNode';
import { PullQuoteNode } from './PullQuoteNode';
import { ReadingListNode } from './ReadingListNode';
import { SectionNode } from './SectionNode';

export * from './BlockGroupNode';
export * from './CommitmentsTableNode';
export * from './ComparisonTableNode';
export * from './DataTableNode';
export * from './EventDetailsNode';
export * from './FootnoteNode';
export * from './LessonNode';
export * from './PullQuoteNode';
export * from './ReadingListNode';
export * from './SectionNode';
export { FootnoteDialog } from './components/FootnoteDialog';
export { BriefingNodePlugins } from './plugins';

/** Every node a briefing's state may hold: the briefing model's (shared/briefing.ts) and Lexical's own. */
export const BRIEFING_EDITOR_NODES: readonly Klass<LexicalNode>[] = [
  SectionNode,
  BlockGroupNode,
  LessonNode,
  PullQuoteNode,
  FootnoteNode,
  ComparisonTableNode,
  DataTableNode,
  CommitmentsTableNode,
  EventDetailsNode,
  ReadingListNode,
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  LinkNode,
  AutoLinkNode,
];
