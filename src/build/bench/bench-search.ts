/**
 * Search benchmark: `npm run bench:search`.
 * On the built handbook and on a generated 2,000-page corpus (seeded, ~500 words a page, one doc
 * per section): index size, build and load time, and query latency p50/p95 for single-word,
 * multi-word, typo and prefix queries — for our engine, and for MiniSearch and elasticlunr over the
 * same docs as reference figures. Node timings; the worker in Chromium is in the same range.
 */
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import elasticlunr from 'elasticlunr';
import MiniSearch from 'minisearch';
import type { SearchData, SearchDoc } from '../../shared/handbook-data.ts';
import {
  buildSearchIndex,
  FIELD_BOOSTS,
  SEARCH_FIELDS,
  buildLunrIndex,
} from '../../shared/search/build-index.ts';
import { relevanceCases, relevanceRates } from '../../shared/search/relevance-queries.ts';
import { SearchEngine } from '../../shared/search/search-engine.ts';
import { buildHandbook } from '../content/build-handbook.ts';
import { generateCorpus } from '../../../test/fixtures/search/synthetic-corpus.ts';

const BUILT = 'out/renderer/content/search.json';
const QUERIES = {
  single: ['back', 'sciatica', 'pregnancy', 'kidney', 'heat', 'numbness'],
  multi: ['lower back pain', 'pain down my leg', 'heat or ice', 'muscle spasm at night'],
  typo: ['sciatca', 'preganant', 'kidny', 'musle', 'tingleing'],
  prefix: ['preg', 'sciat', 'stret', 'numb'],
} as const;
/** Every query typed one character at a time: what the search box asks while someone types. */
const KEYSTROKES = Object.values(QUERIES)
  .flat()
  .flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
type Kind = keyof typeof QUERIES | 'keystroke';
const ROUNDS = 15;
const KEYSTROKE_ROUNDS = 3;
/** The targets, for the full pipeline (top 20 with snippets) on the 2,000-page corpus. */
const TARGET = { queryP95: 10, keystrokeP95: 50 } as const;

interface Engine {
  name: string;
  sizeBytes: number;
  buildMs: number;
  load: () => void;
  query: (q: string, kind: Kind) => unknown;
}

const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const median = (fn: () => void, n = 5): number =>
  percentile(
    Array.from({ length: n }, () => time(fn)),
    0.5,
  );

function ours(data: SearchData, buildMs: number, snippets = true): Engine {
  const json = JSON.stringify(data);
  const engine = SearchEngine.fromData(JSON.parse(json) as SearchData);
  return {
    name: snippets ? 'ours (top 20 with snippets)' : 'ours (ranking only)',
    sizeBytes: Buffer.byteLength(json),
    buildMs,
    load: () => SearchEngine.fromData(JSON.parse(json) as SearchData),
    // MiniSearch and elasticlunr return refs only; "ranking only" is the like-for-like figure.
    query: (q) => engine.search(q, { limit: snippets ? 20 : 0 }),
  };
}

function minisearch(docs: SearchDoc[]): Engine {
  const options = { fields: [...SEARCH_FIELDS], storeFields: [] as string[] };
  let json = '';
  const buildMs = time(() => {
    const ms = new MiniSearch<SearchDoc>(options);
    ms.addAll(docs);
    json = JSON.stringify(ms);
  });
  const ms = MiniSearch.loadJSON<SearchDoc>(json, options);
  const boost = { ...FIELD_BOOSTS };
  return {
    name: 'MiniSearch',
    sizeBytes: Buffer.byteLength(json) + Buffer.byteLength(JSON.stringify(docs)),
    buildMs,
    load: () => MiniSearch.loadJSON(json, options),
    query: (q, kind) =>
      ms
        .search(q, {
          boost,
          fuzzy: kind === 'typo' ? 0.2 : false,
          prefix: kind === 'prefix' || kind === 'keystroke',
        })
        .slice(0, 20),
  };
}

