import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrlToRelativePath, resolveAppPath, type PathIo } from './app-path';

/**
 * The lexical checks on their own, with no disk to fall back on: in this file's world every path
 * exists and none is a symlink, so a refusal can only come from the URL checks, not from realpath
 * or a missing file (app-path.test.ts covers those on a real folder).
 */
const root = resolve('/srv/handbook/renderer');

function everythingExists(): PathIo & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    realpath: async (path) => {
      asked.push(path);
      return path;
    },
  };
}

const traversals = [
  'app://handbook/..%2fsecret.txt',
  'app://handbook/assets%2f..%2f..%2fsecret.txt',
  'app://handbook/content/%2e%2e%2f%2e%2e%2fsecret.txt',
  'app://handbook/%2e%2e%2f',
];

describe('the lexical checks of an app:// path', () => {
  it.each(traversals)('a `..` segment is refused from the URL alone: %s', (url) => {
    expect(appUrlToRelativePath(url)).toBeNull();
  });

  it.each(traversals)('…and never reaches the disk, even where every file exists: %s', async (url) => {
    const io = everythingExists();
    expect(await resolveAppPath(root, url, io)).toBeNull();
    expect(io.asked).toEqual([]);
  });

  it.each([
    ['app://handbook/.%2findex.html', 'a `.` segment'],
    ['app://handbook/assets%2f%2fa.js', 'an empty segment'],
  ])('refuses %s (%s)', (url) => {
    expect(appUrlToRelativePath(url)).toBeNull();
  });

  it.each([
    'app://handbook/..%5csecret.txt',
    'app://handbook/assets%5c..%5c..%5csecret.txt',
    'app://handbook/%5c%5cserver%5cshare',
    'app://handbook/index%5chtml',
  ])('refuses a backslash, a separator on Windows, even where every file exists: %s', async (url) => {
    expect(appUrlToRelativePath(url)).toBeNull();
    const io = everythingExists();
    expect(await resolveAppPath(root, url, io)).toBeNull();
    expect(io.asked).toEqual([]);
  });

  it('passes ordinary paths, segment by segment, and resolves them inside the root', async () => {
    expect(appUrlToRelativePath('app://handbook/content/pages/self-care.js')).toBe(
      ['content', 'pages', 'self-care.js'].join(sep),
    );
    expect(appUrlToRelativePath('app://handbook/..a/b..')).toBe(['..a', 'b..'].join(sep));
    const io = everythingExists();
    expect(await resolveAppPath(root, 'app://handbook/content/handbook.json', io)).toBe(
      join(root, 'content', 'handbook.json'),
    );
    expect(io.asked).toEqual([root, join(root, 'content', 'handbook.json')]);
  });
});
