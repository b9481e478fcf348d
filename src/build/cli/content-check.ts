import { resolve } from 'node:path';
import { buildHandbook, formatProblem } from '../content/build-handbook.ts';

/**
 * `npm run content:check [dir]`: checks the handbook content the way the app build does, without
 * building the app. Prints "N pages OK", or every problem as file:line:column (editors link these).
 */
const dir = resolve(process.argv[2] ?? 'content');
const result = await buildHandbook(dir);
if (result.ok) {
  console.log(`${result.pageCount} pages OK`);
} else {
  // stdout, like tsc and eslint, so `npm run content:check | less` shows the problems.
  for (const problem of result.problems) console.log(formatProblem(problem));
  const count = result.problems.length;
  console.log(`\n${count} problem${count === 1 ? '' : 's'} found in ${dir}`);
  process.exitCode = 1;
}
