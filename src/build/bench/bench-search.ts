/**
 * Search benchmark: `npm run bench:search`.
 * On the built handbook and on a generated 2,000-page corpus (seeded, ~500 words a page, one doc
 * per section): index size, build and load time, and query latency p50/p95 for single-word,
 * multi-word, typo and prefix queries — for our engine, and for MiniSearch and elasticlunr over the
 * same docs as reference figures. Node timings; the worker in Chromium is in the same range.
 */
import { existsSync, readFileSync } from 'node:fs';
import elasticlunr from 'elasticlunr';
import MiniSearch from 'minisearch';
import type { SearchData, SearchDoc } from '../../shared/handbook-data.ts';
import {
  buildSearchIndex,
  FIELD_BOOSTS,
  SEARCH_FIELDS,
  buildLunrIndex,
} from '../../shared/search/build-index.ts';
import { SearchEngine } from '../../shared/search/search-engine.ts';
import { generateCorpus } from '../../shared/search/synthetic-corpus.ts';

const BUILT = 'out/renderer/content/search.json';
const QUERIES = {
  single: ['back', 'sciatica', 'pregnancy', 'kidney', 'heat', 'numbness'],
  multi: ['lower back pain', 'pain down my leg', 'heat or ice', 'muscle spasm at night'],
  typo: ['sciatca', 'preganant', 'kidny', 'musle', 'tingleing'],
  prefix: ['preg', 'sciat', 'stret', 'numb'],
} as const;
type Kind = keyof typeof QUERIES;
const ROUNDS = 15;

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
      ms.search(q, { boost, fuzzy: kind === 'typo' ? 0.2 : false, prefix: kind === 'prefix' }).slice(0, 20),
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
    query: (q, kind) => index.search(q, { fields, expand: kind === 'prefix' }).slice(0, 20),
  };
}

function measure(engine: Engine): Record<string, number> {
  engine.load(); // warm up: the first load pays for JIT compilation
  const row: Record<string, number> = {
    sizeKB: engine.sizeBytes / 1024,
    buildMs: engine.buildMs,
    loadMs: median(engine.load, engine.sizeBytes > 2e6 ? 3 : 15),
  };
  const all: number[] = [];
  for (const kind of Object.keys(QUERIES) as Kind[]) {
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
  return row;
}

const fmt = (v: number): string => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(2));

/** Prints a Markdown table (pasteable into a report) and ours ÷ theirs ratios (>1: ours is bigger/slower). */
function report(title: string, engines: Engine[]): void {
  console.log(`\n## ${title}\n`);
  const rows = engines.map((e) => [e.name, measure(e)] as const);
  const columns = Object.keys(rows[0]![1]);
  console.log(`| engine | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '--:').join('|')}|`);
  for (const [name, row] of rows)
    console.log(`| ${name} | ${columns.map((c) => fmt(row[c]!)).join(' | ')} |`);
  // Like for like: the others return refs only, so compare with our ranking-only row.
  const [, base] = rows[1]!;
  for (const [name, row] of rows.slice(2)) {
    const ratio = (k: string): string => (base[k]! / row[k]!).toFixed(2);
    console.log(
      `\nours ÷ ${name}: size ${ratio('sizeKB')}×, load ${ratio('loadMs')}×, ` +
        `query p50 ${ratio('all p50')}×, p95 ${ratio('all p95')}×`,
    );
  }
}

function main(): void {
  if (existsSync(BUILT)) {
    const data = JSON.parse(readFileSync(BUILT, 'utf8')) as SearchData;
    const lunrKB = Buffer.byteLength(JSON.stringify(buildLunrIndex(data.docs))) / 1024;
    const compactKB = Buffer.byteLength(JSON.stringify(data.index)) / 1024;
    console.log(
      `Built handbook: ${data.docs.length} sections; index ${compactKB.toFixed(1)} KB compact vs ${lunrKB.toFixed(1)} KB lunr JSON (${((100 * compactKB) / lunrKB).toFixed(0)}%)`,
    );
    report(`Built handbook (${BUILT})`, [
      ours(data, NaN),
      ours(data, NaN, false),
      minisearch(data.docs),
      elastic(data.docs),
    ]);
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
  report('Generated 2,000-page corpus', [
    ours(built, buildMs),
    ours(built, NaN, false),
    minisearch(docs),
    elastic(docs),
  ]);
  console.log(
    '\nTimes in ms, size in KB (MiniSearch/elasticlunr sizes include the docs JSON they would also need).',
  );
}

main();
