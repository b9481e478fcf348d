import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandbookData, Page, SearchDoc } from '../../shared/handbook-data.ts';
import { GLOSSARY_SLUG, parseGlossary, type Glossary } from './glossary.ts';
import { glossaryEntries, glossaryPage } from './glossary-page.ts';
import { parseHandbookConfig } from './handbook-config.ts';
import { displayPath, loadPages } from './load-pages.ts';
import type { ImageRef, LinkRef, PageContext } from './page-context.ts';
import { Reporter, sortProblems, type Problem } from './problems.ts';
import { regionWords } from './placeholders.ts';
import { renderMarkdown, type FinishedHtml } from './render-page.ts';
import { checkHandout, reportUnused, withSnippetSources } from './sign-checks.ts';
import { parseWarningSigns, readerSign, type SignBook } from './sign-book.ts';
import { checkSnippetTree, loadSnippets } from './snippets.ts';
import { searchDocs } from './search-docs.ts';
import { parseSynonyms, searchSynonyms } from './synonyms.ts';
import { SourceText } from './source-text.ts';
import { checkToc } from './toc-check.ts';

export { formatProblem, type Problem } from './problems.ts';

export interface ImageFile extends ImageRef {
  data: Buffer;
}

export type BuildResult =
  | {
      ok: true;
      handbook: HandbookData;
      searchDocs: SearchDoc[];
      /** Search's synonym groups: `synonyms.yml` and the glossary's "also called" names. */
      synonyms: string[][];
      pageCount: number;
      images: ImageFile[];
    }
  | { ok: false; problems: Problem[] };

async function readOptional(path: string): Promise<string | null> {
  return existsSync(path) ? (await readFile(path, 'utf8')).replace(/\r\n?/g, '\n') : null;
}

/**
 * Turns a content folder into the reader's data. Pure apart from reading `dir`: it writes nothing
 * and reports every problem in every file, so an author fixes them all in one round.
 */
