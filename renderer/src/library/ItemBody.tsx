import type { Item } from '../../../shared/domain';
import { CommitmentView } from './kinds/CommitmentView';
import { ComparisonView } from './kinds/ComparisonView';
import { DocumentView } from './kinds/DocumentView';
import { LessonView } from './kinds/LessonView';
import { NoteView } from './kinds/NoteView';
import { SourceView } from './kinds/SourceView';
import { TableView } from './kinds/TableView';
import { UnitView } from './kinds/UnitView';
import { WorkshopView } from './kinds/WorkshopView';

/** The part of an item that depends on its kind; one view per kind in kinds/. */
export function ItemBody({ item, onOpen }: { item: Item; onOpen: (id: string) => void }) {
  switch (item.kind) {
    case 'lesson':
      return <LessonView lesson={item.data} />;
    case 'unit':
      return <UnitView unit={item.data} />;
    case 'comparison':
      return <ComparisonView comparison={item.data} onOpen={onOpen} />;
    case 'workshop':
      return <WorkshopView workshop={item.data} />;
    case 'note':
      return <NoteView note={item.data} onOpen={onOpen} />;
    case 'commitment':
      return <CommitmentView commitment={item.data} />;
    case 'table':
      return <TableView table={item.data} />;
    case 'source':
      return <SourceView source={item.data} />;
    case 'document':
      return <DocumentView document={item.data} />;
  }
}
