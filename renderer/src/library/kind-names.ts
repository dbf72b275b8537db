import { KINDS, type Kind } from '../../../shared/domain';

/** "delivery unit", "workshop note": the names people use, from shared/domain. */
export function kindLabel(kind: Kind): string {
  return KINDS[kind].label;
}

/** "Delivery units" for headings and the kind filter; every kind's label takes a plain -s. */
export function kindHeading(kind: Kind): string {
  const label = KINDS[kind].label;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}s`;
}
