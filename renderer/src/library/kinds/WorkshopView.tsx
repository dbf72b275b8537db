import type { KindData } from '../../../../shared/domain';
import { formatDate } from '../dates';
import { Fields, joined } from '../Fields';

export function WorkshopView({ workshop }: { workshop: KindData<'workshop'> }) {
  const dates =
    workshop.startDate === workshop.endDate
      ? formatDate(workshop.startDate)
      : `${formatDate(workshop.startDate)} – ${formatDate(workshop.endDate)}`;
  return (
    <>
      <Fields
        fields={[
          ['Place', workshop.place],
          ['Dates', dates],
          ['Organisers', joined(workshop.organisers)],
          ['Participants', joined(workshop.participants)],
        ]}
      />
      {workshop.summary && <p>{workshop.summary}</p>}
    </>
  );
}
