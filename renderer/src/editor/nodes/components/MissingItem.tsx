import type { ReactNode } from 'react';
import type { Kind } from '../../../../../shared/kinds';
import { kindLabel } from '../../../library/kind-names';
import type { QueryOptions } from '../../../useApiQuery';

/** A node shows a missing item itself (MissingItem), so the alert region need not say it too. */
export const QUIET_MISSING: QueryOptions = { quiet: ['not-found'] };

/** What a node shows for a library item that is not there: the id, so it can be found or replaced. */
export function MissingItem({ kind, id, children }: { kind: Kind; id: string; children?: ReactNode }) {
  return (
    <div className="node-missing" role="note">
      <p>
        This {kindLabel(kind)} is no longer in the library <span className="node-missing-id">({id || 'no id'})</span>.
      </p>
      {children}
    </div>
  );
}

/** What a node shows while its library item loads. */
export function Loading({ what }: { what: string }) {
  return <p className="node-loading">Loading the {what}…</p>;
}
