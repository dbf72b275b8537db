import { useMemo } from 'react';
import type { Kind } from '../../../../shared/kinds';
import type { ItemSummary } from '../../../../shared/domain';
import { useApiQuery } from '../../useApiQuery';
import { kindLabel } from '../kind-names';
import { invalidProps, type WidgetProps } from './widget-props';

/** The contract's largest page: enough for every source, unit or workshop a library holds. */
const PICK_LIMIT = 1000;

/** The items of a kind a picker offers, newest first, and their titles by id. */
export function useItemChoices(kind: Kind): { items: readonly ItemSummary[]; titles: ReadonlyMap<string, string> } {
  const { value } = useApiQuery('items.list', { kind, limit: PICK_LIMIT });
  return useMemo(() => {
    const items = value?.items ?? [];
    return { items, titles: new Map(items.map((item) => [item.id, item.title])) };
  }, [value]);
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** Links to library items: one (a select) or several (a list of chosen ones, and a select to add another). */
export function ItemPicker({ field, value, set, inputId, labelId, describedBy, issues }: WidgetProps) {
  const widget = field.widget.type === 'item' ? field.widget : null;
  const { items, titles } = useItemChoices(widget?.kind ?? 'source');
  if (!widget) return null;
  const invalid = Boolean(issues?.length);
  const label = kindLabel(widget.kind);

  if (!widget.multiple) {
    const chosen = typeof value === 'string' ? value : '';
    return (
      <select id={inputId} value={chosen} onChange={(event) => set(field.key, event.target.value || null)} {...invalidProps(invalid, describedBy)}>
        <option value="">{`No ${label}`}</option>
        {chosen && !titles.has(chosen) && <option value={chosen}>…</option>}
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
    );
  }

  const chosen = ids(value);
  const left = items.filter((item) => !chosen.includes(item.id));
  return (
    <div className="item-picker">
      {chosen.length > 0 && (
        <ul aria-labelledby={labelId}>
          {chosen.map((id) => {
            const title = titles.get(id) ?? '…';
            return (
              <li key={id}>
                <span>{title}</span>
                <button type="button" className="link-button" aria-label={`Remove ${title}`} onClick={() => set(field.key, chosen.filter((other) => other !== id))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <select
        id={inputId}
        value=""
        aria-label={`Add a ${label} to ${field.label.toLowerCase()}`}
        onChange={(event) => {
          if (event.target.value) set(field.key, [...chosen, event.target.value]);
        }}
        {...invalidProps(invalid, describedBy)}
      >
        <option value="">{left.length > 0 ? `Add a ${label}…` : `No other ${label} to add`}</option>
        {left.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
    </div>
  );
}
