import { memo } from 'react';
import { QUIET_MISSING } from './MissingItem';
import { useApiQuery } from '../../../useApiQuery';
import { $isReadingListNode, type ReadingListData, type ReadingListNode } from '../ReadingListNode';
import { AddItem } from './AddItem';
import { referenceParts } from '../../../../../shared/references';
import { useNodeCard, useNodeUpdate, useRemoveNode } from './useNodeCard';
import './nodes.css';

/** Library sources set out as references; the last one removed takes the list with it. */
export const ReadingList = memo(function ReadingList({ nodeKey, data }: { nodeKey: string; data: ReadingListData }) {
  const card = useNodeCard(nodeKey);
  const update = useNodeUpdate<ReadingListNode>(nodeKey, $isReadingListNode);
  const { sourceIds } = data;
  const removeNode = useRemoveNode(nodeKey);
  // Never left empty: removing the last row removes the table.
  const remove = (id: string) =>
    sourceIds.length === 1 ? removeNode() : update((node) => node.setData({ sourceIds: node.getData().sourceIds.filter((each) => each !== id) }));
  const add = (id: string) => update((node) => node.setData({ sourceIds: [...node.getData().sourceIds, id] }));
  return (
    <section className="node-card reading-list-card" aria-label="Reading list" {...card.props}>
      <ol className="references">
        {sourceIds.map((id) => (
          <li key={id}>
            <Reference id={id} />
            <button type="button" className="row-remove" onClick={() => remove(id)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <AddItem kind="source" label="Add a source" exclude={sourceIds} onAdd={add} />
    </section>
  );
});

function Reference({ id }: { id: string }) {
  const query = useApiQuery('items.get', { id, kind: 'source' }, QUIET_MISSING);
  const source = query.value?.kind === 'source' ? query.value.data : undefined;
  if (!source) {
    return query.loading ? <span className="node-loading">Loading…</span> : <span className="node-missing">This source is no longer in the library ({id}).</span>;
  }
  const { lead, title, after, url } = referenceParts(source);
  return (
    <span className="reference">
      {lead}
      <cite>{title}</cite>
      {after}
      {url && <span className="reference-url"> {url}</span>}
    </span>
  );
}
