import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from './build-handbook.ts';
import { VALID } from './fixtures/fixture.ts';
import { handbookFiles, writeOutputFiles, type OutputFile } from './write-handbook.ts';
import { fromDataScript } from '../../shared/data-script.ts';
import { joinPage, type HandbookData, type HandbookStart, type PageBody } from '../../shared/handbook-data.ts';

async function files(): Promise<OutputFile[]> {
  const built = await buildHandbook(VALID);
  if (!built.ok) throw new Error('the valid fixture must build');
  return handbookFiles(built);
}

/** The data a built file defines under `name`. */
function dataOf(out: OutputFile[], fileName: string, name: string): unknown {
  return fromDataScript(String(out.find((f) => f.fileName === fileName)!.contents), name);
}

describe('handbookFiles', () => {
  it('writes each data file once, as a data script, and copies the images', async () => {
    const out = await files();
    const byName = new Map(out.map((f) => [f.fileName, f.contents]));
    const handbook = dataOf(out, 'content/handbook.js', 'handbook') as HandbookData;
    const slugs = handbook.pages.map((p) => p.slug);
    expect(slugs).toHaveLength(4);
    expect(out.map((f) => f.fileName)).toEqual([
      'content/handbook.js',
      'content/handbook-start.js',
      ...slugs.map((slug) => `content/pages/${slug}.js`),
      'content/search.js',
      'content/images/heat-pack.png',
    ]);
    const search = dataOf(out, 'content/search.js', 'search') as { docs: unknown[]; index: unknown };
    expect(search.docs).toHaveLength(10);
    expect(search.index).toMatchObject({ v: 2 });
    expect(byName.get('content/images/heat-pack.png')).toEqual(readFileSync(join(VALID, 'images/heat-pack.png')));
  });

  it('splits page bodies out of the start file, one file per page', async () => {
    const out = await files();
    const full = dataOf(out, 'content/handbook.js', 'handbook') as HandbookData;
    const start = dataOf(out, 'content/handbook-start.js', 'start') as HandbookStart;
    expect({ ...start, pages: [] }).toEqual({ ...full, pages: [], signs: undefined });
    expect(start.pages.map((p) => Object.keys(p).sort())).toEqual(
      full.pages.map(() => ['handout', 'nextReview', 'reviewed', 'slug', 'summary', 'title']),
    );
    // Each page is its entry plus its own file, exactly.
    start.pages.forEach((entry, i) => {
      const body = dataOf(out, `content/pages/${entry.slug}.js`, `page:${entry.slug}`) as PageBody;
      expect(joinPage(entry, body)).toEqual(full.pages[i]);
    });
  });

  it('makes scripts that define the same data for a page or a worker', async () => {
    const out = await files();
    const byName = new Map(out.map((f) => [f.fileName, String(f.contents)]));
    const self: Record<string, unknown> = {};
    runInNewContext(byName.get('content/handbook.js')!, { self });
    runInNewContext(byName.get('content/search.js')!, { self });
    runInNewContext(byName.get('content/pages/self-care.js')!, { self });
    runInNewContext(byName.get('content/handbook-start.js')!, { self });
    const content = self.__HANDBOOK_CONTENT__ as Record<string, unknown>;
    expect(content.handbook).toEqual(dataOf(out, 'content/handbook.js', 'handbook'));
    expect(content.search).toEqual(dataOf(out, 'content/search.js', 'search'));
    expect(content['page:self-care']).toEqual(dataOf(out, 'content/pages/self-care.js', 'page:self-care'));
    expect(content.start).toEqual(dataOf(out, 'content/handbook-start.js', 'start'));
  });

  it('is deterministic: two builds give byte-identical files', async () => {
    const [a, b] = [await files(), await files()];
    expect(a.map((f) => f.fileName)).toEqual(b.map((f) => f.fileName));
    a.forEach((file, i) => expect(Buffer.from(file.contents).equals(Buffer.from(b[i]!.contents))).toBe(true));
  });
});

describe('writeOutputFiles', () => {
  it('writes every file under the folder, leaving no temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-out-'));
    try {
      await writeOutputFiles(dir, [
        { fileName: 'content/a.json', contents: '{}' },
        { fileName: 'content/images/b.png', contents: Buffer.from([1, 2]) },
      ]);
      await writeOutputFiles(dir, [{ fileName: 'content/a.json', contents: '{"v":2}' }]);
      expect(readFileSync(join(dir, 'content/a.json'), 'utf8')).toBe('{"v":2}');
      expect([...readFileSync(join(dir, 'content/images/b.png'))]).toEqual([1, 2]);
      const { readdirSync } = await import('node:fs');
      expect(readdirSync(join(dir, 'content')).sort()).toEqual(['a.json', 'images']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
