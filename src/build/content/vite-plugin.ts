import { readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ViteDevServer } from 'vite';
import { buildHandbook, formatProblem } from './build-handbook.ts';
import { CONTENT_FILES } from '../../shared/handbook-data.ts';
import { mimeTypeFor } from '../../shared/mime.ts';
import { handbookFiles, type OutputFile } from './write-handbook.ts';

/** Builds the handbook; the files, or every problem as one `file:line:column: message` line each. */
async function build(contentDir: string): Promise<{ files: OutputFile[] } | { report: string }> {
  const result = await buildHandbook(contentDir);
  if (!result.ok) {
    const count = result.problems.length;
    const lines = result.problems.map(formatProblem).join('\n');
    return { report: `Handbook content has ${count} problem${count === 1 ? '' : 's'}:\n${lines}` };
  }
  return { files: handbookFiles(result) };
}

/**
 * Bundles the handbook content into the renderer: a production build fails on any content problem;
 * the dev server serves the content from memory, rebuilds it when a file changes and keeps the last
 * good build while an author is mid-edit.
 */
export function handbookContent({ contentDir }: { contentDir: string }): Plugin {
  const dir = resolve(contentDir);
  let command: 'build' | 'serve' = 'build';
  let files = new Map<string, OutputFile>();

  const load = async (): Promise<string | null> => {
    const built = await build(dir);
    if ('report' in built) return built.report;
    files = new Map(built.files.map((f) => [f.fileName, f]));
    return null;
  };

  return {
    name: 'handbook:content',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      if (command === 'serve') return; // configureServer builds, and never stops the server
      // `vite build --watch` rebuilds when content changes, as the dev server does.
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
        this.addWatchFile(join(dir, file));
      const report = await load();
      if (report !== null) this.error(report);
    },
    transformIndexHtml: () => [startScriptTag()],
    generateBundle() {
      for (const file of files.values()) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.contents });
      }
    },
    async configureServer(server) {
      const report = await load();
      if (report !== null) server.config.logger.error(report);
      watchContent(server, dir, load);
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\//, '');
        const file = files.get(path);
        if (!file) return next();
        res.setHeader('Content-Type', mimeTypeFor(path) ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(file.contents);
      });
    },
  };
}

/**
 * Loads the start file's script from index.html, first in the head, so before the app's own
 * script: it downloads in parallel with the app, and deferred scripts run in document order, so
 * its data is there when the app starts. Not `async`: with a large handbook the start file is
 * the bigger download, the app would often run first, and both would then load the start data
 * and the opening page.
 */
export function startScriptTag(): HtmlTagDescriptor {
  return {
    tag: 'script',
    attrs: { defer: true, src: `./${CONTENT_FILES.start}` },
    injectTo: 'head-prepend',
  };
}

/** Rebuilds after content changes settle, then reloads the page; problems are logged, not thrown. */
function watchContent(server: ViteDevServer, dir: string, load: () => Promise<string | null>): void {
  server.watcher.add(dir);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  server.watcher.on('all', (_event, path) => {
    if (path !== dir && !path.startsWith(dir + sep)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        // A file caught mid-save can fail to read; the next change event rebuilds again.
        const report = await load().catch((error: unknown) => String(error));
        if (report !== null) server.config.logger.error(`${report}\n(still serving the last good build)`);
        else {
          server.config.logger.info('handbook content rebuilt', { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        }
      });
    }, 100);
  });
}
