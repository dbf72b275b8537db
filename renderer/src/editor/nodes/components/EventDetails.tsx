import { memo } from 'react';
import { useApiQuery } from '../../../useApiQuery';
import type { EventDetailsData } from '../EventDetailsNode';
import { dateRange } from '../../../../../shared/dates';
import { QUIET_MISSING, Loading, MissingItem } from './MissingItem';
import { useNodeCard, useRemoveNode } from './useNodeCard';
import './nodes.css';

/** A workshop's facts, read from the library. */
export const EventDetails = memo(function EventDetails({ nodeKey, data }: { nodeKey: string; data: EventDetailsData }) {
  const card = useNodeCard(nodeKey);
  const query = useApiQuery('items.get', { id: data.workshopId, kind: 'workshop' }, QUIET_MISSING);
  const workshop = query.value?.kind === 'workshop' ? query.value.data : undefined;
  const remove = useRemoveNode(nodeKey);
  if (!workshop) {
    if (query.loading) return <Loading what="workshop" />;
    return (
      <div className="node-card event-card" {...card.props}>
        <MissingItem kind="workshop" id={data.workshopId}>
          <button type="button" onClick={remove}>
            Remove workshop details
          </button>
        </MissingItem>
      </div>
    );
  }
  const rows: [string, string][] = [
    ['Event', workshop.title],
    ['Dates', dateRange(workshop.startDate, workshop.endDate)],
    ['Place', workshop.place],
    ['Organisers', workshop.organisers.join('; ')],
    ['Participants', workshop.participants.join('; ')],
  ];
  return (
    <section className="node-card event-card" aria-label={`Workshop details: ${workshop.title}`} {...card.props}>
      <dl className="event-facts">
        {rows
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <div className="node-actions">
        <button type="button" onClick={remove}>
          Remove workshop details
        </button>
      </div>
    </section>
  );
});