export async function buildHandbook(dir: string): Promise<BuildResult> {
  const problems: Problem[] = [];
  const configFile = join(dir, 'handbook.yml');
  const configReporter = new Reporter(displayPath(configFile), problems);
  const configText = await readOptional(configFile);
  if (configText === null) configReporter.at(undefined, 'handbook.yml is missing');
  const config = configText === null ? null : parseHandbookConfig(configText, configReporter);

  const glossaryText = await readOptional(join(dir, 'glossary.yml'));
  const glossaryReporter = new Reporter(displayPath(join(dir, 'glossary.yml')), problems);
  const glossary: Glossary | null =
    glossaryText === null ? null : parseGlossary(glossaryText, glossaryReporter);
  const synonymsFile = join(dir, 'synonyms.yml');
  const synonymsText = await readOptional(synonymsFile);
  const synonyms =
    synonymsText === null ? [] : parseSynonyms(synonymsText, new Reporter(displayPath(synonymsFile), problems));
  const reserved = new Set(glossaryText === null ? [] : [GLOSSARY_SLUG]);

  const sources = await loadPages(dir, problems, reserved);
  const slugOfFile = new Map(sources.map((p) => [p.fileName, p.slug]));
  if (glossaryText !== null && !slugOfFile.has(`${GLOSSARY_SLUG}.md`))
    slugOfFile.set(`${GLOSSARY_SLUG}.md`, GLOSSARY_SLUG);

  const region = config?.meta.regions.find((r) => r.code === config.meta.defaultRegion);
  const words = regionWords(region);
  const signsFile = join(dir, 'warning-signs.yml');
  const signsReporter = new Reporter(displayPath(signsFile), problems);
  const signsText = await readOptional(signsFile);
  const signs = signsText === null ? [] : parseWarningSigns(signsText, signsReporter, glossary, words);
  const signBook: SignBook = {
    signs,
    byId: new Map(signs.map((s) => [s.id, s])),
    tiers: new Map((config?.tiers ?? []).map((t) => [t.id, t])),
    urgentHelp: config?.meta.urgentHelp ?? '',
    reporter: signsReporter,
  };
  const snippets = await loadSnippets(dir, problems);
  const imageCache = new Map<string, Buffer | null>();
  const readImage = (path: string): Buffer | null => {
    if (!imageCache.has(path))
      imageCache.set(path, existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : null);
    return imageCache.get(path) ?? null;
  };

  const built = new Map<string, { page: Page; finished: FinishedHtml }>();
  const links: LinkRef[][] = [];
  const images: ImageRef[] = [];
  const context = (reporter: Reporter, text: string, slug: string): PageContext => ({
    reporter,
    source: new SourceText(text),
    slug,
    glossary,
    regionWords: words,
    signBook,
    snippets,
    usedSnippets: new Set(),
    shownSigns: [],
    slugOfFile,
    readImage,
    links: [],
    images: [],
  });
  for (const snippet of snippets.values()) {
    const before = problems.length;
    renderMarkdown(snippet.body, context(snippet.reporter, snippet.body, ''), checkSnippetTree);
    if (problems.length > before) snippet.ok = false;
  }
  const shown = new Set<string>();
  const used = new Set<string>();
  for (const source of sources) {
    const ctx = context(source.reporter, source.split.body, source.slug);
    ctx.images = images;
    const rendered = renderMarkdown(source.split.body, ctx);
    ctx.shownSigns.forEach((id) => shown.add(id));
    ctx.usedSnippets.forEach((id) => used.add(id));
    checkHandout(rendered, ctx);
    links.push(ctx.links);
    const front = source.front;
    if (rendered.empty)
      source.reporter.at({ line: source.split.bodyLine, column: 1 }, 'the page has no text');
    if (!front) continue;
    if (front.handout && !rendered.handoutAt)
      source.reporter.at(
        front.handoutAt,
        'the front matter says "handout: true" but the page has no :::handout block',
      );
    if (!front.handout && rendered.handoutAt)
      source.reporter.at(
        rendered.handoutAt,
        'this :::handout block needs "handout: true" in the front matter',
      );
    if (built.has(source.slug)) continue;
    const page: Page = {
      slug: source.slug,
      title: front.title,
      summary: front.summary,
      keywords: front.keywords,
      reviewed: front.reviewed,
      nextReview: front.nextReview,
      sources: withSnippetSources(front.sources, ctx.usedSnippets, snippets),
      handout: front.handout,
      headings: rendered.headings,
      html: rendered.html,
    };
    built.set(source.slug, { page, finished: rendered });
  }
  if (glossary && config) built.set(GLOSSARY_SLUG, glossaryPage(glossary, config.meta));
  reportUnused(signBook, shown, snippets, used);

  sources.forEach((source, i) => {
    for (const link of links[i] ?? []) {
      const target = built.get(link.slug);
      if (target && !target.finished.ids.has(link.anchor)) {
        source.reporter.at(
          link.at,
          `broken link "${link.written}": there is no heading "#${link.anchor}" on that page`,
        );
      }
    }
  });
  const pageSlugs = new Set([
    ...sources.map((s) => s.slug),
    ...(glossaryText !== null ? [GLOSSARY_SLUG] : []),
  ]);
  if (config) checkToc(config, pageSlugs, sources, configReporter);

  if (problems.length > 0 || !config) return { ok: false, problems: sortProblems(problems) };
  const order = config.toc.flatMap((section) => section.pages.map((p) => p.value));
  const pages = order.map((slug) => built.get(slug)!);
  return {
    ok: true,
    handbook: {
      meta: config.meta,
      toc: config.toc.map((s) => ({ title: s.title, pages: s.pages.map((p) => p.value) })),
      pages: pages.map((p) => p.page),
      glossary: glossary ? glossaryEntries(glossary) : [],
      signs: signs.map(readerSign),
    },
    searchDocs: pages.flatMap((p) => searchDocs(p.page, p.finished.sections, signs)),
    synonyms: searchSynonyms(synonyms, glossary),
    pageCount: pages.length,
    images: [...images]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((i) => ({ path: i.path, width: i.width, height: i.height, data: readImage(i.path)! })),
  };
}
