import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from './build-handbook.ts';
import { VALID } from './fixtures/fixture.ts';
import { handbookFiles, writeOutputFiles, type OutputFile } from './write-handbook.ts';
import { joinPage, type HandbookStart, type PageBody } from '../../shared/handbook-data.ts';

async function files(): Promise<OutputFile[]> {
  const built = await buildHandbook(VALID);
  if (!built.ok) throw new Error('the valid fixture must build');
  return handbookFiles(built);
}

describe('handbookFiles', () => {
  it('writes the data as JSON, as classic scripts, and copies the images', async () => {
    const out = await files();
    const byName = new Map(out.map((f) => [f.fileName, f.contents]));
    const handbook = JSON.parse(String(byName.get('content/handbook.json')));
    const slugs: string[] = handbook.pages.map((p: { slug: string }) => p.slug);
    expect(slugs).toHaveLength(4);
    expect(out.map((f) => f.fileName)).toEqual([
      'content/handbook.json',
      'content/handbook.js',
      'content/handbook-start.json',
      'content/handbook-start.js',
      ...slugs.flatMap((slug) => [`content/pages/${slug}.json`, `content/pages/${slug}.js`]),
      'content/search.json',
      'content/search.js',
      'content/images/heat-pack.png',
    ]);
    const search = JSON.parse(String(byName.get('content/search.json')));
    expect(search.docs).toHaveLength(10);
    expect(search.index).toMatchObject({ v: 1 });
    expect(byName.get('content/images/heat-pack.png')).toEqual(readFileSync(join(VALID, 'images/heat-pack.png')));
  });

  it('splits page bodies out of the start file, one file per page', async () => {
    const out = await files();
    const byName = new Map(out.map((f) => [f.fileName, String(f.contents)]));
    const full = JSON.parse(byName.get('content/handbook.json')!);
    const start = JSON.parse(byName.get('content/handbook-start.json')!) as HandbookStart;
    expect({ ...start, pages: [] }).toEqual({ ...full, pages: [] });
    expect(start.pages.map((p) => Object.keys(p).sort())).toEqual(
      full.pages.map(() => ['handout', 'nextReview', 'reviewed', 'slug', 'summary', 'title']),
    );
    // Each page is its entry plus its own file, exactly.
    start.pages.forEach((entry, i) => {
      const body = JSON.parse(byName.get(`content/pages/${entry.slug}.json`)!) as PageBody;
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
    expect(content.handbook).toEqual(JSON.parse(byName.get('content/handbook.json')!));
    expect(content.search).toEqual(JSON.parse(byName.get('content/search.json')!));
    expect(content['page:self-care']).toEqual(JSON.parse(byName.get('content/pages/self-care.json')!));
    expect(content.start).toEqual(JSON.parse(byName.get('content/handbook-start.json')!));
  });

  it('makes a start file that, in a page opened at a page link, asks for that page at once', async () => {
    const out = await files();
    const start = String(out.find((f) => f.fileName === 'content/handbook-start.js')!.contents);
    const added: { src: string; setAttribute(): void }[] = [];
    const document = {
      createElement: () => ({ src: '', setAttribute() {} }),
      head: { appendChild: (element: (typeof added)[number]) => added.push(element) },
    };
    runInNewContext(start, { self: {}, location: { hash: '#/page/self-care#heat' }, document });
    expect(added.map((element) => element.src)).toEqual(['./content/pages/self-care.js']);
    expect(out.some((f) => f.fileName === 'content/pages/self-care.js')).toBe(true);
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
