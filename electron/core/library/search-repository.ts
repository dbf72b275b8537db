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
 * How many matches a search ranks: the newest ones, when a word is in more items
 * than this. Ranking is exact below it; above it, bm25 for every match costs
 * more than search-as-you-type can afford (bench/search).
 */
export const RANKED_MATCHES = 5000;

/**
 * Turns what a person typed into an FTS5 query: every word must appear, the
 * last one may be unfinished (search as you type); FTS syntax characters are
 * never passed through, so no input is a syntax error.
 */
export function toFtsQuery(typed: string): string | undefined {
  const words = typed.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  // A single letter as a prefix matches nearly everything; wait for the second.
  const isPrefix = (word: string, index: number) => index === words.length - 1 && word.length > 1;
  return words.map((word, index) => `"${word}"${isPrefix(word, index) ? '*' : ''}`).join(' ');
}

export function parseSnippet(marked: string): Snippet {
  const segments: Snippet = [];
  for (const [index, part] of marked.split(new RegExp(`[${HIT_START}${HIT_END}]`)).entries()) {
    if (part) segments.push({ text: part, hit: index % 2 === 1 });
  }
  return segments;
}

interface ResultRow {
  seq: number;
  id: string;
  kind: Kind;
  title: string;
  created_at: string;
  updated_at: string;
  score: number;
}

export interface SearchOptions extends ListFilters {
  kind?: Kind | undefined;
  limit: number;
}

export class SearchRepository {
  private readonly snippets;

  constructor(
    private readonly db: Database,
    private readonly rankedMatches = RANKED_MATCHES,
  ) {
    this.snippets = db.prepare<[string, bigint], { body_snippet: string; title_snippet: string }>(
      `SELECT snippet(items_fts, 1, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS body_snippet,
         snippet(items_fts, 0, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS title_snippet
       FROM items_fts WHERE items_fts MATCH ? AND rowid = ?`,
    );
  }

  search(typed: string, options: SearchOptions): SearchResult[] {
    const query = toFtsQuery(typed);
    if (!query) return [];
    const where = filterClauses(options, 'i');
    const kindClause = options.kind ? ' AND i.kind = ?' : '';
    const kindParams = options.kind ? [options.kind] : [];
    // Rank in the full-text index, filtering through a narrow covering index, and
    // read the items' rows only for the matches kept: reading every match's full
    // row, or making every match's snippet before sorting, is what makes search slow.
    // bm25 over every match of a word found in most items is the remaining cost, so
    // a search ranks the newest matches only when there are more than `rankedMatches`.
    const rows = this.db
      .prepare(
        `WITH candidates AS (
           SELECT items_fts.rowid AS seq, bm25(items_fts, ${TITLE_WEIGHT}, 1.0) AS score
           FROM items_fts CROSS JOIN items i INDEXED BY items_search_filter ON i.seq = items_fts.rowid
           WHERE items_fts MATCH ?${kindClause}${where.sql}
           ORDER BY items_fts.rowid DESC LIMIT ${this.rankedMatches}),
         top AS (SELECT seq, score FROM candidates ORDER BY score LIMIT ?)
         SELECT i.seq, i.id, i.kind, i.title, i.created_at, i.updated_at, top.score
         FROM top JOIN items i ON i.seq = top.seq ORDER BY top.score`,
      )
      .all(query, ...kindParams, ...where.params, options.limit) as ResultRow[];
    return rows.map((row) => {
      // A BigInt binds as an integer; FTS5 ignores a rowid constraint given as a float.
      const snippets = this.snippets.get(query, BigInt(row.seq));
      const body = snippets?.body_snippet ?? '';
      const title = snippets?.title_snippet ?? '';
      const marked = body.includes(HIT_START) || !title.includes(HIT_START) ? body : title;
      // bm25 is lower for better matches; callers get "higher is better".
      return { ...toSummary(row), score: -row.score, snippet: parseSnippet(marked) };
    });
  }
}
