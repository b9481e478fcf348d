/**
 * Search the BUILT handbook from the terminal, through the same engine as the reader:
 *   npm run search -- "<query>" [--json] [--limit N]
 * Reads `out/renderer/content/search.js`, so it answers exactly what the shipped index answers.
 * `--json` prints `{ signs, results }`: the warning signs the query describes (id, tier, text), then the sections.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SearchEngine } from '../../shared/search/search-engine.ts';
import { snippetText } from '../../shared/search/snippet.ts';
import { contentPath, readContent } from '../tools/read-content.ts';

const RENDERER = 'out/renderer';
const SEARCH_FILE = contentPath(RENDERER, 'search');
const USAGE = 'Usage: npm run search -- "<query>" [--json] [--limit N]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string', default: '10' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  const query = positionals.join(' ');
  if (query.trim() === '') fail(`No query given.\n${USAGE}`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number of 1 or more.\n${USAGE}`);

  if (!existsSync(SEARCH_FILE))
    fail(`The search index ${SEARCH_FILE} does not exist yet. Run \`npm run build\` first.`);
  let engine: SearchEngine;
  try {
    engine = SearchEngine.fromData(readContent(RENDERER, 'search'));
  } catch (error) {
    fail(
      `Could not read ${SEARCH_FILE} (${error instanceof Error ? error.message : String(error)}). Run \`npm run build\` again.`,
    );
  }

  const { results, total, suggestions, signs } = engine.search(query, { limit });
  if (values.json) {
    const rows = results.map((r) => ({
      slug: r.slug,
      heading: r.heading,
      title: r.title,
      score: r.score,
      snippet: snippetText(r.snippet, '**', '**'),
    }));
    // Warning signs first, as the reader shows them: the action comes before any reading.
    const found = signs.map(({ id, tier, text }) => ({ id, tier, text }));
    return console.log(JSON.stringify({ signs: found, results: rows }, null, 2));
  }
  for (const sign of signs) {
    console.log(`Warning sign (${sign.tier}, ${sign.id}): ${sign.text}\n`);
  }
  if (results.length === 0) {
    console.log(`No results for "${query}".`);
  } else {
    console.log(
      `${total} result${total === 1 ? '' : 's'} for "${query}"${total > results.length ? `, showing ${results.length}` : ''}:\n`,
    );
    results.forEach((r, i) => {
      const where = r.heading ? `${r.slug} › ${r.heading}` : `${r.slug} (${r.title})`;
      console.log(`${String(i + 1).padStart(2)}. ${where}  [score ${r.score.toFixed(3)}]`);
      console.log(`    #/page/${r.slug}${r.anchor ? `#${r.anchor}` : ''}`);
      console.log(`    ${snippetText(r.snippet, '**', '**')}\n`);
    });
  }
  if (suggestions.length) console.log(`Did you mean: ${suggestions.map((s) => `"${s}"`).join(', ')}?`);
}

main();