function elastic(docs: SearchDoc[]): Engine {
  let json = '';
  const buildMs = time(() => {
    const index = elasticlunr<SearchDoc>(function () {
      this.setRef('id');
      for (const f of SEARCH_FIELDS) this.addField(f);
      this.saveDocument(false);
    });
    for (const d of docs) index.addDoc(d);
    json = JSON.stringify(index.toJSON());
  });
  const index = elasticlunr.Index.load<SearchDoc>(JSON.parse(json));
  const fields = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, { boost: FIELD_BOOSTS[f] }]));
  return {
    name: 'elasticlunr (no typos)',
    sizeBytes: Buffer.byteLength(json) + Buffer.byteLength(JSON.stringify(docs)),
    buildMs,
    load: () => elasticlunr.Index.load(JSON.parse(json)),
    query: (q, kind) =>
      index.search(q, { fields, expand: kind === 'prefix' || kind === 'keystroke' }).slice(0, 20),
  };
}

function measure(engine: Engine): Record<string, number> {
  engine.load(); // warm up: the first load pays for JIT compilation
  const row: Record<string, number> = {
    sizeKB: engine.sizeBytes / 1024,
    buildMs: engine.buildMs,
    loadMs: median(engine.load, engine.sizeBytes > 2e6 ? 3 : 15),
  };
  collectGarbage();
  const all: number[] = [];
  for (const kind of Object.keys(QUERIES) as (keyof typeof QUERIES)[]) {
    for (const q of QUERIES[kind]) engine.query(q, kind); // warm up
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++)
      for (const q of QUERIES[kind]) times.push(time(() => engine.query(q, kind)));
    row[`${kind} p50`] = percentile(times, 0.5);
    row[`${kind} p95`] = percentile(times, 0.95);
    all.push(...times);
  }
  row['all p50'] = percentile(all, 0.5);
  row['all p95'] = percentile(all, 0.95);
  const keys: number[] = [];
  for (let r = 0; r < KEYSTROKE_ROUNDS; r++)
    for (const q of KEYSTROKES) keys.push(time(() => engine.query(q, 'keystroke')));
  row['keystroke p50'] = percentile(keys, 0.5);
  row['keystroke p95'] = percentile(keys, 0.95);
  return row;
}

/**
 * A full garbage collection, so the loads just measured (megabytes of parsed JSON) are not
 * collected in the middle of the next engine's query timings. Same for every engine.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const fmt = (v: number): string => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(2));

/**
 * Prints a Markdown table (pasteable into a report), ours ÷ theirs ratios (>1: ours is bigger/slower)
 * and, with `target`, whether our full pipeline meets the latency targets.
 */
function report(title: string, engines: Engine[], target = false): void {
  console.log(`\n## ${title}\n`);
  const rows = engines.map((e) => [e.name, measure(e)] as const);
  const columns = Object.keys(rows[0]![1]);
  console.log(`| engine | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '--:').join('|')}|`);
  for (const [name, row] of rows)
    console.log(`| ${name} | ${columns.map((c) => fmt(row[c]!)).join(' | ')} |`);
  const [, full] = rows[0]!;
  const [, base] = rows[1]!;
  // Like for like: the others return refs only, so compare with our ranking-only row.
  for (const [name, row] of rows.slice(2)) {
    const ratio = (k: string): string => (base[k]! / row[k]!).toPrecision(2);
    console.log(
      `\nours (ranking only) ÷ ${name}: size ${ratio('sizeKB')}×, load ${ratio('loadMs')}×, ` +
        `query p50 ${ratio('all p50')}×, p95 ${ratio('all p95')}×, keystroke p95 ${ratio('keystroke p95')}×`,
    );
  }
  if (!target) return;
  const check = (label: string, value: number, limit: number): string =>
    `${label} p95 ${fmt(value)} ms (target ≤ ${limit} ms): ${value <= limit ? 'MET' : 'NOT MET'}`;
  console.log(
    `\nTarget, ours (top 20 with snippets): ${check('query', full['all p95']!, TARGET.queryP95)}; ` +
      `${check('keystroke → results', full['keystroke p95']!, TARGET.keystrokeP95)}`,
  );
}

/** The first query a reader types, a letter at a time, just after the index has loaded. */
const FIRST_TYPED = Array.from('sciatica', (_, i) => 'sciatica'.slice(0, i + 1));
const COLD_ROUNDS = 5;

