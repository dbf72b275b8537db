import { memo } from 'react';
import type { KindData } from '../../../../../shared/domain';
import { QUIET_MISSING } from './MissingItem';
import { useApiQuery } from '../../../useApiQuery';
import { $isCommitmentsTableNode, type CommitmentsTableData, type CommitmentsTableNode } from '../CommitmentsTableNode';
import { AddItem } from './AddItem';
import { useNodeCard, useNodeUpdate, useRemoveNode } from './useNodeCard';
import './nodes.css';

const STATUS_NAMES: Record<KindData<'commitment'>['status'], string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** Library commitments with their owners and timing; removing the last one removes the table. */
export const CommitmentsTable = memo(function CommitmentsTable({ nodeKey, data }: { nodeKey: string; data: CommitmentsTableData }) {
  const card = useNodeCard(nodeKey);
  const update = useNodeUpdate<CommitmentsTableNode>(nodeKey, $isCommitmentsTableNode);
  const { commitmentIds } = data;
  const removeNode = useRemoveNode(nodeKey);
  // Never left empty: removing the last row removes the table.
  const remove = (id: string) =>
    commitmentIds.length === 1 ? removeNode() : update((node) => node.setData({ commitmentIds: node.getData().commitmentIds.filter((each) => each !== id) }));
  const add = (id: string) => update((node) => node.setData({ commitmentIds: [...node.getData().commitmentIds, id] }));
  return (
    <div className="node-card commitments-card" {...card.props}>
      <div className="table-scroll">
        <table className="node-table commitments" aria-label="Commitments">
          <thead>
            <tr>
              <th scope="col" className="column-number">
                No.
              </th>
              <th scope="col">Commitment</th>
              <th scope="col" className="column-owner">
                Owner
              </th>
              <th scope="col" className="column-owner">
                Frequency
              </th>
              <th scope="col" className="column-status">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {commitmentIds.map((id, index) => (
              <CommitmentRow key={id} id={id} position={index + 1} onRemove={() => remove(id)} />
            ))}
          </tbody>
        </table>
      </div>
      <AddItem kind="commitment" label="Add commitment" exclude={commitmentIds} onAdd={add} />
    </div>
  );
});

function CommitmentRow({ id, position, onRemove }: { id: string; position: number; onRemove: () => void }) {
  const query = useApiQuery('items.get', { id, kind: 'commitment' }, QUIET_MISSING);
  const commitment = query.value?.kind === 'commitment' ? query.value.data : undefined;
  const removeButton = (
    <button type="button" className="row-remove" aria-label={`Remove commitment ${commitment?.number ?? position}`} onClick={onRemove}>
      Remove
    </button>
  );
  if (!commitment) {
    return (
      <tr>
        <td>{position}</td>
        <td colSpan={4} className={query.loading ? 'node-loading' : 'node-missing'}>
          {query.loading ? 'Loading…' : `This commitment is no longer in the library (${id}).`} {removeButton}
        </td>
      </tr>
    );
  }
  const when = [commitment.frequency, commitment.dueDate ?? ''].filter(Boolean).join('; ');
  return (
    <tr>
      <td>{commitment.number ?? position}</td>
      <td>
        {commitment.text}
        {commitment.details.length > 0 && (
          <ul>
            {commitment.details.map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        )}
        {removeButton}
      </td>
      <td>{commitment.owner}</td>
      <td>{when}</td>
      <td>{STATUS_NAMES[commitment.status]}</td>
    </tr>
  );
}
