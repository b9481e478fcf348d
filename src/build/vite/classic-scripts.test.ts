import { describe, expect, it } from 'vitest';
import { toClassicScriptTags } from './classic-scripts.ts';

describe('toClassicScriptTags', () => {
  it('turns module scripts into deferred classic scripts without crossorigin', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/index.css">';
    expect(toClassicScriptTags(html)).toBe(
      '<script defer src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">',
    );
  });
});
