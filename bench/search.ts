// Library search over 100,000 items: p95 latency per query, snippets included.
// Target (DESIGN.md): p95 under 10 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { richText } from '../shared/richtext';
import { Library } from '../electron/core/library/library';
import { DOMAIN_WORDS, random } from './lib/generate';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const QUERIES = 400;

/** The subjects people search for: the field's words and a few more. */
const SUBJECT_WORDS = [
  ...DOMAIN_WORDS,
  ...'progress bottleneck trajectory dashboard field visit sector plan mandate mission capacity sustainability'.split(' '),
];
/** Words ranked by frequency, as in real prose: a few very common, most rare (Zipf's law). */
const VOCABULARY = [...SUBJECT_WORDS, ...Array.from({ length: 20_000 }, (_, index) => `w${index.toString(36)}x`)];
const HARMONIC = VOCABULARY.reduce((sum, _, rank) => sum + 1 / (rank + 1), 0);
const CUMULATIVE = (() => {
  let total = 0;
  return VOCABULARY.map((_, rank) => (total += 1 / (rank + 1) / HARMONIC));
})();

function zipfWord(next: () => number): string {
  const target = next();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (CUMULATIVE[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low]!;
}

function sentence(next: () => number, length: number): string {
  return `${Array.from({ length }, () => zipfWord(next)).join(' ')}.`;
}

const dir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));
const library = Library.open({ path: join(dir, 'library.sqlite') });
try {
  const next = random(42);
  const started = performance.now();
  const source = library.create('source', { title: 'Benchmark source', type: 'other' });
  const workshop = library.create('workshop', { title: 'Benchmark workshop', startDate: '2017-11-13', endDate: '2017-11-14' });
  library.db.transaction(() => {
    for (let index = 0; index < ITEMS; index += 1) {
      const pick = index % 3;
      if (pick === 0) {
        library.create('lesson', {
          title: sentence(next, 8),
          body: richText(sentence(next, 60), sentence(next, 60)),
          themes: [SUBJECT_WORDS[index % SUBJECT_WORDS.length]!],
          sourceIds: [source.id],
        });
      } else if (pick === 1) {
        library.create('note', { workshopId: workshop.id, noteType: 'note', text: sentence(next, 40), speaker: 'Speaker' });
      } else {
        library.create('commitment', { text: sentence(next, 30), owner: 'Federal Government' });
      }
    }
  })();
  const loadSeconds = (performance.now() - started) / 1000;

  // What people look for: mostly the library's own subject words, some rarer ones,
  // unfinished words while typing, two-word queries, and searches within one kind.
  const pick = () => VOCABULARY[Math.floor(next() ** 2 * 2000)]!;
  const queries = Array.from({ length: QUERIES }, (_, index) => {
    switch (index % 5) {
      case 0:
        return { type: 'one word', query: pick() };
      case 1:
        return { type: 'two words', query: `${pick()} ${pick()}` };
      case 2:
        return { type: 'unfinished word', query: pick().slice(0, 4) };
      case 3:
        return { type: 'within one kind', query: pick(), kind: 'lesson' as const };
      default:
        return { type: 'subject word', query: SUBJECT_WORDS[Math.floor(next() * SUBJECT_WORDS.length)]! };
    }
  });
  for (const { query, kind } of queries.slice(0, 20)) library.search.search(query, { limit: 20, kind }); // warm up

  const times: number[] = [];
  const byType = new Map<string, number[]>();
  let results = 0;
  for (const { type, query, kind } of queries) {
    const start = performance.now();
    results += library.search.search(query, { limit: 20, kind }).length;
    const elapsed = performance.now() - start;
    times.push(elapsed);
    byType.set(type, [...(byType.get(type) ?? []), elapsed]);
  }
  const percentile = (values: number[], share: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
  };
  const at = (share: number) => percentile(times, share);
  console.log(`items: ${ITEMS.toLocaleString('en')} (loaded in ${loadSeconds.toFixed(1)} s)`);
  console.log(`queries: ${QUERIES} (subject words, two words, prefixes, within one kind; words drawn from a Zipf-distributed vocabulary), ${(results / QUERIES).toFixed(1)} results each on average, snippets included`);
  for (const [type, values] of byType) console.log(`  ${type.padEnd(16)} p50 ${percentile(values, 0.5).toFixed(2)} ms, p95 ${percentile(values, 0.95).toFixed(2)} ms`);
  console.log(`search latency: p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (target p95 < 10 ms)`);
} finally {
  library.close();
  rmSync(dir, { recursive: true, force: true });
}
