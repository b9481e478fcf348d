import { describe, expect, it } from 'vitest';
import { staticCopy } from './static-copy.ts';

const page =
  '<html><head><link rel="stylesheet" href="./assets/style-1.css">' +
  '<script defer src="./content/handbook-start.js"></script></head>' +
  '<body><div id="app"><h1>Title</h1></div><script src="./content/pages/a.js"></script></body></html>';

describe('staticCopy', () => {
  it('removes every script and inlines the stylesheet it links', () => {
    const asked: string[] = [];
    const copy = staticCopy(page, (path) => (asked.push(path), 'h1{color:red}'));
    expect(asked).toEqual(['assets/style-1.css']);
    expect(copy).toBe(
      '<html><head><style>h1{color:red}</style></head><body><div id="app"><h1>Title</h1></div></body></html>',
    );
  });

  it('refuses a page whose stylesheet it cannot find', () => {
    expect(() => staticCopy('<html><body><h1>Title</h1></body></html>', () => '')).toThrow(/no stylesheet/);
  });
});
