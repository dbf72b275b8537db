import { KIND_INFO, type Kind } from '../../../shared/kinds';

/** "delivery unit", "workshop note": the names people use, from shared/kinds. */
export function kindLabel(kind: Kind): string {
  return KIND_INFO[kind].label;
}

/** "Delivery units" for headings and the kind filter; every kind's label takes a plain -s. */
export function kindHeading(kind: Kind): string {
  const label = KIND_INFO[kind].label;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}s`;
}
