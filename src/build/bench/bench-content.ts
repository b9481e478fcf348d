import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromDataScript } from '../../shared/data-script.ts';
import { CONTENT_FILES, type SearchData } from '../../shared/handbook-data.ts';
import { buildLunrIndex } from '../../shared/search/build-index.ts';
import { buildHandbook, formatProblem } from '../content/build-handbook.ts';
import { handbookFiles } from '../content/write-handbook.ts';
import { generateContent } from './generate-content.ts';

/**
 * `npm run bench:content`: builds a generated 2,000-page handbook (about 500 words a page, the same
 * every run) and prints build time, peak memory and the search index size against lunr's own JSON.
 * With --strict it exits 1 when a target is missed.
 */
const PAGES = 2000;
const WORDS_PER_PAGE = 500;
const TARGET_SECONDS = 20;
const TARGET_RATIO = 0.5;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const dir = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
try {
  generateContent(dir, PAGES, WORDS_PER_PAGE);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const built = await buildHandbook(dir);
  if (!built.ok) throw new Error(built.problems.slice(0, 20).map(formatProblem).join('\n'));
  const pagesDone = performance.now();
  const files = handbookFiles(built);
  const filesDone = performance.now();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const searchFile = files.find((f) => f.fileName === CONTENT_FILES.search)!;
  const search = fromDataScript(String(searchFile.contents), 'search') as SearchData;
  const compact = JSON.stringify(search.index);
  const lunrDefault = JSON.stringify(buildLunrIndex(built.searchDocs).toJSON());
  const ratio = compact.length / lunrDefault.length;
  const gzipRatio = gzipSync(compact).length / gzipSync(lunrDefault).length;
  console.log(`pages:          ${built.pageCount} (${built.searchDocs.length} search docs)`);
  console.log(
    `build time:     ${seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s); CPU ${cpuSeconds.toFixed(2)} s`,
  );
  console.log(
    `  pages:        ${((pagesDone - start) / 1000).toFixed(2)} s; index and files ${((filesDone - pagesDone) / 1000).toFixed(2)} s`,
  );
  console.log(`peak memory:    ${(peakRss / 1024 / 1024).toFixed(0)} MiB RSS`);
  console.log(`index compact:  ${kb(compact.length)} raw, ${kb(gzipSync(compact).length)} gzip`);
  console.log(
    `index lunr:     ${kb(lunrDefault.length)} raw, ${kb(gzipSync(lunrDefault).length)} gzip (JSON.stringify(index))`,
  );
  console.log(
    `ratio:          ${(ratio * 100).toFixed(1)}% raw, ${(gzipRatio * 100).toFixed(1)}% gzip (target ≤ ${TARGET_RATIO * 100}%)`,
  );
  for (const file of files.filter((f) => !f.fileName.includes('/images/'))) {
    console.log(`${file.fileName.padEnd(24)}${kb(Buffer.byteLength(file.contents))}`);
  }
  if (seconds > TARGET_SECONDS || ratio > TARGET_RATIO) {
    console.log('TARGET MISSED (timings are only meaningful on an otherwise idle machine)');
    // Only CI asks for a failing exit: on a busy laptop a slow run is noise, not a regression.
    if (process.argv.includes('--strict')) process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
