import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { GLOSSARY_SLUG } from './glossary.ts';
import {
  parseFrontMatter,
  SLUG,
  splitFrontMatter,
  type PageFrontMatter,
  type SplitPage,
} from './front-matter.ts';
import { Reporter, type Point, type Problem } from './problems.ts';

/** A page source file with its front matter read. */
export interface SourcePage {
  /** e.g. "self-care.md" */
  fileName: string;
  reporter: Reporter;
  text: string;
  split: SplitPage;
  front: PageFrontMatter | null;
  slug: string;
  /** Where the slug comes from: the `slug:` field, or the top of the file. */
  slugAt: Point;
}

/** How problems name files: relative to where the build runs, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/');
}

/** Files in the content folder that are documentation for authors, not pages. */
const NOT_PAGES = new Set(['readme.md']);

/** Reads every page (top-level `.md` files, sorted by name) and checks slugs are unique. */
export async function loadPages(
  dir: string,
  problems: Problem[],
  reserved: Set<string>,
): Promise<SourcePage[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !NOT_PAGES.has(e.name.toLowerCase()))
    .map((e) => e.name)
    .sort();
  const pages: SourcePage[] = [];
  for (const fileName of names) {
    const path = join(dir, fileName);
    const reporter = new Reporter(displayPath(path), problems);
    const text = (await readFile(path, 'utf8')).replace(/\r\n?/g, '\n');
    const split = splitFrontMatter(text);
    const front = parseFrontMatter(split, reporter);
    const fileSlug = basename(fileName, '.md');
    const slug = front?.slug?.value ?? fileSlug;
    const slugAt = front?.slug?.at ?? { line: 1, column: 1 };
    if (!front?.slug && !SLUG.test(fileSlug)) {
      reporter.at(
        slugAt,
        `the file name "${fileName}" is not a valid slug: use a-z, 0-9 and hyphens, or add a "slug" field`,
      );
    }
    pages.push({ fileName, reporter, text, split, front, slug, slugAt });
  }
  const seen = new Map<string, string>();
  for (const page of pages) {
    const first = seen.get(page.slug);
    if (first !== undefined)
      page.reporter.at(page.slugAt, `duplicate slug "${page.slug}": ${first} already uses it`);
    else if (reserved.has(page.slug))
      page.reporter.at(
        page.slugAt,
        `the slug "${page.slug}" is reserved for the generated ${GLOSSARY_SLUG} page`,
      );
    else seen.set(page.slug, page.reporter.file);
  }
  return pages;
}
