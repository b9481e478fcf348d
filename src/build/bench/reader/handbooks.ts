import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildHandbook, formatProblem } from '../../content/build-handbook.ts';
import { handbookFiles, writeOutputFiles, type OutputFile } from '../../content/write-handbook.ts';
import { generateContent } from '../generate-content.ts';

/** The generated 2,000-page handbook's data files (built once per run, under `work`). */
export async function largeHandbook(work: string): Promise<OutputFile[]> {
  const generated = join(work, 'generated');
  mkdirSync(generated);
  generateContent(generated, 2000, 500);
  const built = await buildHandbook(generated);
  if (!built.ok) throw new Error(built.problems.slice(0, 10).map(formatProblem).join('\n'));
  return handbookFiles(built);
}

/** A copy of the reader at `renderer`, in `root`, with `files`' handbook in place of its own. */
export async function readerWith(renderer: string, root: string, files: OutputFile[]): Promise<string> {
  cpSync(renderer, root, { recursive: true });
  await writeOutputFiles(root, files);
  return root;
}
