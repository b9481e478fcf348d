import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { Source } from '../../shared/handbook-data.ts';
import { readSources, SLUG, splitFrontMatter } from './front-matter.ts';
import { displayPath } from './load-pages.ts';
import { report, type PageContext } from './page-context.ts';
import { Reporter, type Problem } from './problems.ts';
import { YamlSource } from './yaml-fields.ts';

/** Advice several pages share, written once in `content/snippets/<id>.md`. */
export interface Snippet {
  id: string;
  reporter: Reporter;
  /** The Markdown body, front matter blanked so positions are the file's. */
  body: string;
  sources: Source[];
  /** False when the snippet itself has problems: pages then leave it out rather than repeat them. */
  ok: boolean;
}

/** Reads every snippet file and its `sources:`; the body is checked by `checkSnippet`. */
export async function loadSnippets(dir: string, problems: Problem[]): Promise<Map<string, Snippet>> {
  const folder = join(dir, 'snippets');
  const snippets = new Map<string, Snippet>();
  if (!existsSync(folder)) return snippets;
  const names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    const path = join(folder, name);
    const reporter = new Reporter(displayPath(path), problems);
    const before = problems.length;
    const split = splitFrontMatter((await readFile(path, 'utf8')).replace(/\r\n?/g, '\n'));
    const id = basename(name, '.md');
    if (!SLUG.test(id)) reporter.at({ line: 1, column: 1 }, `the snippet file name "${name}" may only use a-z, 0-9 and hyphens`);
    let sources: Source[] = [];
    if (split.yaml === null) reporter.at({ line: 1, column: 1 }, 'a snippet must start with front matter ("sources:") between two "---" lines');
    else {
      const record = YamlSource.parse(split.yaml, reporter, 1)?.record('the snippet front matter');
      record?.onlyKeys(['sources']);
      sources = (record && readSources(record)) ?? [];
    }
    snippets.set(id, { id, reporter, body: split.body, sources, ok: problems.length === before });
  }
  return snippets;
}

/** What a snippet may not hold: it sits inside other pages' sections and callouts. */
export function checkSnippetTree(tree: Root, ctx: PageContext): void {
  visit(tree, (node) => {
    if (node.type === 'heading') report(ctx, node, 'a snippet cannot have headings: the page that includes it gives them');
    if (node.type === 'leafDirective' && ['signs', 'all-signs', 'get-help', 'snippet'].includes(node.name))
      report(ctx, node, `a snippet cannot use ::${node.name}: warning signs and snippets belong to pages`);
  });
}

/**
 * Replaces each `::snippet{id=...}` with the snippet's blocks, parsed afresh, and records it as used.
 * The blocks take the directive's position, so anything the page finds wrong in them points there.
 */
export function expandSnippets(tree: Root, ctx: PageContext, parse: (text: string) => Root): void {
  const found: { node: LeafDirective; parent: { children: RootContent[] } }[] = [];
  visit(tree, 'leafDirective', (node: LeafDirective, _index, parent) => {
    if (node.name === 'snippet' && parent) found.push({ node, parent: parent as { children: RootContent[] } });
  });
  for (const { node, parent } of found) {
    const { id, ...rest } = node.attributes ?? {};
    for (const key of Object.keys(rest)) report(ctx, node, `"::snippet" does not take the attribute "${key}" (only id)`);
    const snippet = id ? ctx.snippets.get(id) : undefined;
    if (!id) report(ctx, node, '::snippet needs an id, e.g. ::snippet{id=pain-relief-in-pregnancy}');
    else if (!snippet) report(ctx, node, `unknown snippet "${id}" (no file content/snippets/${id}.md)`);
    else ctx.usedSnippets.add(id);
    const blocks = snippet?.ok ? parse(snippet.body).children : [];
    const holder: Root = { type: 'root', children: blocks };
    visit(holder, (child) => {
      if (node.position) child.position = node.position;
    });
    parent.children.splice(parent.children.indexOf(node), 1, ...blocks);
  }
}
