import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from './build-handbook.ts';
import { VALID } from './fixtures/fixture.ts';
import { handbookFiles, writeOutputFiles, type OutputFile } from './write-handbook.ts';

async function files(): Promise<OutputFile[]> {
  const built = await buildHandbook(VALID);
  if (!built.ok) throw new Error('the valid fixture must build');
  return handbookFiles(built);
}

describe('handbookFiles', () => {
  it('writes the data as JSON, as classic scripts, and copies the images', async () => {
    const out = await files();
    expect(out.map((f) => f.fileName)).toEqual([
      'content/handbook.json',
      'content/handbook.js',
      'content/search.json',
      'content/search.js',
      'content/images/heat-pack.png',
    ]);
    const handbook = JSON.parse(String(out[0]!.contents));
    expect(handbook.pages).toHaveLength(4);
    const search = JSON.parse(String(out[2]!.contents));
    expect(search.docs).toHaveLength(10);
    expect(search.index).toMatchObject({ v: 1 });
    expect(out[4]!.contents).toEqual(readFileSync(join(VALID, 'images/heat-pack.png')));
  });

  it('makes scripts that define the same data for a page or a worker', async () => {
    const out = await files();
    const self: Record<string, unknown> = {};
    runInNewContext(String(out[1]!.contents), { self });
    runInNewContext(String(out[3]!.contents), { self });
    const content = self.__HANDBOOK_CONTENT__ as Record<string, unknown>;
    expect(content.handbook).toEqual(JSON.parse(String(out[0]!.contents)));
    expect(content.search).toEqual(JSON.parse(String(out[2]!.contents)));
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
