// Mutation testing, one module at a time (build/mutation-modules.mjs), then a score per module.
// `npm run test:mutation` runs them all; `npm run test:mutation -- store` runs one. Exits 1 when a
// module scores below the floor. Stryker's own table (per file) is printed as each module runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MUTATION_MODULES, SCORE_FLOOR } from './mutation-modules.mjs';

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in MUTATION_MODULES));
if (unknown.length > 0) {
  console.error(
    `unknown module(s): ${unknown.join(', ')}; known: ${Object.keys(MUTATION_MODULES).join(', ')}`,
  );
  process.exit(2);
}
const modules = asked.length > 0 ? asked : Object.keys(MUTATION_MODULES);

/** Stryker's mutation score: mutants detected (killed or timed out) over all valid ones. */
function score(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const file of Object.values(report.files))
    for (const mutant of file.mutants) if (mutant.status in count) count[mutant.status] += 1;
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  return { ...count, score: valid === 0 ? 100 : (100 * detected) / valid };
}

const rows = [];
for (const name of modules) {
  console.log(`\n== mutation testing: ${name}`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, STRYKER_MODULE: name },
  });
  if (run.status !== 0) {
    rows.push({ name, failed: `stryker exited with ${run.status ?? run.signal}` });
    continue;
  }
  rows.push({ name, ...score(`reports/mutation/${name}.json`) });
}

console.log(`\nMutation score per module (floor ${SCORE_FLOOR}%):`);
let ok = true;
for (const row of rows) {
  if (row.failed) {
    ok = false;
    console.log(`  ${row.name.padEnd(20)} FAILED: ${row.failed}`);
    continue;
  }
  const pass = row.score >= SCORE_FLOOR;
  ok &&= pass;
  console.log(
    `  ${row.name.padEnd(20)} ${row.score.toFixed(1).padStart(5)}%  ` +
      `killed ${row.Killed}, timeout ${row.Timeout}, survived ${row.Survived}, no coverage ${row.NoCoverage}` +
      (pass ? '' : '  BELOW THE FLOOR'),
  );
}
process.exit(ok ? 0 : 1);
