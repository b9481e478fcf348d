import type { Node } from 'unist';
import type { Glossary } from './glossary.ts';
import type { Point, Reporter } from './problems.ts';
import type { RegionWords } from './placeholders.ts';
import type { SignBook } from './sign-book.ts';
import type { Snippet } from './snippets.ts';
import type { SourceText } from './source-text.ts';

/** An internal link, checked once every page's anchors are known. */
export interface LinkRef {
  at: Point;
  /** Target page slug; the current page for `#anchor` links. */
  slug: string;
  /** Decoded anchor, "" for the top of the page. */
  anchor: string;
  /** How the author wrote it, for messages. */
  written: string;
}

/** An image to copy into the output. */
export interface ImageRef {
  /** Path relative to the content folder, with forward slashes, e.g. "images/heat.png". */
  path: string;
  width: number;
  height: number;
}

/** Everything the Markdown transforms of one page need to know and to report. */
export interface PageContext {
  reporter: Reporter;
  source: SourceText;
  slug: string;
  glossary: Glossary | null;
  /** The default region's words for each placeholder, shown until the reader picks a region. */
  regionWords: RegionWords;
  /** The warning signs and tiers; null when `warning-signs.yml` could not be read. */
  signBook: SignBook | null;
  /** The shared snippets by id. */
  snippets: ReadonlyMap<string, Snippet>;
  /** Ids of the snippets this page includes (filled while rendering). */
  usedSnippets: Set<string>;
  /** Ids of the signs this page shows with `::signs`, in page order (filled while rendering). */
  shownSigns: string[];
  /** Page file name (e.g. "self-care.md") → slug, for every page. */
  slugOfFile: ReadonlyMap<string, string>;
  /** Reads an image under the content folder; null when it does not exist. */
  readImage: (path: string) => Buffer | null;
  links: LinkRef[];
  images: ImageRef[];
}

export function report(ctx: PageContext, node: Node | undefined, message: string): void {
  ctx.reporter.at(node?.position?.start, message);
}
