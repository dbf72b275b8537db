import type { Kind } from '../../../shared/domain';
import { kindLabel } from './kind-names';

export function KindBadge({ kind }: { kind: Kind }) {
  return <span className={`kind-badge kind-${kind}`}>{kindLabel(kind)}</span>;
}
