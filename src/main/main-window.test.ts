import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_BACKGROUND } from '@shared/theme';

const TOKENS = new URL('../renderer/src/styles/tokens.css', import.meta.url);

describe("the window's background before the reader paints", () => {
  it("is each theme's own page background, as the stylesheet sets it", () => {
    const css = readFileSync(TOKENS, 'utf8');
    for (const [theme, colour] of Object.entries(THEME_BACKGROUND)) {
      const block = new RegExp(`:root\\[data-theme='${theme}'\\] \\{([^}]*)\\}`).exec(css)?.[1];
      expect(block, theme).toBeDefined();
      expect(/--bg:\s*(#[0-9a-f]+);/i.exec(block!)?.[1], theme).toBe(colour);
    }
  });
});
