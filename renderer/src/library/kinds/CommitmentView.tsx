import type { KindData } from '../../../../shared/domain';
import { formatDate } from '../dates';
import { Fields } from '../Fields';

const STATUS_NAMES: Record<KindData<'commitment'>['status'], string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export function CommitmentView({ commitment }: { commitment: KindData<'commitment'> }) {
  return (
    <>
      <p className="lead">{commitment.text}</p>
      {commitment.details.length > 0 && (
        <ul>
          {commitment.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
      <Fields
        fields={[
          ['Number', commitment.number],
          ['Owner', commitment.owner],
          ['Frequency', commitment.frequency],
          ['Due', commitment.dueDate ? formatDate(commitment.dueDate) : ''],
          ['Status', STATUS_NAMES[commitment.status]],
        ]}
      />
    </>
  );
}
