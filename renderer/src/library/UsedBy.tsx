import { useId } from 'react';
import { useApiQuery } from '../useApiQuery';
import { KindBadge } from './KindBadge';

/** How a linking item uses this one, by the link's role in the library. */
const ROLE_PHRASES: Record<string, string> = {
  source: 'cites it as a source',
  workshop: 'was noted at this workshop',
  unit: 'compares this delivery unit',
  'promoted-from': 'was promoted from this note',
};

export function UsedBy({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const headingId = useId();
  const { value: users, loading } = useApiQuery('items.usedBy', { id });
  return (
    <section className="used-by" aria-labelledby={headingId} aria-busy={loading}>
      <h3 id={headingId}>Used in</h3>
      {users && users.length === 0 && <p className="quiet">Nothing in the library uses this yet.</p>}
      {users && users.length > 0 && (
        <ul>
          {users.map((user) => (
            <li key={`${user.role}:${user.id}`}>
              <KindBadge kind={user.kind} />
              <span>
                <button type="button" className="link-button" onClick={() => onOpen(user.id)}>
                  {user.title}
                </button>{' '}
                <span className="quiet">{ROLE_PHRASES[user.role] ?? `links to it (${user.role})`}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