/** Times FIRST_TYPED in a fresh worker thread (a V8 isolate with nothing compiled yet). */
async function firstSearches(json: string, warm: boolean): Promise<number[]> {
  // A worker does not inherit tsx's loader: the bootstrap registers it, then loads the script.
  const script = new URL('./first-search-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { json, warm, typed: FIRST_TYPED } });
  try {
    const [times] = (await once(worker, 'message')) as [number[]];
    return times;
  } finally {
    await worker.terminate();
  }
}

/**
 * The reader's first keystrokes after the index loads: without a warm-up they also pay for V8
 * compiling the query pipeline. Cold engines against engines that ran `warmUp()` (as the search
 * worker does right after loading), each in a fresh isolate, alternating, in this process.
 */
async function coldStart(title: string, data: SearchData): Promise<void> {
  const json = JSON.stringify(data);
  const cold: number[][] = [];
  const warmed: number[][] = [];
  for (let round = 0; round < COLD_ROUNDS; round++) {
    cold.push(await firstSearches(json, false));
    warmed.push(await firstSearches(json, true));
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const first = (runs: number[][]) =>
    percentile(
      runs.map((t) => t[0]!),
      0.5,
    );
  const all = (runs: number[][]) => percentile(runs.map(sum), 0.5);
  console.log(
    `
${title}, first query typed after loading ("${FIRST_TYPED.join('", "')}"), medians of ` +
      `${COLD_ROUNDS} fresh isolates: first keystroke ${fmt(first(cold))} ms cold, ` +
      `${fmt(first(warmed))} ms after warmUp() (${(first(warmed) / first(cold)).toPrecision(2)}×); ` +
      `all ${FIRST_TYPED.length} keystrokes ${fmt(all(cold))} ms cold, ${fmt(all(warmed))} ms after ` +
      `warmUp() (${(all(warmed) / all(cold)).toPrecision(2)}×)`,
  );
}

/** The relevance set over the handbook built from `content/`: how often the right page comes first, and in the top 3. */
async function relevance(): Promise<void> {
  const built = await buildHandbook('content');
  if (!built.ok) return console.log('(content/ does not build: no relevance figures)');
  const { searchDocs: docs, synonyms } = built;
  const engine = SearchEngine.fromData({ docs, index: buildSearchIndex(docs), synonyms });
  const cases = relevanceCases(docs, built.handbook.signs);
  const { top1, top3, misses } = relevanceRates(engine, cases);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`\nRelevance (${cases.length} lay queries, content/): top-1 ${pct(top1)}, top-3 ${pct(top3)}`);
  for (const miss of misses) console.log(`  not in the top 3: ${miss}`);
}

async function main(): Promise<void> {
  await relevance();
  if (existsSync(BUILT)) {
    const data = JSON.parse(readFileSync(BUILT, 'utf8')) as SearchData;
    const lunrKB = Buffer.byteLength(JSON.stringify(buildLunrIndex(data.docs))) / 1024;
    const compactKB = Buffer.byteLength(JSON.stringify(data.index)) / 1024;
    console.log(
      `Built handbook: ${data.docs.length} sections; index ${compactKB.toFixed(1)} KB as written vs ${lunrKB.toFixed(1)} KB lunr JSON (${((100 * compactKB) / lunrKB).toFixed(0)}%)`,
    );
    report(`Built handbook (${BUILT})`, [
      ours(data, NaN),
      ours(data, NaN, false),
      minisearch(data.docs),
      elastic(data.docs),
    ]);
    await coldStart('Built handbook', data);
  } else {
    console.log(`(${BUILT} is missing: run \`npm run build\` to benchmark the real handbook too.)`);
  }
  const docs = generateCorpus(2000, 500, 2026);
  const words = docs.reduce((n, d) => n + d.body.split(' ').length, 0);
  console.log(
    `\nGenerated corpus: 2,000 pages, ${docs.length} sections, ${words.toLocaleString('en')} body words (seed 2026)`,
  );
  let built: SearchData = { docs, index: null };
  const buildMs = time(() => (built = { docs, index: buildSearchIndex(docs) }));
  report(
    'Generated 2,000-page corpus',
    [ours(built, buildMs), ours(built, NaN, false), minisearch(docs), elastic(docs)],
    true,
  );
  await coldStart('Generated 2,000-page corpus', built);
  console.log(
    '\nTimes in ms, size in KB (MiniSearch/elasticlunr sizes include the docs JSON they would also need). ' +
      `"keystroke": every query typed one character at a time (${KEYSTROKES.length} searches).`,
  );
}

await main();
