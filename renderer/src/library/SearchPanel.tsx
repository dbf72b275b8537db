import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Kind } from '../../../shared/domain';
import { useApiQuery } from '../useApiQuery';
import { useDebouncedValue } from '../useDebouncedValue';
import { kindHeading } from './kind-names';
import { KindFilter, type KindChoice } from './KindFilter';
import { filterInput, hasFilters, LibraryFilters, NO_FILTERS, type Filters } from './LibraryFilters';
import { NewItemMenu } from './NewItemMenu';
import { ResultList, type ResultListHandle, type ResultRow } from './ResultList';
import { useSearchShortcut } from './useSearchShortcut';
import './library.css';
import { ariaShortcut } from '../commands/shortcuts';

/** Short enough to feel instant, long enough not to query on every keystroke of a fast typist. */
const SEARCH_DELAY_MS = 120;
const SEARCH_LIMIT = 50;
/** The contract's limit on a query's length. */
const MAX_QUERY_LENGTH = 500;
/** What the list shows before anything is typed, when no kind is chosen. */
const DEFAULT_LISTED_KIND: Kind = 'lesson';

interface Shown {
  /** The query the list answers, or '' when it lists a kind. */
  searched: string;
  kind: Kind | undefined;
  count: number;
  /** How many items of the listed kind exist (listing only). */
  total: number | undefined;
  loading: boolean;
  filtered: boolean;
}

/** One line saying what the list shows, announced politely as it changes. */
function describeList(shown: Shown): string {
  const sentence = describeContents(shown);
  return shown.filtered ? `${sentence} Filters are on.` : sentence;
}

function describeContents({ searched, kind, count, total, loading }: Shown): string {
  if (searched) {
    if (loading && count === 0) return 'Searching…';
    const among = kind ? ` among ${kindHeading(kind).toLowerCase()}` : '';
    if (count === 0) return `Nothing${among} matches “${searched}”.`;
    return `${count} ${count === 1 ? 'result' : 'results'} for “${searched}”${among}.`;
  }
  const listed = `${kindHeading(kind ?? DEFAULT_LISTED_KIND)}${total === undefined ? '' : ` (${total})`}, newest first.`;
  return kind ? listed : `${listed} Type to search the whole library.`;
}

export function SearchPanel({ openId, onOpen }: { openId: string | null; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<KindChoice>('all');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<ResultListHandle>(null);
  const inputId = useId();
  const headingId = useId();
  useSearchShortcut(input);

  const typed = query.trim();
  // Clearing the box shows the list at once; typing waits for a pause.
  const searched = useDebouncedValue(typed, typed ? SEARCH_DELAY_MS : 0);
  const kind = choice === 'all' ? undefined : choice;
  // Typed filters wait for a pause too; choosing a source or clearing applies at once.
  const narrowed = filterInput(useDebouncedValue(filters, hasFilters(filters) ? SEARCH_DELAY_MS : 0));
  const search = useApiQuery('search', searched ? { query: searched, kind, ...narrowed, limit: SEARCH_LIMIT } : null);
  const listing = useApiQuery('items.list', searched ? null : { kind: kind ?? DEFAULT_LISTED_KIND, ...narrowed });
  const rows: readonly ResultRow[] = (searched ? search.value?.results : listing.value?.items) ?? [];
  const loading = searched ? search.loading : listing.loading;

  const clear = () => {
    setQuery('');
    input.current?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      results.current?.focusFirst();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  // Enter in the search box opens the best match.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const first = rows[0];
    if (first) onOpen(first.id);
  };

  return (
    <section className="search-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Library
      </h2>
      <form role="search" className="search-form" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="visually-hidden">
          Search the library
        </label>
        <input
          id={inputId}
          ref={input}
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search (press /)"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts={`/ ${ariaShortcut('Mod+Shift+F')}`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onInputKeyDown}
        />
        <KindFilter value={choice} onChange={setChoice} />
      </form>
      <div className="library-bar">
        <NewItemMenu />
        <LibraryFilters value={filters} onChange={setFilters} />
      </div>
      <p className="search-status" role="status">
        {describeList({ searched, kind, count: rows.length, total: listing.value?.total, loading, filtered: Object.keys(narrowed).length > 0 })}
      </p>
      <ResultList
        ref={results}
        label={searched ? 'Search results' : 'Library items'}
        rows={rows}
        openId={openId}
        onOpen={onOpen}
        onLeave={(reason) => (reason === 'escape' ? clear() : input.current?.focus())}
      />
    </section>
  );
}
