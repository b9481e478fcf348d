import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toDataScript } from '@shared/data-script';
import { aboutMessage, createAppInfo, readContentEdition } from './app-info';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'info-'));
  mkdirSync(join(root, 'content'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('app info', () => {
  it('reads meta.edition from the start file', async () => {
    const start = toDataScript('start', { meta: { edition: '2026.1' } });
    writeFileSync(join(root, 'content', 'handbook-start.js'), start);
    expect(await createAppInfo('0.1.0', root)()).toEqual({
      appVersion: '0.1.0',
      contentEdition: '2026.1',
      platform: 'desktop',
    });
  });
  it('says "unknown" when the file is missing or odd', async () => {
    expect(await readContentEdition(root)).toBe('unknown');
    writeFileSync(
      join(root, 'content', 'handbook-start.js'),
      toDataScript('start', { meta: { edition: 5 } }),
    );
    expect(await readContentEdition(root)).toBe('unknown');
  });
  it('About text has the version and the edition', () => {
    const { detail } = aboutMessage('H', { appVersion: '1.2.3', contentEdition: 'E7', platform: 'desktop' });
    expect(detail).toContain('1.2.3');
    expect(detail).toContain('E7');
  });
});
