import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY, appUrlToRelativePath, MAX_PATH_LENGTH, resolveAppPath } from './app-path';
import { isAppOrigin } from './trusted-origin';

let base: string;
let root: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'app-path-')));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'content', 'handbook.json'), '{}');
  writeFileSync(join(root, 'assets', 'a b.js'), '');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  symlinkSync(join(base, 'secret.txt'), join(root, 'escape.txt'));
  symlinkSync(base, join(root, 'escape-dir'));
  symlinkSync(join(root, 'index.html'), join(root, 'inside-link.html'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the first page the window loads', () => {
  // A wrong entry URL opens a blank window, or one whose page the IPC handlers refuse.
  it('is app://handbook/index.html: the trusted origin, served from the renderer folder', () => {
    expect(APP_ENTRY).toBe('app://handbook/index.html');
    expect(isAppOrigin(APP_ENTRY)).toBe(true);
    expect(appUrlToRelativePath(APP_ENTRY)).toBe('index.html');
  });
});

describe('resolveAppPath', () => {
  it('serves files inside the renderer root, including content/', async () => {
    expect(await resolveAppPath(root, 'app://handbook/index.html')).toBe(join(root, 'index.html'));
    expect(await resolveAppPath(root, 'app://handbook/content/handbook.json')).toBe(
      join(root, 'content', 'handbook.json'),
    );
    expect(await resolveAppPath(root, 'app://handbook/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
  });

  it('serves index.html for the root and ignores query and hash', async () => {
    expect(await resolveAppPath(root, 'app://handbook/')).toBe(join(root, 'index.html'));
    expect(await resolveAppPath(root, 'app://handbook/index.html?x=1#/page/a')).toBe(
      join(root, 'index.html'),
    );
  });

  it.each([
    'app://handbook/../secret.txt',
    'app://handbook/assets/../../secret.txt',
    'app://handbook/%2e%2e/secret.txt',
    'app://handbook/%2E%2E/%2e%2e/secret.txt',
    'app://handbook/..%2fsecret.txt',
    'app://handbook/assets%2f..%2f..%2fsecret.txt',
    'app://handbook/%2f..%2fsecret.txt',
    'app://handbook/..%5csecret.txt',
    'app://handbook/assets\\..\\..\\secret.txt',
    'app://handbook/%5c%5cserver%5cshare',
  ])('refuses traversal: %s', async (url) => {
    expect(await resolveAppPath(root, url)).toBeNull();
  });

  it('refuses absolute paths smuggled in the URL', async () => {
    expect(
      await resolveAppPath(root, `app://handbook/${encodeURIComponent(join(base, 'secret.txt'))}`),
    ).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook//etc/passwd')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/%2fetc%2fpasswd')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/C:%5cWindows%5cwin.ini')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/C:/Windows/win.ini')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/index.html::$DATA')).toBeNull();
  });

  it('refuses NUL bytes and malformed escapes', async () => {
    expect(await resolveAppPath(root, 'app://handbook/index.html%00.png')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/%E0%A4%A')).toBeNull();
  });

  it('decodes once only: %252e%252e is a literal file name, not ..', () => {
    expect(appUrlToRelativePath('app://handbook/%252e%252e/secret.txt')).toBe(join('%2e%2e', 'secret.txt'));
  });

  it('refuses over-long paths', async () => {
    const long = 'a'.repeat(MAX_PATH_LENGTH + 1);
    expect(await resolveAppPath(root, `app://handbook/${long}`)).toBeNull();
    expect(appUrlToRelativePath(`app://handbook/${'a'.repeat(MAX_PATH_LENGTH - 10)}`)).not.toBeNull();
  });

  it('refuses symlinks that point out of the root, allows ones that stay inside', async () => {
    expect(await resolveAppPath(root, 'app://handbook/escape.txt')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/escape-dir/secret.txt')).toBeNull();
    expect(await resolveAppPath(root, 'app://handbook/inside-link.html')).toBe(join(root, 'index.html'));
  });

  it('refuses other schemes, hosts, ports and credentials', async () => {
    for (const url of [
      'file:///etc/passwd',
      'https://handbook/index.html',
      'app://other/index.html',
      'app://handbook:8080/index.html',
      'app://user:pw@handbook/index.html',
      'not a url',
    ]) {
      expect(await resolveAppPath(root, url)).toBeNull();
    }
  });

  it('answers null for missing files', async () => {
    expect(await resolveAppPath(root, 'app://handbook/missing.js')).toBeNull();
  });
});
