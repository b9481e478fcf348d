import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VALID, withErrorFixture } from './fixtures/fixture.ts';
import { handbookContent, startScriptTag } from './vite-plugin.ts';
import { fromDataScript } from '../../shared/data-script.ts';

/** The pages of a served handbook data file. */
const pagesIn = (body: unknown) => (fromDataScript(String(body), 'handbook') as { pages: unknown[] }).pages;

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof handbookContent>, name: string): Hook =>
  (plugin as unknown as Record<string, Hook>)[name]!;

const pluginContext = {
  addWatchFile: vi.fn(),
  error: (message: string) => {
    throw new Error(message);
  },
};

describe('handbookContent (build)', () => {
  it('emits every content file as an asset', async () => {
    const plugin = handbookContent({ contentDir: VALID });
    hook(plugin, 'configResolved')({ command: 'build' });
    await hook(plugin, 'buildStart').call(pluginContext);
    expect(pluginContext.addWatchFile).toHaveBeenCalledWith(join(VALID, 'self-care.md'));
    const emitted: { type: string; fileName: string }[] = [];
    hook(plugin, 'generateBundle').call({
      emitFile: (f: { type: string; fileName: string }) => emitted.push(f),
    });
    const names = emitted.map((f) => `${f.type} ${f.fileName}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'asset content/handbook.js',
        'asset content/handbook-start.js',
        'asset content/pages/self-care.js',
        'asset content/search.js',
        'asset content/images/heat-pack.png',
      ]),
    );
  });

  it('fails the build with every problem, one file:line:column per line', async () => {
    const f = withErrorFixture('handout-mismatch');
    try {
      const plugin = handbookContent({ contentDir: f.dir });
      hook(plugin, 'configResolved')({ command: 'build' });
      const run = hook(plugin, 'buildStart').call(pluginContext);
      await expect(run).rejects.toThrow(
        `Handbook content has 2 problems:\n${f.at('extra.md')}:16:1: this :::handout block needs "handout: true" in the front matter\n` +
          `${f.at('urgent-help.md')}:7:10: the front matter says "handout: true"`,
      );
    } finally {
      f.cleanup();
    }
  });
});

// The order of the built page's tags is tested on a real build in src/build/vite/index-html.test.ts.
describe('startScriptTag', () => {
  it('loads the start data first in the head, deferred (in document order), not async', () => {
    expect(startScriptTag()).toEqual({
      tag: 'script',
      attrs: { defer: true, src: './content/handbook-start.js' },
      injectTo: 'head-prepend',
    });
  });
});

describe('handbookContent (dev server)', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  it('serves from memory, rebuilds on change and keeps the last good build on problems', async () => {
    const f = withErrorFixture('empty-page'); // starts broken: nothing to serve yet
    cleanup = f.cleanup;
    let middleware: (req: { url: string }, res: unknown, next: () => void) => void = () => {};
    let onChange: (event: string, path: string) => void = () => {};
    const server = {
      config: { logger: { error: vi.fn(), info: vi.fn() } },
      middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
      watcher: { add: vi.fn(), on: (_: string, fn: typeof onChange) => (onChange = fn) },
      ws: { send: vi.fn() },
    };
    const plugin = handbookContent({ contentDir: f.dir });
    hook(plugin, 'configResolved')({ command: 'serve' });
    await hook(plugin, 'configureServer')(server);
    expect(server.config.logger.error).toHaveBeenCalledOnce();

    const get = (url: string): { body?: unknown; type?: string; next: boolean } => {
      const result: { body?: unknown; type?: string; next: boolean } = { next: false };
      const res = {
        setHeader: (k: string, v: string) => k === 'Content-Type' && (result.type = v),
        end: (b: unknown) => (result.body = b),
      };
      middleware({ url }, res, () => (result.next = true));
      return result;
    };
    expect(get('/content/handbook.js').next).toBe(true);

    // Rebuilds are debounced and asynchronous; a busy machine makes them slow, so poll.
    const eventually = (check: () => void): Promise<void> =>
      vi.waitFor(check, { timeout: 15_000, interval: 50 });
    const extra = join(f.dir, 'extra.md');
    writeFileSync(
      extra,
      readFileSync(join(VALID, 'urgent-help.md'), 'utf8').replace('## Call now', '## Extra').replace('::all-signs', ''),
    );
    onChange('change', extra);
    await eventually(() => expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' }));
    const good = get('/content/handbook.js?t=1');
    expect(good.type).toBe('text/javascript; charset=utf-8');
    expect(pagesIn(good.body)).toHaveLength(5);

    writeFileSync(join(f.dir, 'self-care.md'), 'no front matter');
    onChange('change', join(f.dir, 'self-care.md'));
    await eventually(() => expect(server.config.logger.error).toHaveBeenCalledTimes(2));
    expect(String(server.config.logger.error.mock.calls[1]![0])).toContain(
      'still serving the last good build',
    );
    expect(pagesIn(get('/content/handbook.js').body)).toHaveLength(5);
    expect(get('/index.html').next).toBe(true);
  });
});
