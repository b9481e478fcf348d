import { describe, expect, it } from 'vitest';
import { toClassicScriptTags } from './classic-scripts.ts';

describe('toClassicScriptTags', () => {
  it('turns module scripts into deferred classic scripts without crossorigin', () => {
    const html =
      '<head><script type="module" crossorigin src="./assets/index.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/index.css"></head>';
    expect(toClassicScriptTags(html)).toBe(
      '<html><head><script defer src="./assets/index.js"></script>' +
        '<link rel="stylesheet" href="./assets/index.css"></head><body></body></html>',
    );
  });

  it('leaves other scripts and the rest of the page as they were', () => {
    const html =
      '<!doctype html><html lang="en-GB"><head><script defer src="./content/start.js"></script>' +
      '<script type="application/json" id="x">{"a":1}</script></head><body><p class="startup">Opening…</p></body></html>';
    expect(toClassicScriptTags(html)).toBe(html);
  });
});
