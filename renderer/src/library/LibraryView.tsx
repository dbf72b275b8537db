import { useState } from 'react';
import { ItemDetail } from './ItemDetail';
import { SearchPanel } from './SearchPanel';

/** The library: find an item on the left, read it on the right. */
export function LibraryView() {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <main className="library">
      <SearchPanel openId={openId} onOpen={setOpenId} />
      <ItemDetail id={openId} onOpen={setOpenId} />
    </main>
  );
}
