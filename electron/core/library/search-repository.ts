import type { Database } from 'better-sqlite3';
import type { Kind } from '../../../shared/domain';
import type { SearchResult, Snippet } from '../../../shared/contract';
import { filterClauses, toSummary, type ListFilters } from './items-repository';

const HIT_START = '\u0001';
const HIT_END = '\u0002';
const SNIPPET_TOKENS = 16;
/** bm25 weights: a word in the title counts ten times one in the body. */
const TITLE_WEIGHT = 10;

/**
 * Turns what a person typed into an FTS5 query: every word must appear, the
 * last one may be unfinished (search as you type); FTS syntax characters are
 * never passed through, so no input is a syntax error.
 */
export function toFtsQuery(typed: string): string | undefined {
  const words = typed.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

export function parseSnippet(marked: string): Snippet {
  const segments: Snippet = [];
  for (const [index, part] of marked.split(new RegExp(`[${HIT_START}${HIT_END}]`)).entries()) {
    if (part) segments.push({ text: part, hit: index % 2 === 1 });
  }
  return segments;
}

interface ResultRow {
  id: string;
  kind: Kind;
  title: string;
  created_at: string;
  updated_at: string;
  score: number;
  body_snippet: string;
  title_snippet: string;
}

export interface SearchOptions extends ListFilters {
  kind?: Kind | undefined;
  limit: number;
}

export class SearchRepository {
  constructor(private readonly db: Database) {}

  search(typed: string, options: SearchOptions): SearchResult[] {
    const query = toFtsQuery(typed);
    if (!query) return [];
    const where = filterClauses(options, 'i');
    const kindClause = options.kind ? ' AND i.kind = ?' : '';
    const kindParams = options.kind ? [options.kind] : [];
    const rows = this.db
      .prepare(
        `SELECT i.id, i.kind, i.title, i.created_at, i.updated_at,
           bm25(items_fts, ${TITLE_WEIGHT}, 1.0) AS score,
           snippet(items_fts, 1, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS body_snippet,
           snippet(items_fts, 0, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS title_snippet
         FROM items_fts JOIN items i ON i.seq = items_fts.rowid
         WHERE items_fts MATCH ?${kindClause}${where.sql}
         ORDER BY score LIMIT ?`,
      )
      .all(query, ...kindParams, ...where.params, options.limit) as ResultRow[];
    return rows.map((row) => {
      const marked = row.body_snippet.includes(HIT_START) || !row.title_snippet.includes(HIT_START) ? row.body_snippet : row.title_snippet;
      // bm25 is lower for better matches; callers get "higher is better".
      return { ...toSummary(row), score: -row.score, snippet: parseSnippet(marked) };
    });
  }
}
