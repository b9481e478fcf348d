import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mime';

describe('mimeTypeFor', () => {
  it('types the files the reader is built from, by extension, on any platform', () => {
    expect(mimeTypeFor('/out/renderer/content/pages/self-care.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('C:\\app\\renderer\\index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('content/images/heat-pack.png')).toBe('image/png');
  });

  it('refuses any other file, and names with no extension', () => {
    expect(mimeTypeFor('/app/main/index.exe')).toBeNull();
    expect(mimeTypeFor('/app/.js/README')).toBeNull();
    expect(mimeTypeFor('/app/.htaccess')).toBeNull();
  });
});
