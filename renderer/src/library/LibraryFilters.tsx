import { useId } from 'react';
import { useItemChoices } from './form/ItemPicker';

/** What the library panel narrows its list to, besides the kind. Empty means "any". */
export interface Filters {
  theme: string;
  jurisdiction: string;
  sourceId: string;
}

export const NO_FILTERS: Filters = { theme: '', jurisdiction: '', sourceId: '' };

export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.theme.trim() || filters.jurisdiction.trim() || filters.sourceId);
}

/** The filters as the API takes them: only those set. */
export function filterInput(filters: Filters): { theme?: string; jurisdiction?: string; sourceId?: string } {
  const theme = filters.theme.trim();
  const jurisdiction = filters.jurisdiction.trim();
  return {
    ...(theme && { theme }),
    ...(jurisdiction && { jurisdiction }),
    ...(filters.sourceId && { sourceId: filters.sourceId }),
  };
}

/** Theme and jurisdiction as typed (lessons carry them), the source an item draws on, and a way to clear them. */
export function LibraryFilters({ value, onChange }: { value: Filters; onChange: (value: Filters) => void }) {
  const id = useId();
  const { items: sources } = useItemChoices('source');
  return (
    <div role="group" aria-label="Filters" className="library-filters">
      <label htmlFor={`${id}-theme`}>Theme</label>
      <input
        id={`${id}-theme`}
        type="text"
        value={value.theme}
        autoComplete="off"
        onChange={(event) => onChange({ ...value, theme: event.target.value })}
      />
      <label htmlFor={`${id}-jurisdiction`}>Jurisdiction</label>
      <input
        id={`${id}-jurisdiction`}
        type="text"
        value={value.jurisdiction}
        autoComplete="off"
        onChange={(event) => onChange({ ...value, jurisdiction: event.target.value })}
      />
      <label htmlFor={`${id}-source`}>Source</label>
      <select id={`${id}-source`} value={value.sourceId} onChange={(event) => onChange({ ...value, sourceId: event.target.value })}>
        <option value="">Any source</option>
        {sources.map((source) => (
          <option key={source.id} value={source.id}>
            {source.title}
          </option>
        ))}
      </select>
      <button type="button" disabled={!hasFilters(value)} onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </div>
  );
}
