import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialQueue, writeFileAtomic, writeFileAtomicSync } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and keeps the previous content when asked', async () => {
    const path = join(dir, 'a.json');
    await writeFileAtomic(path, 'one', { keepPreviousAs: join(dir, 'a.previous.json') });
    expect(existsSync(join(dir, 'a.previous.json'))).toBe(false);
    await writeFileAtomic(path, 'two', { keepPreviousAs: join(dir, 'a.previous.json') });
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readFileSync(join(dir, 'a.previous.json'), 'utf8')).toBe('one');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'a.previous.json']);
  });

  it('leaves the old file untouched and no temp file behind when the write fails', async () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    // Renaming a file over a non-empty directory fails after the temp file was written.
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'keep'), '');
    await expect(writeFileAtomic(join(dir, 'sub'), 'x')).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'sub']);
  });

  it('fails, keeping the file as it was and no temp files, when the previous copy cannot be kept', async () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    mkdirSync(join(dir, 'prev'));
    writeFileSync(join(dir, 'prev', 'keep'), '');
    await expect(writeFileAtomic(path, 'new', { keepPreviousAs: join(dir, 'prev') })).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'prev']);
  });

  it('the synchronous variant also fails without a temp file left behind', () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'keep'), '');
    expect(() => writeFileAtomicSync(join(dir, 'sub'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['sub']);
  });

  it('writes bytes too (PDFs)', async () => {
    const path = join(dir, 'a.pdf');
    await writeFileAtomic(path, Buffer.from('%PDF-1.7'));
    expect(readFileSync(path, 'latin1')).toBe('%PDF-1.7');
  });

  it('has a synchronous variant for shutdown', () => {
    const path = join(dir, 's.json');
    writeFileAtomicSync(path, '{"a":1}');
    writeFileAtomicSync(path, '{"a":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['s.json']);
  });
});

describe('serialQueue', () => {
  it('runs jobs one at a time, in order, even when one fails', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    const job =
      (name: string, ms: number, fail = false) =>
      () =>
        new Promise<string>((resolve, reject) =>
          setTimeout(() => {
            log.push(name);
            if (fail) reject(new Error(name));
            else resolve(name);
          }, ms),
        );
    const results = await Promise.allSettled([
      queue(job('a', 30)),
      queue(job('b', 1, true)),
      queue(job('c', 1)),
    ]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('settles only after every queued job, failed ones included', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    void queue(async () => {
      await new Promise((r) => setTimeout(r, 20));
      log.push('save');
    });
    void queue(async () => {
      throw new Error('disk full');
    }).catch(() => log.push('failed'));
    await queue.settled();
    expect(log).toEqual(['save', 'failed']);
  });
});
