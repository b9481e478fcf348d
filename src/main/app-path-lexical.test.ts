import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrlToRelativePath, MAX_PATH_LENGTH, resolveAppPath, type PathIo } from './app-path';

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

  it.each([
    ['app://handbook/index.html%00.png', 'a NUL byte'],
    ['app://handbook/index.html::$DATA', 'an NTFS stream'],
    ['app://handbook/assets/a.js::$DATA', 'an NTFS stream in a folder'],
    ['app://handbook/C:%2fWindows%2fwin.ini', 'a drive letter'],
    ['app://user@handbook/index.html', 'a user name'],
    ['app://:pw@handbook/index.html', 'a password'],
    ['app://handbook', 'no path at all'],
  ])('refuses %s (%s), even where every file exists', async (url) => {
    expect(appUrlToRelativePath(url)).toBeNull();
    expect(await resolveAppPath(root, url, everythingExists())).toBeNull();
  });

  it('serves a folder’s index.html', () => {
    expect(appUrlToRelativePath('app://handbook/')).toBe('index.html');
    expect(appUrlToRelativePath('app://handbook/content/')).toBe(['content', 'index.html'].join(sep));
  });

  it('limits the decoded path to MAX_PATH_LENGTH, and the raw one to three bytes per character', () => {
    // The decoded path includes its leading slash.
    expect(appUrlToRelativePath(`app://handbook/${'a'.repeat(MAX_PATH_LENGTH - 1)}`)).not.toBeNull();
    expect(appUrlToRelativePath(`app://handbook/${'a'.repeat(MAX_PATH_LENGTH)}`)).toBeNull();
    // 400 euro signs: short once decoded, but 3,600 bytes as sent.
    expect(appUrlToRelativePath(`app://handbook/${'%E2%82%AC'.repeat(400)}`)).toBeNull();
    expect(appUrlToRelativePath(`app://handbook/${'%E2%82%AC'.repeat(340)}`)).not.toBeNull();
    // Exactly three bytes per allowed character, as sent: the edge itself is allowed.
    expect(appUrlToRelativePath(`app://handbook/${'%E2%82%AC'.repeat(340)}${'a'.repeat(11)}`)).not.toBeNull();
  });

  it('refuses a file whose real path is the root itself or outside it', async () => {
    const io = (real: string): PathIo => ({ realpath: async (p) => (p === root ? root : real) });
    expect(await resolveAppPath(root, 'app://handbook/link', io(root))).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/link', io(resolve(root, '..', 'secret')))).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/link', io(join(root, 'assets', 'x.js')))).toBe(
      join(root, 'assets', 'x.js'),
    );
  });
});
