import type { Kind } from '../../shared/kinds';

/**
 * A library item dragged from the library panel into the editor. The data is
 * only ids: the editor looks the item up itself, and a drop from elsewhere
 * (another app, another window) carries no such type and is ignored.
 */
export const LIBRARY_ITEM_MIME = 'application/x-rapporteur-item';

export interface DraggedItem {
  id: string;
  kind: Kind;
  title: string;
}

export function writeDraggedItem(dataTransfer: DataTransfer, item: DraggedItem): void {
  dataTransfer.setData(LIBRARY_ITEM_MIME, JSON.stringify(item));
  // Dropped anywhere else, it reads as its title.
  dataTransfer.setData('text/plain', item.title);
  dataTransfer.effectAllowed = 'copy';
}

export function readDraggedItem(dataTransfer: DataTransfer | null): DraggedItem | null {
  const raw = dataTransfer?.getData(LIBRARY_ITEM_MIME);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<DraggedItem>;
    if (typeof value.id !== 'string' || typeof value.kind !== 'string' || typeof value.title !== 'string') return null;
    return value as DraggedItem;
  } catch {
    return null;
  }
}

export function carriesLibraryItem(dataTransfer: DataTransfer | null): boolean {
  return dataTransfer?.types.includes(LIBRARY_ITEM_MIME) ?? false;
}
